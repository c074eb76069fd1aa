/* powerloss_shim.c: an LD_PRELOAD shim that keeps unsynced writes out of the kernel.
 *
 * For regular files whose absolute path starts with $POWERLOSS_PREFIX (except SQLite's -shm,
 * which is memory-mapped shared state that SQLite rebuilds and never relies on after a crash),
 * every write, pwrite and ftruncate goes into a per-file in-memory image instead of the kernel.
 * The process itself sees its own writes: read/pread, fstat/stat (st_size) and lseek(SEEK_END)
 * answer from the image. fsync or fdatasync on ANY descriptor of the file hands the image to
 * the kernel (real pwrite of the dirty range, real ftruncate to the apparent size) and then
 * calls the real fsync. So at any moment the kernel holds exactly what was fsynced, and a
 * SIGKILL of the process throws away exactly what a power cut throws away from the page cache.
 *
 * Optional: POWERLOSS_WRITEBACK_PPM=N (with POWERLOSS_SEED) makes the shim, on each write,
 * hand one random 4 KiB block of the dirty range to the kernel (no fsync) with probability
 * N/1e6: the kernel's own writeback, which flushes dirty pages early and in any order.
 *
 * Files are keyed by (st_dev, st_ino), so every descriptor of a file, and a re-open after
 * close, share one image (the page cache outlives close()). unlink() of the last name detaches
 * the image (descriptors still open keep using it). One process per file: the image is loaded
 * from the kernel at first open and is not shared with other processes.
 *
 * Tripwires: mmap of a tracked file, or vectored I/O on one, aborts the process with a message
 * on stderr, so a change in how SQLite or Python writes cannot silently bypass the shim.
 *
 * Build: gcc -shared -fPIC -O2 -o powerloss_shim.so powerloss_shim.c -ldl -lpthread
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

#define MAX_FDS 4096
#define MAX_FILES 256
#define BLOCK 4096

struct image {
    int used;     /* slot taken */
    int attached; /* still reachable by name (not unlinked) */
    dev_t dev;
    ino_t ino;
    char *data;
    size_t cap;
    off_t size;      /* apparent size, what the process sees */
    off_t real_size; /* what the kernel has */
    off_t dirty_lo, dirty_hi; /* byte range written since the last sync; lo >= hi: clean */
    int size_dirty;
    int refs; /* open descriptors */
};

static struct image files[MAX_FILES];
static int fd_file[MAX_FDS]; /* fd -> index in files[] + 1, 0 = untracked */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static char prefix[PATH_MAX];
static size_t prefix_len;
static int active;
static unsigned long writeback_ppm;
static uint64_t rng_state = 88172645463325252ULL;
static long n_syncs, n_writes, n_writebacks;

/* the real functions */
static int (*r_open)(const char *, int, ...);
static int (*r_open64)(const char *, int, ...);
static int (*r_openat)(int, const char *, int, ...);
static int (*r_openat64)(int, const char *, int, ...);
static int (*r_close)(int);
static ssize_t (*r_read)(int, void *, size_t);
static ssize_t (*r_write)(int, const void *, size_t);
static ssize_t (*r_pread64)(int, void *, size_t, off_t);
static ssize_t (*r_pwrite64)(int, const void *, size_t, off_t);
static off_t (*r_lseek64)(int, off_t, int);
static int (*r_ftruncate64)(int, off_t);
static int (*r_fsync)(int);
static int (*r_fdatasync)(int);
static int (*r_fstat64)(int, struct stat64 *);
static int (*r_stat64)(const char *, struct stat64 *);
static int (*r_lstat64)(const char *, struct stat64 *);
static int (*r_fstatat64)(int, const char *, struct stat64 *, int);
static int (*r_fxstat64)(int, int, struct stat64 *);
static int (*r_unlink)(const char *);
static int (*r_unlinkat)(int, const char *, int);
static int (*r_dup)(int);
static int (*r_dup2)(int, int);
static int (*r_dup3)(int, int, int);
static void (*r_sync)(void);

static void *need(const char *name) {
    void *p = dlsym(RTLD_NEXT, name);
    if (!p) {
        fprintf(stderr, "powerloss_shim: cannot find %s\n", name);
        abort();
    }
    return p;
}

__attribute__((constructor)) static void shim_init(void) {
    r_open = need("open");
    r_open64 = need("open64");
    r_openat = need("openat");
    r_openat64 = need("openat64");
    r_close = need("close");
    r_read = need("read");
    r_write = need("write");
    r_pread64 = need("pread64");
    r_pwrite64 = need("pwrite64");
    r_lseek64 = need("lseek64");
    r_ftruncate64 = need("ftruncate64");
    r_fsync = need("fsync");
    r_fdatasync = need("fdatasync");
    r_fstat64 = need("fstat64");
    r_stat64 = need("stat64");
    r_lstat64 = need("lstat64");
    r_fstatat64 = need("fstatat64");
    r_fxstat64 = dlvsym(RTLD_NEXT, "__fxstat64", "GLIBC_2.2.5"); /* compat only, may be absent */
    r_unlink = need("unlink");
    r_unlinkat = need("unlinkat");
    r_dup = need("dup");
    r_dup2 = need("dup2");
    r_dup3 = need("dup3");
    r_sync = need("sync");
    const char *p = getenv("POWERLOSS_PREFIX");
    if (p && *p == '/' && strlen(p) < sizeof prefix) {
        strcpy(prefix, p);
        prefix_len = strlen(prefix);
        active = 1;
    }
    const char *w = getenv("POWERLOSS_WRITEBACK_PPM");
    if (w) writeback_ppm = strtoul(w, NULL, 10);
    const char *s = getenv("POWERLOSS_SEED");
    if (s) rng_state ^= strtoull(s, NULL, 10) * 0x9E3779B97F4A7C15ULL;
    if (!rng_state) rng_state = 1;
}

static uint64_t rnd(void) {
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

static void die(const char *what, int fd) {
    fprintf(stderr, "powerloss_shim: %s on a tracked file (fd %d): not modelled, aborting\n",
            what, fd);
    abort();
}

/* ---- images --------------------------------------------------------------------------- */

static struct image *image_of(int fd) {
    if (fd < 0 || fd >= MAX_FDS || !fd_file[fd]) return NULL;
    return &files[fd_file[fd] - 1];
}

static struct image *image_by_id(dev_t dev, ino_t ino) {
    for (int i = 0; i < MAX_FILES; i++)
        if (files[i].used && files[i].attached && files[i].dev == dev && files[i].ino == ino)
            return &files[i];
    return NULL;
}

static void reserve(struct image *im, size_t n) {
    if (n <= im->cap) return;
    size_t cap = im->cap ? im->cap : 65536;
    while (cap < n) cap *= 2;
    char *d = realloc(im->data, cap);
    if (!d) {
        fprintf(stderr, "powerloss_shim: out of memory\n");
        abort();
    }
    memset(d + im->cap, 0, cap - im->cap);
    im->data = d;
    im->cap = cap;
}

static void mark(struct image *im, off_t lo, off_t hi) {
    if (im->dirty_lo >= im->dirty_hi) {
        im->dirty_lo = lo;
        im->dirty_hi = hi;
    } else {
        if (lo < im->dirty_lo) im->dirty_lo = lo;
        if (hi > im->dirty_hi) im->dirty_hi = hi;
    }
}

static int put_real(int fd, const char *buf, size_t n, off_t off) {
    while (n) {
        ssize_t w = r_pwrite64(fd, buf, n, off);
        if (w < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        buf += w;
        n -= (size_t)w;
        off += w;
    }
    return 0;
}

/* Hand the image to the kernel through fd (no fsync here). */
static int flush_image(struct image *im, int fd) {
    if (im->dirty_lo < im->dirty_hi) {
        off_t hi = im->dirty_hi < im->size ? im->dirty_hi : im->size;
        if (hi > im->dirty_lo &&
            put_real(fd, im->data + im->dirty_lo, (size_t)(hi - im->dirty_lo), im->dirty_lo))
            return -1;
        if (hi > im->real_size) im->real_size = hi;
    }
    if (im->size_dirty || im->real_size != im->size) {
        if (r_ftruncate64(fd, im->size)) return -1;
        im->real_size = im->size;
    }
    im->dirty_lo = im->dirty_hi = 0;
    im->size_dirty = 0;
    return 0;
}

/* The kernel's own writeback: one random dirty block reaches the kernel early, unsynced. */
static void maybe_writeback(struct image *im, int fd) {
    if (!writeback_ppm || im->dirty_lo >= im->dirty_hi) return;
    if (rnd() % 1000000 >= writeback_ppm) return;
    off_t first = im->dirty_lo / BLOCK, last = (im->dirty_hi - 1) / BLOCK;
    off_t b = first + (off_t)(rnd() % (uint64_t)(last - first + 1));
    off_t lo = b * BLOCK, hi = lo + BLOCK;
    if (lo < im->dirty_lo) lo = im->dirty_lo;
    if (hi > im->dirty_hi) hi = im->dirty_hi;
    if (hi > im->size) hi = im->size;
    if (hi <= lo) return;
    if (put_real(fd, im->data + lo, (size_t)(hi - lo), lo) == 0) {
        if (hi > im->real_size) im->real_size = hi;
        n_writebacks++;
    }
}

static int is_ours(int dirfd, const char *path) {
    if (!active || !path) return 0;
    char full[PATH_MAX];
    if (path[0] == '/') {
        if (snprintf(full, sizeof full, "%s", path) >= (int)sizeof full) return 0;
    } else {
        char base[PATH_MAX];
        if (dirfd == AT_FDCWD) {
            if (!getcwd(base, sizeof base)) return 0;
        } else {
            char link[64];
            snprintf(link, sizeof link, "/proc/self/fd/%d", dirfd);
            ssize_t n = readlink(link, base, sizeof base - 1);
            if (n < 0) return 0;
            base[n] = 0;
        }
        if (snprintf(full, sizeof full, "%s/%s", base, path) >= (int)sizeof full) return 0;
    }
    if (strncmp(full, prefix, prefix_len) != 0) return 0;
    size_t n = strlen(full);
    if (n >= 4 && strcmp(full + n - 4, "-shm") == 0) return 0;
    return 1;
}

/* After a successful real open: track fd if it is a regular file under the prefix. */
static void track(int fd, int dirfd, const char *path, int want_trunc) {
    if (fd < 0 || fd >= MAX_FDS || !is_ours(dirfd, path)) return;
    struct stat64 st;
    if (r_fstat64(fd, &st) || !S_ISREG(st.st_mode)) return;
    pthread_mutex_lock(&lock);
    struct image *im = image_by_id(st.st_dev, st.st_ino);
    if (!im) {
        for (int i = 0; i < MAX_FILES; i++) {
            if (!files[i].used) {
                im = &files[i];
                break;
            }
        }
        if (!im) {
            fprintf(stderr, "powerloss_shim: too many files\n");
            abort();
        }
        memset(im, 0, sizeof *im);
        im->used = im->attached = 1;
        im->dev = st.st_dev;
        im->ino = st.st_ino;
        im->size = im->real_size = st.st_size;
        reserve(im, (size_t)st.st_size + 1);
        off_t got = 0;
        while (got < st.st_size) {
            ssize_t r = r_pread64(fd, im->data + got, (size_t)(st.st_size - got), got);
            if (r <= 0) {
                if (r < 0 && errno == EINTR) continue;
                fprintf(stderr, "powerloss_shim: cannot load %s\n", path);
                abort();
            }
            got += r;
        }
    }
    if (want_trunc && im->size) {
        im->size = 0;
        im->size_dirty = 1;
    }
    im->refs++;
    fd_file[fd] = (int)(im - files) + 1;
    pthread_mutex_unlock(&lock);
}

static void untrack(int fd) {
    if (fd < 0 || fd >= MAX_FDS || !fd_file[fd]) return;
    pthread_mutex_lock(&lock);
    struct image *im = &files[fd_file[fd] - 1];
    fd_file[fd] = 0;
    im->refs--;
    if (!im->attached && im->refs <= 0) {
        free(im->data);
        memset(im, 0, sizeof *im);
    }
    pthread_mutex_unlock(&lock);
}

static void fix_stat(struct stat64 *st) {
    if (!active) return;
    pthread_mutex_lock(&lock);
    struct image *im = image_by_id(st->st_dev, st->st_ino);
    if (im) {
        st->st_size = im->size;
        st->st_blocks = (im->size + 511) / 512;
    }
    pthread_mutex_unlock(&lock);
}

/* ---- open / close / dup --------------------------------------------------------------- */

static int do_open(int at, int dirfd, const char *path, int flags, mode_t mode, int is64) {
    int trunc = 0;
    if ((flags & O_TRUNC) && (flags & O_ACCMODE) != O_RDONLY && is_ours(dirfd, path)) {
        trunc = 1;
        flags &= ~O_TRUNC; /* the truncation is an unsynced change like any other */
    }
    int fd;
    if (at)
        fd = is64 ? r_openat64(dirfd, path, flags, mode) : r_openat(dirfd, path, flags, mode);
    else
        fd = is64 ? r_open64(path, flags, mode) : r_open(path, flags, mode);
    if (fd >= 0) track(fd, dirfd, path, trunc);
    return fd;
}

#define MODE_ARG(flags)                                                                       \
    mode_t mode = 0;                                                                          \
    if ((flags) & (O_CREAT | O_TMPFILE)) {                                                    \
        va_list ap;                                                                           \
        va_start(ap, flags);                                                                  \
        mode = (mode_t)va_arg(ap, int);                                                       \
        va_end(ap);                                                                           \
    }

int open(const char *path, int flags, ...) {
    MODE_ARG(flags);
    return do_open(0, AT_FDCWD, path, flags, mode, 0);
}
int open64(const char *path, int flags, ...) {
    MODE_ARG(flags);
    return do_open(0, AT_FDCWD, path, flags, mode, 1);
}
int openat(int dirfd, const char *path, int flags, ...) {
    MODE_ARG(flags);
    return do_open(1, dirfd, path, flags, mode, 0);
}
int openat64(int dirfd, const char *path, int flags, ...) {
    MODE_ARG(flags);
    return do_open(1, dirfd, path, flags, mode, 1);
}
/* _FORTIFY_SOURCE variants */
int __open_2(const char *path, int flags) { return do_open(0, AT_FDCWD, path, flags, 0, 0); }
int __open64_2(const char *path, int flags) { return do_open(0, AT_FDCWD, path, flags, 0, 1); }
int __openat_2(int dirfd, const char *path, int flags) {
    return do_open(1, dirfd, path, flags, 0, 0);
}
int __openat64_2(int dirfd, const char *path, int flags) {
    return do_open(1, dirfd, path, flags, 0, 1);
}
int creat(const char *path, mode_t mode) {
    return do_open(0, AT_FDCWD, path, O_CREAT | O_WRONLY | O_TRUNC, mode, 0);
}
int creat64(const char *path, mode_t mode) {
    return do_open(0, AT_FDCWD, path, O_CREAT | O_WRONLY | O_TRUNC, mode, 1);
}

int close(int fd) {
    untrack(fd);
    return r_close(fd);
}

static int copy_track(int oldfd, int newfd) {
    if (newfd < 0 || newfd == oldfd) return newfd;
    untrack(newfd); /* dup2 closed whatever newfd was */
    if (oldfd >= 0 && oldfd < MAX_FDS && fd_file[oldfd] && newfd < MAX_FDS) {
        pthread_mutex_lock(&lock);
        fd_file[newfd] = fd_file[oldfd];
        files[fd_file[oldfd] - 1].refs++;
        pthread_mutex_unlock(&lock);
    }
    return newfd;
}
int dup(int fd) { return copy_track(fd, r_dup(fd)); }
int dup2(int fd, int fd2) { return copy_track(fd, r_dup2(fd, fd2)); }
int dup3(int fd, int fd2, int flags) { return copy_track(fd, r_dup3(fd, fd2, flags)); }

/* ---- data ----------------------------------------------------------------------------- */

static ssize_t img_pread(struct image *im, void *buf, size_t n, off_t off) {
    if (off < 0) {
        errno = EINVAL;
        return -1;
    }
    if (off >= im->size) return 0;
    if ((off_t)n > im->size - off) n = (size_t)(im->size - off);
    memcpy(buf, im->data + off, n);
    return (ssize_t)n;
}

static ssize_t img_pwrite(struct image *im, int fd, const void *buf, size_t n, off_t off) {
    if (off < 0) {
        errno = EINVAL;
        return -1;
    }
    if (!n) return 0;
    reserve(im, (size_t)off + n);
    if (off > im->size) memset(im->data + im->size, 0, (size_t)(off - im->size));
    memcpy(im->data + off, buf, n);
    if (off + (off_t)n > im->size) im->size = off + (off_t)n;
    mark(im, off, off + (off_t)n);
    n_writes++;
    maybe_writeback(im, fd);
    return (ssize_t)n;
}

ssize_t pread64(int fd, void *buf, size_t n, off_t off) {
    struct image *im = image_of(fd);
    if (!im) return r_pread64(fd, buf, n, off);
    pthread_mutex_lock(&lock);
    ssize_t r = img_pread(im, buf, n, off);
    pthread_mutex_unlock(&lock);
    return r;
}
ssize_t pread(int fd, void *buf, size_t n, off_t off) { return pread64(fd, buf, n, off); }

ssize_t pwrite64(int fd, const void *buf, size_t n, off_t off) {
    struct image *im = image_of(fd);
    if (!im) return r_pwrite64(fd, buf, n, off);
    pthread_mutex_lock(&lock);
    ssize_t r = img_pwrite(im, fd, buf, n, off);
    pthread_mutex_unlock(&lock);
    return r;
}
ssize_t pwrite(int fd, const void *buf, size_t n, off_t off) { return pwrite64(fd, buf, n, off); }

/* read/write at the file position: the position lives in the kernel (lseek), the bytes here */
ssize_t read(int fd, void *buf, size_t n) {
    struct image *im = image_of(fd);
    if (!im) return r_read(fd, buf, n);
    pthread_mutex_lock(&lock);
    off_t pos = r_lseek64(fd, 0, SEEK_CUR);
    ssize_t r = pos < 0 ? -1 : img_pread(im, buf, n, pos);
    if (r > 0) r_lseek64(fd, pos + r, SEEK_SET);
    pthread_mutex_unlock(&lock);
    return r;
}

ssize_t write(int fd, const void *buf, size_t n) {
    struct image *im = image_of(fd);
    if (!im) return r_write(fd, buf, n);
    pthread_mutex_lock(&lock);
    int fl = fcntl(fd, F_GETFL);
    off_t pos = (fl >= 0 && (fl & O_APPEND)) ? im->size : r_lseek64(fd, 0, SEEK_CUR);
    ssize_t r = pos < 0 ? -1 : img_pwrite(im, fd, buf, n, pos);
    if (r > 0) r_lseek64(fd, pos + r, SEEK_SET);
    pthread_mutex_unlock(&lock);
    return r;
}

off_t lseek64(int fd, off_t off, int whence) {
    struct image *im = image_of(fd);
    if (!im || whence != SEEK_END) return r_lseek64(fd, off, whence);
    pthread_mutex_lock(&lock);
    off_t r = r_lseek64(fd, im->size + off, SEEK_SET);
    pthread_mutex_unlock(&lock);
    return r;
}
off_t lseek(int fd, off_t off, int whence) { return lseek64(fd, off, whence); }

int ftruncate64(int fd, off_t len) {
    struct image *im = image_of(fd);
    if (!im) return r_ftruncate64(fd, len);
    if (len < 0) {
        errno = EINVAL;
        return -1;
    }
    pthread_mutex_lock(&lock);
    reserve(im, (size_t)len + 1);
    if (len > im->size) memset(im->data + im->size, 0, (size_t)(len - im->size));
    im->size = len;
    im->size_dirty = 1;
    pthread_mutex_unlock(&lock);
    return 0;
}
int ftruncate(int fd, off_t len) { return ftruncate64(fd, len); }

/* ---- durability ----------------------------------------------------------------------- */

static int do_sync(int fd, int data_only) {
    struct image *im = image_of(fd);
    if (im) {
        pthread_mutex_lock(&lock);
        int bad = flush_image(im, fd);
        n_syncs++;
        pthread_mutex_unlock(&lock);
        if (bad) return -1;
    }
    return data_only ? r_fdatasync(fd) : r_fsync(fd);
}
int fsync(int fd) { return do_sync(fd, 0); }
int fdatasync(int fd) { return do_sync(fd, 1); }

void sync(void) {
    pthread_mutex_lock(&lock);
    for (int fd = 0; fd < MAX_FDS; fd++) {
        if (fd_file[fd]) {
            struct image *im = &files[fd_file[fd] - 1];
            if (im->dirty_lo < im->dirty_hi || im->size_dirty) flush_image(im, fd);
        }
    }
    pthread_mutex_unlock(&lock);
    r_sync();
}

/* ---- metadata the process reads back -------------------------------------------------- */

int fstat64(int fd, struct stat64 *st) {
    int r = r_fstat64(fd, st);
    if (r == 0) fix_stat(st);
    return r;
}
int fstat(int fd, struct stat *st) { return fstat64(fd, (struct stat64 *)st); }
int stat64(const char *path, struct stat64 *st) {
    int r = r_stat64(path, st);
    if (r == 0) fix_stat(st);
    return r;
}
int stat(const char *path, struct stat *st) { return stat64(path, (struct stat64 *)st); }
int lstat64(const char *path, struct stat64 *st) {
    int r = r_lstat64(path, st);
    if (r == 0) fix_stat(st);
    return r;
}
int lstat(const char *path, struct stat *st) { return lstat64(path, (struct stat64 *)st); }
int fstatat64(int dirfd, const char *path, struct stat64 *st, int flags) {
    int r = r_fstatat64(dirfd, path, st, flags);
    if (r == 0) fix_stat(st);
    return r;
}
int fstatat(int dirfd, const char *path, struct stat *st, int flags) {
    return fstatat64(dirfd, path, (struct stat64 *)st, flags);
}
/* glibc < 2.33 binaries call these */
int __fxstat64(int ver, int fd, struct stat64 *st) {
    if (!r_fxstat64) return fstat64(fd, st);
    int r = r_fxstat64(ver, fd, st);
    if (r == 0) fix_stat(st);
    return r;
}
int __fxstat(int ver, int fd, struct stat *st) {
    return __fxstat64(ver, fd, (struct stat64 *)st);
}

/* ---- names ---------------------------------------------------------------------------- */

static void detach_by_path(int dirfd, const char *path) {
    if (!is_ours(dirfd, path)) return;
    struct stat64 st;
    if (r_fstatat64(dirfd, path, &st, AT_SYMLINK_NOFOLLOW) || st.st_nlink != 1) return;
    pthread_mutex_lock(&lock);
    struct image *im = image_by_id(st.st_dev, st.st_ino);
    if (im) {
        im->attached = 0;
        if (im->refs <= 0) {
            free(im->data);
            memset(im, 0, sizeof *im);
        }
    }
    pthread_mutex_unlock(&lock);
}
int unlink(const char *path) {
    detach_by_path(AT_FDCWD, path);
    return r_unlink(path);
}
int unlinkat(int dirfd, const char *path, int flags) {
    if (!(flags & AT_REMOVEDIR)) detach_by_path(dirfd, path);
    return r_unlinkat(dirfd, path, flags);
}

/* ---- tripwires ------------------------------------------------------------------------ */

static void *(*r_mmap64)(void *, size_t, int, int, int, off_t);
void *mmap64(void *addr, size_t len, int prot, int flags, int fd, off_t off) {
    if (!(flags & MAP_ANONYMOUS) && image_of(fd)) die("mmap", fd);
    if (!r_mmap64) r_mmap64 = need("mmap64");
    return r_mmap64(addr, len, prot, flags, fd, off);
}
void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off) {
    return mmap64(addr, len, prot, flags, fd, off);
}

#define TRIP(name, ret, params, args, call)                                                   \
    ret name params {                                                                         \
        static ret(*real) params;                                                             \
        if (image_of(fd)) die(#name, fd);                                                     \
        if (!real) real = need(#name);                                                        \
        return real args;                                                                     \
    }
TRIP(readv, ssize_t, (int fd, const struct iovec *v, int n), (fd, v, n), 0)
TRIP(writev, ssize_t, (int fd, const struct iovec *v, int n), (fd, v, n), 0)
TRIP(preadv, ssize_t, (int fd, const struct iovec *v, int n, off_t o), (fd, v, n, o), 0)
TRIP(pwritev, ssize_t, (int fd, const struct iovec *v, int n, off_t o), (fd, v, n, o), 0)
TRIP(preadv64, ssize_t, (int fd, const struct iovec *v, int n, off_t o), (fd, v, n, o), 0)
TRIP(pwritev64, ssize_t, (int fd, const struct iovec *v, int n, off_t o), (fd, v, n, o), 0)
TRIP(preadv2, ssize_t, (int fd, const struct iovec *v, int n, off_t o, int f), (fd, v, n, o, f), 0)
TRIP(pwritev2, ssize_t, (int fd, const struct iovec *v, int n, off_t o, int f), (fd, v, n, o, f),
     0)
TRIP(preadv64v2, ssize_t, (int fd, const struct iovec *v, int n, off_t o, int f),
     (fd, v, n, o, f), 0)
TRIP(pwritev64v2, ssize_t, (int fd, const struct iovec *v, int n, off_t o, int f),
     (fd, v, n, o, f), 0)

/* ---- for the test: how much the shim is holding --------------------------------------- */

/* Returns 1 when active. *syncs: fsync/fdatasync calls on tracked files; *dirty: bytes
 * written but not yet synced, over all files; *writebacks: early (unsynced) block writebacks. */
int powerloss_stats(long *syncs, long *dirty, long *writebacks) {
    pthread_mutex_lock(&lock);
    long d = 0;
    for (int i = 0; i < MAX_FILES; i++)
        if (files[i].used && files[i].dirty_lo < files[i].dirty_hi)
            d += (long)(files[i].dirty_hi - files[i].dirty_lo);
    *syncs = n_syncs;
    *dirty = d;
    *writebacks = n_writebacks;
    pthread_mutex_unlock(&lock);
    return active;
}
