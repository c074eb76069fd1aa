"""Generate Backline's cue sounds (our own, made from sine tones) into resources/sounds/.

    python tools/make_sounds.py            # (re)write the WAVs
    python tools/make_sounds.py --check    # exit 1 if a committed WAV differs from the recipe

Only the standard library (``wave``, ``math``, ``struct``). Output is deterministic: same
recipe, same bytes. Every sound is 44.1 kHz, 16-bit, mono, shorter than 0.6 s, and each note
fades in and out along a raised cosine so nothing starts or stops with a click.
"""

from __future__ import annotations

import argparse
import io
import math
import struct
import sys
import wave
from dataclasses import dataclass
from pathlib import Path

RATE = 44_100
PEAK = 0.45  # of full scale: headroom, and gentle on the ears at full volume
OUT_DIR = Path(__file__).resolve().parents[1] / "resources" / "sounds"

# Equal-tempered pitches (A4 = 440 Hz) used below.
C5, D5, E5, G5, A5, C6, E6 = 523.25, 587.33, 659.26, 783.99, 880.00, 1046.50, 1318.51
C7, E7, G7 = 2093.00, 2637.02, 3135.96


@dataclass(frozen=True)
class Note:
    start: float  # seconds from the start of the sound
    freq: float  # Hz
    length: float  # seconds
    gain: float = 1.0
    attack: float = 0.006  # seconds of raised-cosine fade-in
    release: float = 0.04  # seconds of raised-cosine fade-out
    decay: float = 4.0  # exponential decay rate (1/s) between attack and release, bell-like


# One recipe per cue kind. The names are the kinds ui.cues.CuePlayer.play() accepts.
SOUNDS: dict[str, list[Note]] = {
    # Rising two-tone: "go".
    "work_start": [Note(0.0, E5, 0.16), Note(0.14, A5, 0.26)],
    # Falling two-tone, softer: "breathe".
    "rest_start": [Note(0.0, A5, 0.18, 0.8), Note(0.16, D5, 0.30, 0.8, release=0.08)],
    # Short neutral beep for 3-2-1.
    "countdown": [Note(0.0, A5, 0.12, 0.9, release=0.03, decay=2.0)],
    # Two quick high pings.
    "halfway": [Note(0.0, C6, 0.09, 0.7, release=0.03), Note(0.13, C6, 0.12, 0.7)],
    # Low-high-low-high: "other side".
    "switch_sides": [
        Note(0.0, D5, 0.09, release=0.03),
        Note(0.1, G5, 0.09, release=0.03),
        Note(0.2, D5, 0.09, release=0.03),
        Note(0.3, G5, 0.16),
    ],
    # Small rising arpeggio, C major.
    "finished": [
        Note(0.0, C5, 0.14),
        Note(0.11, E5, 0.14),
        Note(0.22, G5, 0.14),
        Note(0.33, C6, 0.24, release=0.1, decay=3.0),
    ],
    # Metronome: very short, bright, quiet.
    "tick": [Note(0.0, 2 * C6, 0.035, 0.6, attack=0.002, release=0.02, decay=30.0)],
    # The end of a rest or a side switch: a bright rising chime at 2-3 kHz, where hearing is
    # most sensitive and most music is thin, with sharp attacks, so it cuts through music.
    "rest_over": [
        Note(0.0, C7, 0.11, attack=0.003, release=0.03, decay=6.0),
        Note(0.1, E7, 0.11, attack=0.003, release=0.03, decay=6.0),
        Note(0.2, G7, 0.3, attack=0.003, release=0.12, decay=3.0),
    ],
    # Personal record: a short fanfare.
    "record": [
        Note(0.0, G5, 0.09, release=0.03),
        Note(0.1, G5, 0.09, release=0.03),
        Note(0.2, C6, 0.12, release=0.03),
        Note(0.31, E6, 0.26, 0.9, release=0.1, decay=2.5),
    ],
}


def _envelope(t: float, note: Note) -> float:
    if t < 0.0 or t >= note.length:
        return 0.0
    env = math.exp(-note.decay * t)
    if t < note.attack:
        env *= 0.5 - 0.5 * math.cos(math.pi * t / note.attack)
    tail = note.length - t
    if tail < note.release:
        env *= 0.5 - 0.5 * math.cos(math.pi * tail / note.release)
    return env


def render(notes: list[Note]) -> list[int]:
    """Mix the notes into 16-bit samples (a sine plus a quiet octave for warmth)."""
    length = max(n.start + n.length for n in notes)
    count = int(math.ceil(length * RATE)) + 1
    mix = [0.0] * count
    for note in notes:
        first = int(round(note.start * RATE))
        last = min(count, first + int(math.ceil(note.length * RATE)) + 1)
        w = 2.0 * math.pi * note.freq / RATE
        for i in range(first, last):
            t = (i - first) / RATE
            env = _envelope(t, note)
            if env:
                k = i - first
                mix[i] += note.gain * env * (math.sin(w * k) + 0.25 * math.sin(2 * w * k))
    top = max(abs(x) for x in mix) or 1.0
    scale = PEAK * 32767 / top
    return [max(-32768, min(32767, int(round(x * scale)))) for x in mix]


def wav_bytes(samples: list[int]) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(struct.pack(f"<{len(samples)}h", *samples))
    return buf.getvalue()


def build_all() -> dict[str, bytes]:
    return {name: wav_bytes(render(notes)) for name, notes in SOUNDS.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate the cue WAVs.")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help=f"default {OUT_DIR}")
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)

    built = build_all()
    if args.check:
        stale = [n for n, data in built.items() if _read(args.out / f"{n}.wav") != data]
        for name in stale:
            print(f"differs or missing: {args.out / (name + '.wav')}", file=sys.stderr)
        return 1 if stale else 0

    args.out.mkdir(parents=True, exist_ok=True)
    for name, data in built.items():
        (args.out / f"{name}.wav").write_bytes(data)
        seconds = (len(data) - 44) / 2 / RATE
        print(f"{name:13s} {seconds:.3f} s {len(data) / 1024:6.1f} KiB")
    return 0


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


if __name__ == "__main__":
    raise SystemExit(main())
