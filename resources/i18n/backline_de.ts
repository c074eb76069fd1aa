<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>core.body.energy</name>
        <message>
            <source>within the last {window} days, at least {weigh_ins} weigh-ins spanning {days} days and calories logged on {percent}% of those days</source>
            <translation>in den letzten {window} Tagen mindestens {weigh_ins} Wiegungen über {days} Tage verteilt und an {percent} % dieser Tage erfasste Kalorien</translation>
        </message>
        <message>
            <source>low</source>
            <translation>niedrig</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>mittel</translation>
        </message>
        <message>
            <source>high</source>
            <translation>hoch</translation>
        </message>
        <message>
            <source>Maintenance from your log: not enough data yet (it needs, {needs}; {how_to_log})</source>
            <translation>Erhaltungsbedarf aus deinem Protokoll: noch zu wenige Daten (nötig sind {needs}; {how_to_log})</translation>
        </message>
        <message>
            <source>Maintenance from your log: {kcal} ± {margin} kcal/day, confidence {confidence} ({days} days, {weigh_ins} weigh-ins, calories on {intake_days} days; mean intake minus the weight change at {kcal_per_kg} kcal per kg, our figure after Wishnofsky 1958)</source>
            <translation>Erhaltungsbedarf aus deinem Protokoll: {kcal} ± {margin} kcal/Tag, Zuverlässigkeit {confidence} ({days} Tage, {weigh_ins} Wiegungen, Kalorien an {intake_days} Tagen; mittlere Aufnahme minus Gewichtsänderung zu {kcal_per_kg} kcal pro kg, unser Wert nach Wishnofsky 1958)</translation>
        </message>
        <message>
            <source>your weight holds steady: you eat at maintenance, with no deficit</source>
            <translation>dein Gewicht bleibt stabil: du isst auf Erhaltungsniveau, ohne Defizit</translation>
        </message>
        <message>
            <source>less than the articles' {low}-{high} kcal deficit</source>
            <translation>weniger als das Defizit von {low}-{high} kcal aus den Artikeln</translation>
        </message>
        <message>
            <source>more than the articles' {low}-{high} kcal deficit</source>
            <translation>mehr als das Defizit von {low}-{high} kcal aus den Artikeln</translation>
        </message>
        <message>
            <source>within the articles' {low}-{high} kcal deficit</source>
            <translation>innerhalb des Defizits von {low}-{high} kcal aus den Artikeln</translation>
        </message>
        <message>
            <source>you are losing {rate} kg a week, a deficit of {deficit} kcal a day, {where}</source>
            <translation>du nimmst {rate} kg pro Woche ab, ein Defizit von {deficit} kcal pro Tag, {where}</translation>
        </message>
        <message>
            <source>you are gaining {rate} kg a week, {excess} kcal a day above maintenance: no deficit</source>
            <translation>du nimmst {rate} kg pro Woche zu, {excess} kcal pro Tag über dem Erhaltungsbedarf: kein Defizit</translation>
        </message>
        <message>
            <source>At your logged intake of {intake} kcal/day {meaning}.</source>
            <translation>Bei deiner erfassten Aufnahme von {intake} kcal/Tag gilt: {meaning}.</translation>
        </message>
        <message>
            <source>The formula's maintenance is {gap} kcal above the estimate</source>
            <translation>Der Erhaltungsbedarf laut Formel liegt {gap} kcal über der Schätzung</translation>
        </message>
        <message>
            <source>The formula's maintenance is {gap} kcal below the estimate</source>
            <translation>Der Erhaltungsbedarf laut Formel liegt {gap} kcal unter der Schätzung</translation>
        </message>
        <message>
            <source>{comparison}; its target of {target} kcal would be a {deficit} kcal deficit against the estimate.</source>
            <translation>{comparison}; das Formelziel von {target} kcal wäre ein Defizit von {deficit} kcal gegenüber der Schätzung.</translation>
        </message>
        <message>
            <source>{comparison}; its target of {target} kcal would be {excess} kcal above the estimate: no deficit.</source>
            <translation>{comparison}; das Formelziel von {target} kcal läge {excess} kcal über der Schätzung: kein Defizit.</translation>
        </message>
    </context>
    <context>
        <name>core.body.measurements</name>
        <message>
            <source>is required</source>
            <translation>ist erforderlich</translation>
        </message>
        <message>
            <source>enter a weight or at least one measurement</source>
            <translation>gib ein Gewicht oder mindestens ein Maß ein</translation>
        </message>
        <message>
            <source>measurement {id} does not exist</source>
            <translation>Messung {id} gibt es nicht</translation>
        </message>
    </context>
    <context>
        <name>core.body.nutrition</name>
        <message>
            <source>our default</source>
            <translation>unser Standardwert</translation>
        </message>
        <message>
            <source>article {number}</source>
            <translation>Artikel {number}</translation>
        </message>
        <message>
            <source>article {number} — {title}</source>
            <translation>Artikel {number} — {title}</translation>
        </message>
        <message>
            <source>years</source>
            <translation>Jahren</translation>
        </message>
        <message>
            <source>Missing: {inputs}.</source>
            <translation>Fehlt: {inputs}.</translation>
        </message>
        <message>
            <source>{input} {problem}.</source>
            <translation>{input}: {problem}.</translation>
        </message>
        <message>
            <source>sex</source>
            <translation>Geschlecht</translation>
        </message>
        <message>
            <source>age</source>
            <translation>Alter</translation>
        </message>
        <message>
            <source>height</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>body weight</source>
            <translation>Körpergewicht</translation>
        </message>
        <message>
            <source>activity level</source>
            <translation>Aktivitätsniveau</translation>
        </message>
        <message>
            <source>deficit</source>
            <translation>Defizit</translation>
        </message>
        <message>
            <source>must be female or male</source>
            <translation>muss weiblich oder männlich sein</translation>
        </message>
        <message>
            <source>Resting energy (BMR)</source>
            <translation>Grundumsatz (BMR)</translation>
        </message>
        <message>
            <source>kcal/day</source>
            <translation>kcal/Tag</translation>
        </message>
        <message>
            <source>factor {factor}</source>
            <translation>Faktor {factor}</translation>
        </message>
        <message>
            <source>Maintenance calories</source>
            <translation>Erhaltungsbedarf</translation>
        </message>
        <message>
            <source>BMR × {factor} ({level})</source>
            <translation>BMR × {factor} ({level})</translation>
        </message>
        <message>
            <source>Daily target range</source>
            <translation>Tageszielbereich</translation>
        </message>
        <message>
            <source>maintenance − {low} to {high} kcal a day, never below {floor} (our floor)</source>
            <translation>Erhaltungsbedarf − {low} bis {high} kcal pro Tag, nie unter {floor} (unsere Untergrenze)</translation>
        </message>
        <message>
            <source>maintenance − {low} to {high} kcal a day</source>
            <translation>Erhaltungsbedarf − {low} bis {high} kcal pro Tag</translation>
        </message>
        <message>
            <source>Your daily target</source>
            <translation>Dein Tagesziel</translation>
        </message>
        <message>
            <source>maintenance − {deficit} kcal (reduced to stay above our floor)</source>
            <translation>Erhaltungsbedarf − {deficit} kcal (verringert, um über unserer Untergrenze zu bleiben)</translation>
        </message>
        <message>
            <source>maintenance − {deficit} kcal (your choice within the article's range)</source>
            <translation>Erhaltungsbedarf − {deficit} kcal (deine Wahl im Bereich des Artikels)</translation>
        </message>
        <message>
            <source>Protein</source>
            <translation>Eiweiß</translation>
        </message>
        <message>
            <source>g/day</source>
            <translation>g/Tag</translation>
        </message>
        <message>
            <source>{low}–{high} g per lb of body weight ({pounds} lb)</source>
            <translation>{low}–{high} g pro lb Körpergewicht ({pounds} lb)</translation>
        </message>
        <message>
            <source>Sleep</source>
            <translation>Schlaf</translation>
        </message>
        <message>
            <source>hours a night</source>
            <translation>Stunden pro Nacht</translation>
        </message>
        <message>
            <source>consistent, good-quality sleep</source>
            <translation>regelmäßiger, erholsamer Schlaf</translation>
        </message>
        <message>
            <source>your maintenance estimate ({maintenance} kcal a day) is at or below {floor} kcal, so the plan keeps you at maintenance, with no deficit</source>
            <translation>dein geschätzter Erhaltungsbedarf ({maintenance} kcal pro Tag) liegt bei oder unter {floor} kcal, daher hält dich der Plan auf Erhaltungsniveau, ohne Defizit</translation>
        </message>
        <message>
            <source>the deficit was reduced so the target stays at or above {floor} kcal a day (maintenance is {maintenance} kcal)</source>
            <translation>das Defizit wurde verringert, damit das Ziel bei mindestens {floor} kcal pro Tag bleibt (Erhaltungsbedarf: {maintenance} kcal)</translation>
        </message>
        <message>
            <source>Calorie floor: {reduced}. {floor} kcal is our floor for women, not the articles' figure ({reference}). Ask a health professional before eating less.</source>
            <translation>Kalorienuntergrenze: {reduced}. {floor} kcal ist unsere Untergrenze für Frauen, kein Wert aus den Artikeln ({reference}). Frag medizinisches Fachpersonal, bevor du weniger isst.</translation>
        </message>
        <message>
            <source>Calorie floor: {reduced}. {floor} kcal is our floor for men, not the articles' figure ({reference}). Ask a health professional before eating less.</source>
            <translation>Kalorienuntergrenze: {reduced}. {floor} kcal ist unsere Untergrenze für Männer, kein Wert aus den Artikeln ({reference}). Frag medizinisches Fachpersonal, bevor du weniger isst.</translation>
        </message>
        <message>
            <source>{formula}: {weight} × kg {height} × cm {age} × age {constant} (female)</source>
            <translation>{formula}: {weight} × kg {height} × cm {age} × Alter {constant} (weiblich)</translation>
        </message>
        <message>
            <source>{formula}: {weight} × kg {height} × cm {age} × age {constant} (male)</source>
            <translation>{formula}: {weight} × kg {height} × cm {age} × Alter {constant} (männlich)</translation>
        </message>
    </context>
    <context>
        <name>core.bounds</name>
        <message>
            <source>{field}: {message}</source>
            <translation>{field}: {message}</translation>
        </message>
        <message>
            <source>reps</source>
            <translation>Wiederholungen</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>Gewicht</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>Sekunden</translation>
        </message>
        <message>
            <source>distance</source>
            <translation>Distanz</translation>
        </message>
        <message>
            <source>RPE</source>
            <translation>RPE</translation>
        </message>
        <message>
            <source>note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>sets</source>
            <translation>Sätze</translation>
        </message>
        <message>
            <source>fewest reps</source>
            <translation>Wiederholungen (min.)</translation>
        </message>
        <message>
            <source>most reps</source>
            <translation>Wiederholungen (max.)</translation>
        </message>
        <message>
            <source>hold</source>
            <translation>Haltezeit</translation>
        </message>
        <message>
            <source>rest</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>rest after the round</source>
            <translation>Pause nach der Runde</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>Minuten</translation>
        </message>
        <message>
            <source>rounds</source>
            <translation>Runden</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>Kurzbeschreibung</translation>
        </message>
        <message>
            <source>fewest sessions a week</source>
            <translation>Trainings pro Woche (min.)</translation>
        </message>
        <message>
            <source>most sessions a week</source>
            <translation>Trainings pro Woche (max.)</translation>
        </message>
        <message>
            <source>waist</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>hips</source>
            <translation>Hüfte</translation>
        </message>
        <message>
            <source>thigh</source>
            <translation>Oberschenkel</translation>
        </message>
        <message>
            <source>calories</source>
            <translation>Kalorien</translation>
        </message>
        <message>
            <source>protein</source>
            <translation>Eiweiß</translation>
        </message>
        <message>
            <source>servings of fruit and vegetables</source>
            <translation>Portionen Obst und Gemüse</translation>
        </message>
        <message>
            <source>sleep</source>
            <translation>Schlaf</translation>
        </message>
        <message>
            <source>water</source>
            <translation>Wasser</translation>
        </message>
        <message>
            <source>age</source>
            <translation>Alter</translation>
        </message>
        <message>
            <source>height</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>get-ready time</source>
            <translation>Vorbereitungszeit</translation>
        </message>
        <message>
            <source>rep cadence</source>
            <translation>Wiederholungstakt</translation>
        </message>
        <message>
            <source>weight step</source>
            <translation>Gewichtsstufe</translation>
        </message>
        <message>
            <source>volume</source>
            <translation>Lautstärke</translation>
        </message>
        <message>
            <source>origin</source>
            <translation>Herkunft</translation>
        </message>
        <message>
            <source>import key</source>
            <translation>Importschlüssel</translation>
        </message>
        <message>
            <source>name key</source>
            <translation>Namensschlüssel</translation>
        </message>
        <message>
            <source>slug</source>
            <translation>Kennung</translation>
        </message>
        <message>
            <source>source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>mode</source>
            <translation>Modus</translation>
        </message>
        <message>
            <source>impact</source>
            <translation>Belastung</translation>
        </message>
        <message>
            <source>per side</source>
            <translation>je Seite</translation>
        </message>
        <message>
            <source>equipment</source>
            <translation>Ausrüstung</translation>
        </message>
        <message>
            <source>muscles</source>
            <translation>Muskeln</translation>
        </message>
        <message>
            <source>instructions</source>
            <translation>Anleitung</translation>
        </message>
        <message>
            <source>cautions</source>
            <translation>Warnhinweise</translation>
        </message>
        <message>
            <source>positions</source>
            <translation>Positionen</translation>
        </message>
        <message>
            <source>side</source>
            <translation>Seite</translation>
        </message>
        <message>
            <source>set</source>
            <translation>Satz</translation>
        </message>
        <message>
            <source>set type</source>
            <translation>Satztyp</translation>
        </message>
        <message>
            <source>measured on</source>
            <translation>gemessen am</translation>
        </message>
        <message>
            <source>reminders</source>
            <translation>Erinnerungen</translation>
        </message>
        <message>
            <source>must be between {minimum} and {maximum} {unit}</source>
            <translation>muss zwischen {minimum} und {maximum} {unit} liegen</translation>
        </message>
        <message>
            <source>must be between {minimum} and {maximum}</source>
            <translation>muss zwischen {minimum} und {maximum} liegen</translation>
        </message>
        <message>
            <source>is not a number</source>
            <translation>ist keine Zahl</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>muss eine ganze Zahl sein</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>muss Text sein</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>ist erforderlich</translation>
        </message>
        <message>
            <source>must be at most {count} characters</source>
            <translation>darf höchstens {count} Zeichen lang sein</translation>
        </message>
        <message>
            <source>holds a NUL character (U+0000)</source>
            <translation>enthält ein NUL-Zeichen (U+0000)</translation>
        </message>
        <message>
            <source>“{text}” could be a thousand: write {whole} or {decimal}</source>
            <translation>„{text}“ könnte tausend bedeuten: schreib {whole} oder {decimal}</translation>
        </message>
        <message>
            <source>“{text}” is not a number</source>
            <translation>„{text}“ ist keine Zahl</translation>
        </message>
        <message>
            <source>use a point for decimals (“{number}”)</source>
            <translation>verwende einen Punkt für Dezimalstellen („{number}“)</translation>
        </message>
    </context>
    <context>
        <name>core.cli.__init__</name>
        <message>
            <source>usage: </source>
            <translation>Aufruf: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>Positionsargumente</translation>
        </message>
        <message>
            <source>options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>diese Hilfe anzeigen und beenden</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: Fehler: %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>Argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>diese Argumente sind erforderlich: %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>unbekannte Argumente: %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>ungültige Auswahl: %(value)r (möglich: %(choices)s)</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>ungültiger %(type)s-Wert: %(value)r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>ein Argument erwartet</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>nicht erlaubt mit Argument %s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>explizites Argument %r ignoriert</translation>
        </message>
        <message>
            <source>Backline, a desktop workout companion. Without a command, opens the window.</source>
            <translation>Backline, dein Trainingsbegleiter für den Desktop. Ohne Befehl öffnet sich das Fenster.</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>Versionsnummer anzeigen und beenden</translation>
        </message>
        <message>
            <source>database file, or a PostgreSQL URL such as postgresql://user@host/dbname (password from ~/.pgpass or PGPASSWORD; default: $BACKLINE_DB, else the user data directory)</source>
            <translation>Datenbankdatei oder eine PostgreSQL-URL wie postgresql://user@host/dbname (Passwort aus ~/.pgpass oder PGPASSWORD; Standard: $BACKLINE_DB, sonst der Datenordner des Benutzers)</translation>
        </message>
        <message>
            <source>language of the human-readable output (de, en, es, fr, pt_BR; default: the Settings choice, else the system locale)</source>
            <translation>Sprache der lesbaren Ausgabe (de, en, es, fr, pt_BR; Standard: die Wahl in den Einstellungen, sonst die Systemsprache)</translation>
        </message>
        <message>
            <source>list the exercise library</source>
            <translation>die Übungsbibliothek auflisten</translation>
        </message>
        <message>
            <source>print JSON instead of a table</source>
            <translation>JSON statt einer Tabelle ausgeben</translation>
        </message>
        <message>
            <source>list routines</source>
            <translation>Routinen auflisten</translation>
        </message>
        <message>
            <source>print JSON instead of text</source>
            <translation>JSON statt Text ausgeben</translation>
        </message>
        <message>
            <source>import a Strong or Hevy CSV, or a Backline JSON</source>
            <translation>eine CSV von Strong oder Hevy oder ein Backline-JSON importieren</translation>
        </message>
        <message>
            <source>the export to import</source>
            <translation>der zu importierende Export</translation>
        </message>
        <message>
            <source>weight unit, for files that carry none</source>
            <translation>Gewichtseinheit für Dateien ohne eigene</translation>
        </message>
        <message>
            <source>map an exercise name in the file to a library slug (repeatable)</source>
            <translation>einen Übungsnamen der Datei der Kennung einer Bibliotheksübung zuordnen (wiederholbar)</translation>
        </message>
        <message>
            <source>show what would be imported, write nothing</source>
            <translation>zeigen, was importiert würde, nichts schreiben</translation>
        </message>
        <message>
            <source>export your history</source>
            <translation>deinen Verlauf exportieren</translation>
        </message>
        <message>
            <source>strong: Strong's comma CSV, names as they are (for apps that read Strong files); csv: the same columns for a spreadsheet (a text cell starting with = + - @ gets a leading '); json: everything</source>
            <translation>strong: Strongs CSV mit Kommas, Namen unverändert (für Apps, die Strong-Dateien lesen); csv: dieselben Spalten für eine Tabellenkalkulation (eine Textzelle, die mit = + - @ beginnt, bekommt ein führendes '); json: alles</translation>
        </message>
        <message>
            <source>replace FILE if it exists</source>
            <translation>FILE ersetzen, falls vorhanden</translation>
        </message>
        <message>
            <source>weight unit of the CSV (default: your setting)</source>
            <translation>Gewichtseinheit der CSV (Standard: deine Einstellung)</translation>
        </message>
        <message>
            <source>back up the database (SQLite backup API)</source>
            <translation>die Datenbank sichern (SQLite-Backup-API)</translation>
        </message>
        <message>
            <source>where to write it (default: the backups folder)</source>
            <translation>wohin sie geschrieben wird (Standard: der Sicherungsordner)</translation>
        </message>
        <message>
            <source>replace the database with a backup</source>
            <translation>die Datenbank durch eine Sicherung ersetzen</translation>
        </message>
        <message>
            <source>a backup made by Backline</source>
            <translation>eine von Backline erstellte Sicherung</translation>
        </message>
        <message>
            <source>check the database's integrity</source>
            <translation>die Integrität der Datenbank prüfen</translation>
        </message>
        <message>
            <source>the daily plan: maintenance, target calories, protein and sleep</source>
            <translation>der Tagesplan: Erhaltungsbedarf, Zielkalorien, Eiweiß und Schlaf</translation>
        </message>
        <message>
            <source>The plan's figures from the flags, each with its source; beside the formula's maintenance, the estimate from the weigh-ins and calories in the database (read only, when it exists).</source>
            <translation>Die Werte des Plans aus den Optionen, jeweils mit Quelle; neben dem Erhaltungsbedarf der Formel die Schätzung aus den Wiegungen und Kalorien in der Datenbank (nur gelesen, wenn sie existiert).</translation>
        </message>
        <message>
            <source>daily deficit within the article's 250-500 kcal (default: 500)</source>
            <translation>tägliches Defizit innerhalb der 250-500 kcal des Artikels (Standard: 500)</translation>
        </message>
        <message>
            <source>open the window on the Workout tab, ready to start a routine</source>
            <translation>das Fenster im Tab „Training“ öffnen, bereit zum Start einer Routine</translation>
        </message>
        <message>
            <source>routine name, as `backline routines` lists it</source>
            <translation>Name der Routine, wie `backline routines` ihn auflistet</translation>
        </message>
        <message>
            <source>the database</source>
            <translation>die Datenbank</translation>
        </message>
        <message>
            <source>--db: empty; give a database file (leave --db out for the default one)</source>
            <translation>--db: leer; gib eine Datenbankdatei an (lass --db weg für die Standarddatei)</translation>
        </message>
        <message>
            <source>--db: {path} names a folder; give a database file in it</source>
            <translation>--db: {path} ist ein Ordner; gib eine Datenbankdatei darin an</translation>
        </message>
        <message>
            <source>BACKLINE_DB: only spaces; give a database file or URL, or unset it</source>
            <translation>BACKLINE_DB: nur Leerzeichen; gib eine Datenbankdatei oder URL an oder entferne die Variable</translation>
        </message>
        <message>
            <source>the saved database choice</source>
            <translation>die gespeicherte Datenbankwahl</translation>
        </message>
        <message>
            <source>cannot use the database: {reason}. Nothing was changed.</source>
            <translation>Datenbank nicht nutzbar: {reason}. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>cannot use the database: {reason}. The file was not changed.</source>
            <translation>Datenbank nicht nutzbar: {reason}. Die Datei wurde nicht geändert.</translation>
        </message>
        <message>
            <source>cannot use the database: {reason}. The file was not changed; `backline restore FILE` puts a backup in its place.</source>
            <translation>Datenbank nicht nutzbar: {reason}. Die Datei wurde nicht geändert; `backline restore FILE` setzt eine Sicherung an ihre Stelle.</translation>
        </message>
        <message>
            <source>{problem}; nothing was changed</source>
            <translation>{problem}; es wurde nichts geändert</translation>
        </message>
        <message>
            <source>{store}: cannot use the database: {reason}</source>
            <translation>{store}: Datenbank nicht nutzbar: {reason}</translation>
        </message>
        <message>
            <source>no command given; run `backline` (or `python main.py`) to open the window, or see --help</source>
            <translation>kein Befehl angegeben; starte `backline` (oder `python main.py`), um das Fenster zu öffnen, oder siehe --help</translation>
        </message>
    </context>
    <context>
        <name>core.cli.catalog</name>
        <message>
            <source>strength</source>
            <translation>Kraft</translation>
        </message>
        <message>
            <source>cardio</source>
            <translation>Cardio</translation>
        </message>
        <message>
            <source>mobility</source>
            <translation>Mobilität</translation>
        </message>
        <message>
            <source>recovery</source>
            <translation>Erholung</translation>
        </message>
        <message>
            <source>reps</source>
            <translation>Wdh.</translation>
        </message>
        <message>
            <source>hold</source>
            <translation>Halten</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>low</source>
            <translation>niedrig</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>mittel</translation>
        </message>
        <message>
            <source>high</source>
            <translation>hoch</translation>
        </message>
        <message>
            <source>slug</source>
            <translation>Kennung</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>mode</source>
            <translation>Modus</translation>
        </message>
        <message>
            <source>prescription</source>
            <translation>Vorgabe</translation>
        </message>
        <message>
            <source>impact</source>
            <translation>Belastung</translation>
        </message>
        <message>
            <source>articles</source>
            <translation>Artikel</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies); * marks our default where the articles give no number.</source>
            <translation>
                <numerusform>%n Eintrag; * markiert unseren Standardwert, wo die Artikel keine Zahl nennen.</numerusform>
                <numerusform>%n Einträge; * markiert unseren Standardwert, wo die Artikel keine Zahl nennen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>core.cli.common</name>
        <message>
            <source>no routine named {name}; the routines are: {routines}</source>
            <translation>keine Routine namens {name}; die Routinen sind: {routines}</translation>
        </message>
    </context>
    <context>
        <name>core.cli.daily</name>
        <message>
            <source>calories</source>
            <translation>Kalorien</translation>
        </message>
        <message>
            <source>protein</source>
            <translation>Eiweiß</translation>
        </message>
        <message>
            <source>servings</source>
            <translation>Portionen</translation>
        </message>
        <message>
            <source>sleep</source>
            <translation>Schlaf</translation>
        </message>
        <message>
            <source>water</source>
            <translation>Wasser</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>Gewicht</translation>
        </message>
        <message>
            <source>waist</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>hips</source>
            <translation>Hüfte</translation>
        </message>
        <message>
            <source>thigh</source>
            <translation>Oberschenkel</translation>
        </message>
        <message>
            <source>record (or update) a day's calories, protein, servings, sleep and water</source>
            <translation>Kalorien, Eiweiß, Portionen, Schlaf und Wasser eines Tages erfassen (oder ändern)</translation>
        </message>
        <message>
            <source>Record a day's log: only the values given change. With no value, print the day as stored (read-only).</source>
            <translation>Das Tagesprotokoll erfassen: Nur die angegebenen Werte ändern sich. Ohne Wert wird der Tag wie gespeichert ausgegeben (nur lesen).</translation>
        </message>
        <message>
            <source>the day (default: today, local)</source>
            <translation>der Tag (Standard: heute, lokal)</translation>
        </message>
        <message>
            <source>print the day as JSON</source>
            <translation>den Tag als JSON ausgeben</translation>
        </message>
        <message>
            <source>where you stand today on the whole program: each part, its target and source</source>
            <translation>wo du heute im ganzen Programm stehst: jeder Teil, sein Ziel und seine Quelle</translation>
        </message>
        <message>
            <source>Each part of the articles' program for a day and its week: the target, what is done, whether it is met, and the article it comes from. Read-only.</source>
            <translation>Jeder Teil des Programms der Artikel für einen Tag und seine Woche: das Ziel, was erledigt ist, ob es erreicht ist, und der Artikel, aus dem es stammt. Nur lesen.</translation>
        </message>
        <message>
            <source>print JSON: {shape}</source>
            <translation>JSON ausgeben: {shape}</translation>
        </message>
        <message>
            <source>body measurements</source>
            <translation>Körpermaße</translation>
        </message>
        <message>
            <source>add a body measurement</source>
            <translation>ein Körpermaß hinzufügen</translation>
        </message>
        <message>
            <source>the day measured (required)</source>
            <translation>der Tag der Messung (erforderlich)</translation>
        </message>
        <message>
            <source>body weight in kg (required)</source>
            <translation>Körpergewicht in kg (erforderlich)</translation>
        </message>
        <message>
            <source>{measure} in cm</source>
            <translation>{measure} in cm</translation>
        </message>
        <message>
            <source>a note</source>
            <translation>eine Notiz</translation>
        </message>
        <message>
            <source>print the measurement as JSON</source>
            <translation>die Messung als JSON ausgeben</translation>
        </message>
        <message>
            <source>{flag}: {value} is not a date (YYYY-MM-DD)</source>
            <translation>{flag}: {value} ist kein Datum (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>{flag}: must be between {earliest} and {latest}</source>
            <translation>{flag}: muss zwischen {earliest} und {latest} liegen</translation>
        </message>
        <message>
            <source>{flag}: {day} is in the future (today is {today})</source>
            <translation>{flag}: {day} liegt in der Zukunft (heute ist {today})</translation>
        </message>
        <message>
            <source>{values}; note: {note}</source>
            <translation>{values}; Notiz: {note}</translation>
        </message>
        <message>
            <source>{day}: nothing logged</source>
            <translation>{day}: nichts erfasst</translation>
        </message>
        <message>
            <source>Saved {day}</source>
            <translation>Gespeichert — {day}</translation>
        </message>
        <message>
            <source>{flag}: {problem}; nothing was saved</source>
            <translation>{flag}: {problem}; es wurde nichts gespeichert</translation>
        </message>
        <message numerus="yes">
            <source>at least %n session(s)</source>
            <translation>
                <numerusform>mindestens %n Training</numerusform>
                <numerusform>mindestens %n Trainings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{low}–%n session(s)</source>
            <translation>
                <numerusform>{low}–%n Training</numerusform>
                <numerusform>{low}–%n Trainings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n Training</numerusform>
                <numerusform>%n Trainings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>at least %n serving(s)</source>
            <translation>
                <numerusform>mindestens %n Portion</numerusform>
                <numerusform>mindestens %n Portionen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{low}–%n serving(s)</source>
            <translation>
                <numerusform>{low}–%n Portion</numerusform>
                <numerusform>{low}–%n Portionen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n serving(s)</source>
            <translation>
                <numerusform>%n Portion</numerusform>
                <numerusform>%n Portionen</numerusform>
            </translation>
        </message>
        <message>
            <source>no target</source>
            <translation>kein Ziel</translation>
        </message>
        <message>
            <source>at least {amount}</source>
            <translation>mindestens {amount}</translation>
        </message>
        <message>
            <source>our default</source>
            <translation>unser Standardwert</translation>
        </message>
        <message>
            <source>article {number}</source>
            <translation>Artikel {number}</translation>
        </message>
        <message>
            <source>article {number} — {title}</source>
            <translation>Artikel {number} — {title}</translation>
        </message>
        <message>
            <source>{weekday} {day} (week from {week_start})</source>
            <translation>{weekday}, {day} (Woche ab {week_start})</translation>
        </message>
        <message>
            <source>{part} this week</source>
            <translation>{part} diese Woche</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nichts</translation>
        </message>
        <message>
            <source>{part}: {done}; {note}</source>
            <translation>{part}: {done}; {note}</translation>
        </message>
        <message>
            <source>{part}: nothing of {target}; {met}; {source}</source>
            <translation>{part}: nichts von {target}; {met}; {source}</translation>
        </message>
        <message>
            <source>{part}: {done} of {target}; {met}; {source}</source>
            <translation>{part}: {done} von {target}; {met}; {source}</translation>
        </message>
        <message>
            <source>met</source>
            <translation>erreicht</translation>
        </message>
        <message>
            <source>not met</source>
            <translation>nicht erreicht</translation>
        </message>
        <message>
            <source>Next: {action}</source>
            <translation>Als Nächstes: {action}</translation>
        </message>
        <message>
            <source>Next: nothing due</source>
            <translation>Als Nächstes: nichts fällig</translation>
        </message>
        <message>
            <source>--date: is required (YYYY-MM-DD)</source>
            <translation>--date: ist erforderlich (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>--weight-kg: is required</source>
            <translation>--weight-kg: ist erforderlich</translation>
        </message>
        <message>
            <source>Added {day}: {values}</source>
            <translation>Hinzugefügt — {day}: {values}</translation>
        </message>
    </context>
    <context>
        <name>core.cli.data</name>
        <message numerus="yes">
            <source>%n workout(s)</source>
            <translation>
                <numerusform>%n Training</numerusform>
                <numerusform>%n Trainings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n Satz</numerusform>
                <numerusform>%n Sätze</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n routine(s)</source>
            <translation>
                <numerusform>%n Routine</numerusform>
                <numerusform>%n Routinen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measurement(s)</source>
            <translation>
                <numerusform>%n Messung</numerusform>
                <numerusform>%n Messungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n logged day(s)</source>
            <translation>
                <numerusform>%n erfasster Tag</numerusform>
                <numerusform>%n erfasste Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n target(s)</source>
            <translation>
                <numerusform>%n Ziel</numerusform>
                <numerusform>%n Ziele</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n workout(s) were already here</source>
            <translation>
                <numerusform>%n Training war schon vorhanden</numerusform>
                <numerusform>%n Trainings waren schon vorhanden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n were already here</source>
            <translation>
                <numerusform>%n war schon vorhanden</numerusform>
                <numerusform>%n waren schon vorhanden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n were already there</source>
            <translation>
                <numerusform>%n war schon vorhanden</numerusform>
                <numerusform>%n waren schon vorhanden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new exercise(s)</source>
            <translation>
                <numerusform>%n neue Übung</numerusform>
                <numerusform>%n neue Übungen</numerusform>
            </translation>
        </message>
        <message>
            <source>--map needs NAME=SLUG, got {pair}</source>
            <translation>--map braucht NAME=SLUG, erhalten: {pair}</translation>
        </message>
        <message>
            <source>--dry-run is not available for Backline JSON files</source>
            <translation>--dry-run gibt es nicht für Backline-JSON-Dateien</translation>
        </message>
        <message>
            <source>Imported {workouts} ({sets}), {routines}, {measurements}, {days}, {targets}; {skipped}.</source>
            <translation>Importiert: {workouts} ({sets}), {routines}, {measurements}, {days}, {targets}; {skipped}.</translation>
        </message>
        <message>
            <source>{problem} (use --unit kg or --unit lb)</source>
            <translation>{problem} (nutze --unit kg oder --unit lb)</translation>
        </message>
        <message>
            <source>Detected {app} ({dialect}), unit {unit}, {first} to {last}: {workouts}, {sets}.</source>
            <translation>Erkannt: {app} ({dialect}), Einheit {unit}, {first} bis {last}: {workouts}, {sets}.</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise name(s) are not in the library and will be added as your own exercises unless mapped with --map: {names}</source>
            <translation>
                <numerusform>%n Übungsname ist nicht in der Bibliothek und wird als eigene Übung angelegt, außer du ordnest ihn mit --map zu: {names}</numerusform>
                <numerusform>%n Übungsnamen sind nicht in der Bibliothek und werden als eigene Übungen angelegt, außer du ordnest sie mit --map zu: {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>Dry run: nothing was written.</source>
            <translation>Probelauf: nichts wurde geschrieben.</translation>
        </message>
        <message>
            <source>Imported {workouts} ({sets}); {skipped}; {created}.</source>
            <translation>Importiert: {workouts} ({sets}); {skipped}; {created}.</translation>
        </message>
        <message>
            <source>{where}: {problem}; nothing was imported</source>
            <translation>{where}: {problem}; es wurde nichts importiert</translation>
        </message>
        <message>
            <source>{problem}; nothing was exported</source>
            <translation>{problem}; es wurde nichts exportiert</translation>
        </message>
        <message>
            <source>Exported {workouts} ({sets}) to {path}</source>
            <translation>Exportiert: {workouts} ({sets}) nach {path}</translation>
        </message>
        <message>
            <source>{problem}; no backup was made</source>
            <translation>{problem}; es wurde keine Sicherung erstellt</translation>
        </message>
        <message>
            <source>Backed up to {path} (the database holds nothing you entered yet)</source>
            <translation>Gesichert nach {path} (die Datenbank enthält noch nichts, was du eingegeben hast)</translation>
        </message>
        <message>
            <source>Backed up to {path}</source>
            <translation>Gesichert nach {path}</translation>
        </message>
        <message>
            <source>Backed up {store} to {path} (a Backline JSON export)</source>
            <translation>{store} gesichert nach {path} (ein Backline-JSON-Export)</translation>
        </message>
        <message>
            <source>{name} is a SQLite backup; the shared database takes a Backline JSON one: `backline --db {path} export --format json --output backup.json`, then `backline restore backup.json`</source>
            <translation>{name} ist eine SQLite-Sicherung; die gemeinsame Datenbank braucht eine Backline-JSON-Sicherung: `backline --db {path} export --format json --output backup.json`, dann `backline restore backup.json`</translation>
        </message>
        <message>
            <source>{name} is a Backline JSON backup (a shared database's); read it into this file with `backline import {path} --format json`</source>
            <translation>{name} ist eine Backline-JSON-Sicherung (einer gemeinsamen Datenbank); lies sie mit `backline import {path} --format json` in diese Datei ein</translation>
        </message>
        <message>
            <source>Restored {name}; the previous database was kept as {path}</source>
            <translation>{name} wiederhergestellt; die vorherige Datenbank wird als {path} aufbewahrt</translation>
        </message>
        <message>
            <source>Restored {name}</source>
            <translation>{name} wiederhergestellt</translation>
        </message>
        <message>
            <source>{name}: {problem}; nothing was restored</source>
            <translation>{name}: {problem}; es wurde nichts wiederhergestellt</translation>
        </message>
        <message>
            <source>Restored {name} into {store}: {workouts} ({sets}); {skipped}</source>
            <translation>{name} in {store} wiederhergestellt: {workouts} ({sets}); {skipped}</translation>
        </message>
        <message>
            <source>{store}: ok</source>
            <translation>{store}: OK</translation>
        </message>
        <message>
            <source>{store}: damaged: {problems}</source>
            <translation>{store}: beschädigt: {problems}</translation>
        </message>
        <message>
            <source>{store}: cannot check: {problems}</source>
            <translation>{store}: Prüfung nicht möglich: {problems}</translation>
        </message>
    </context>
    <context>
        <name>core.cli.plan</name>
        <message>
            <source>print JSON instead of text. Besides the formula's figures it carries the estimate from your log: maintenance_estimate_kcal, estimate_days, estimate_margin_kcal (the 95% range's half-width), estimate_confidence (low, medium or high) and estimate_kg_per_week; all null until the database holds, {needs}</source>
            <translation>JSON statt Text ausgeben. Neben den Werten der Formel enthält es die Schätzung aus deinem Protokoll: maintenance_estimate_kcal, estimate_days, estimate_margin_kcal (die halbe Breite des 95-%-Bereichs), estimate_confidence (low, medium oder high) und estimate_kg_per_week; alle null, bis die Datenbank Folgendes enthält: {needs}</translation>
        </message>
        <message>
            <source>{figure}: {value} ({basis}; {source})</source>
            <translation>{figure}: {value} ({basis}; {source})</translation>
        </message>
        <message>
            <source>`backline body add` and `backline day --kcal` record them</source>
            <translation>`backline body add` und `backline day --kcal` erfassen sie</translation>
        </message>
        <message>
            <source>Warning: {warning}</source>
            <translation>Warnung: {warning}</translation>
        </message>
    </context>
    <context>
        <name>core.cli.progression</name>
        <message>
            <source>the next target of each item of a routine, from what you did, and why</source>
            <translation>das nächste Ziel jeder Übung einer Routine, aus dem, was du gemacht hast, und warum</translation>
        </message>
        <message>
            <source>routine name, as `backline routines` lists it</source>
            <translation>Name der Routine, wie `backline routines` ihn auflistet</translation>
        </message>
        <message>
            <source>print JSON instead of text</source>
            <translation>JSON statt Text ausgeben</translation>
        </message>
        <message>
            <source>{routine}: the next target of each item</source>
            <translation>{routine}: das nächste Ziel jeder Übung</translation>
        </message>
        <message>
            <source>{routine}: the next target of each item (suggestions are off for this routine: the current targets)</source>
            <translation>{routine}: das nächste Ziel jeder Übung (Vorschläge sind für diese Routine aus: die aktuellen Ziele)</translation>
        </message>
        <message>
            <source>{position}. {exercise}: {target}</source>
            <translation>{position}. {exercise}: {target}</translation>
        </message>
        <message>
            <source>{position}. {exercise}: {target} (unchanged)</source>
            <translation>{position}. {exercise}: {target} (unverändert)</translation>
        </message>
        <message>
            <source>Last time: {done}</source>
            <translation>Letztes Mal: {done}</translation>
        </message>
    </context>
    <context>
        <name>core.daily.log</name>
        <message>
            <source>is not a field of a day's log</source>
            <translation>ist kein Feld des Tagesprotokolls</translation>
        </message>
    </context>
    <context>
        <name>core.daily.reminders</name>
        <message>
            <source>Daily home back complex</source>
            <translation>Tägliches Heimprogramm für den Rücken</translation>
        </message>
        <message>
            <source>Five gentle back moves, as one circuit.</source>
            <translation>Fünf sanfte Rückenübungen als Zirkel.</translation>
        </message>
        <message>
            <source>Thigh massage</source>
            <translation>Oberschenkelmassage</translation>
        </message>
        <message>
            <source>5 minutes for the backs of the thighs.</source>
            <translation>5 Minuten für die Oberschenkelrückseiten.</translation>
        </message>
        <message>
            <source>Cardio</source>
            <translation>Cardio</translation>
        </message>
        <message>
            <source>30 minutes of tough cardio today.</source>
            <translation>Heute 30 Minuten intensives Cardio.</translation>
        </message>
        <message>
            <source>must be a list</source>
            <translation>muss eine Liste sein</translation>
        </message>
        <message>
            <source>entry {number}: must be an object</source>
            <translation>Eintrag {number}: muss ein Objekt sein</translation>
        </message>
        <message>
            <source>entry {number}: key must be one of {keys}</source>
            <translation>Eintrag {number}: key muss einer dieser Werte sein: {keys}</translation>
        </message>
        <message>
            <source>{key}: enabled must be true or false</source>
            <translation>{key}: enabled muss true oder false sein</translation>
        </message>
        <message>
            <source>{key}: time must be HH:MM, 00:00 to 23:59</source>
            <translation>{key}: time muss HH:MM sein, 00:00 bis 23:59</translation>
        </message>
        <message>
            <source>{key}: weekdays must list days 0 (Monday) to 6</source>
            <translation>{key}: weekdays muss Tage von 0 (Montag) bis 6 auflisten</translation>
        </message>
    </context>
    <context>
        <name>core.daily.today</name>
        <message>
            <source>our default ({reference})</source>
            <translation>unser Standardwert ({reference})</translation>
        </message>
        <message>
            <source>Start a {minutes} min massage</source>
            <translation>{minutes} min Massage starten</translation>
        </message>
        <message>
            <source>Start {minutes} min of cardio</source>
            <translation>{minutes} min Cardio starten</translation>
        </message>
        <message>
            <source>Start {routine}</source>
            <translation>{routine} starten</translation>
        </message>
        <message>
            <source>workouts this week with a working strength set (the home complex counts apart)</source>
            <translation>Trainings diese Woche mit mindestens einem Kraft-Arbeitssatz (das Heimprogramm für den Rücken zählt getrennt)</translation>
        </message>
        <message>
            <source>{minutes} min of cardio this week in all</source>
            <translation>insgesamt {minutes} min Cardio diese Woche</translation>
        </message>
        <message>
            <source>Sleep last night</source>
            <translation>Schlaf letzte Nacht</translation>
        </message>
        <message>
            <source>Protein</source>
            <translation>Eiweiß</translation>
        </message>
        <message>
            <source>Calories</source>
            <translation>Kalorien</translation>
        </message>
        <message>
            <source>no target until the plan has {missing} (Body &amp; plan)</source>
            <translation>kein Ziel, bis der Plan {missing} enthält (Körper &amp; Plan)</translation>
        </message>
        <message>
            <source>no target until the plan has its inputs (Body &amp; plan)</source>
            <translation>kein Ziel, bis der Plan ausgefüllt ist (Körper &amp; Plan)</translation>
        </message>
    </context>
    <context>
        <name>core.desktop</name>
        <message>
            <source>the shipped desktop entry has an unexpected Exec line {line}; nothing was installed</source>
            <translation>der mitgelieferte Desktop-Eintrag hat eine unerwartete Exec-Zeile {line}; es wurde nichts installiert</translation>
        </message>
        <message>
            <source>the shipped desktop entry has no Exec line; nothing was installed</source>
            <translation>der mitgelieferte Desktop-Eintrag hat keine Exec-Zeile; es wurde nichts installiert</translation>
        </message>
        <message>
            <source>no existing parent folder</source>
            <translation>kein vorhandener übergeordneter Ordner</translation>
        </message>
        <message>
            <source>{path} is not a folder</source>
            <translation>{path} ist kein Ordner</translation>
        </message>
        <message>
            <source>Permission denied</source>
            <translation>Keine Berechtigung</translation>
        </message>
        <message>
            <source>Permission denied (in {path})</source>
            <translation>Keine Berechtigung (in {path})</translation>
        </message>
        <message>
            <source>cannot read the shipped file {path}: {reason}; nothing was installed (reinstall Backline)</source>
            <translation>die mitgelieferte Datei {path} kann nicht gelesen werden: {reason}; es wurde nichts installiert (installiere Backline neu)</translation>
        </message>
        <message>
            <source>cannot install: the launcher {path} does not exist; pass the installed backline script with --exec-path</source>
            <translation>Installation nicht möglich: das Startprogramm {path} existiert nicht; gib das installierte backline-Skript mit --exec-path an</translation>
        </message>
        <message>
            <source>cannot install: the launcher {path} does not exist (not on PATH nor beside this Python); pass the installed backline script with --exec-path</source>
            <translation>Installation nicht möglich: das Startprogramm {path} existiert nicht (weder im PATH noch neben diesem Python); gib das installierte backline-Skript mit --exec-path an</translation>
        </message>
        <message>
            <source>a folder is in the way</source>
            <translation>ein Ordner ist im Weg</translation>
        </message>
        <message numerus="yes">
            <source>cannot write {path}: {reason} (and %n other problem(s)); nothing was installed</source>
            <translation>
                <numerusform>{path} kann nicht geschrieben werden: {reason} (und %n weiteres Problem); es wurde nichts installiert</numerusform>
                <numerusform>{path} kann nicht geschrieben werden: {reason} (und %n weitere Probleme); es wurde nichts installiert</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot write {path}: {reason}; nothing was installed</source>
            <translation>{path} kann nicht geschrieben werden: {reason}; es wurde nichts installiert</translation>
        </message>
        <message>
            <source>cannot remove {path}: {reason}</source>
            <translation>{path} kann nicht entfernt werden: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>{problem} (and %n more problem(s))</source>
            <translation>
                <numerusform>{problem} (und %n weiteres Problem)</numerusform>
                <numerusform>{problem} (und %n weitere Probleme)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{problems}; removed %n other file(s)</source>
            <translation>
                <numerusform>{problems}; %n andere Datei entfernt</numerusform>
                <numerusform>{problems}; %n andere Dateien entfernt</numerusform>
            </translation>
        </message>
        <message>
            <source>add Backline to the desktop's application menu, or remove it</source>
            <translation>Backline zum Anwendungsmenü der Arbeitsumgebung hinzufügen oder daraus entfernen</translation>
        </message>
        <message>
            <source>install the desktop entry, metainfo and icons for this user</source>
            <translation>Desktop-Eintrag, Metainfo und Symbole für diesen Benutzer installieren</translation>
        </message>
        <message>
            <source>remove what `desktop install` wrote</source>
            <translation>entfernen, was `desktop install` geschrieben hat</translation>
        </message>
        <message>
            <source>data folder to use (default: $XDG_DATA_HOME, else ~/.local/share)</source>
            <translation>zu verwendender Datenordner (Standard: $XDG_DATA_HOME, sonst ~/.local/share)</translation>
        </message>
        <message>
            <source>the backline script the menu entry runs (default: the one on PATH)</source>
            <translation>das backline-Skript, das der Menüeintrag startet (Standard: das im PATH)</translation>
        </message>
        <message>
            <source>wrote {path}</source>
            <translation>{path} geschrieben</translation>
        </message>
        <message numerus="yes">
            <source>installed Backline's menu entry (%n file(s)) into {folder}</source>
            <translation>
                <numerusform>Backlines Menüeintrag (%n Datei) in {folder} installiert</numerusform>
                <numerusform>Backlines Menüeintrag (%n Dateien) in {folder} installiert</numerusform>
            </translation>
        </message>
        <message>
            <source>removed {path}</source>
            <translation>{path} entfernt</translation>
        </message>
        <message numerus="yes">
            <source>removed Backline's menu entry (%n file(s)) from {folder}</source>
            <translation>
                <numerusform>Backlines Menüeintrag (%n Datei) aus {folder} entfernt</numerusform>
                <numerusform>Backlines Menüeintrag (%n Dateien) aus {folder} entfernt</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing to remove: Backline's menu entry is not installed in {folder}</source>
            <translation>nichts zu entfernen: Backlines Menüeintrag ist nicht in {folder} installiert</translation>
        </message>
    </context>
    <context>
        <name>core.formatting</name>
        <message>
            <source>{sets} x</source>
            <translation>{sets} x</translation>
        </message>
        <message>
            <source>{reps} reps</source>
            <translation>{reps} Wdh.</translation>
        </message>
        <message>
            <source>(hold {time})</source>
            <translation>({time} halten)</translation>
        </message>
        <message>
            <source>{reps} x</source>
            <translation>{reps} x</translation>
        </message>
        <message>
            <source>{time} hold</source>
            <translation>{time} halten</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>each side</source>
            <translation>je Seite</translation>
        </message>
        <message>
            <source>@ {weight}</source>
            <translation>@ {weight}</translation>
        </message>
        <message>
            <source>, rest {time}</source>
            <translation>, Pause {time}</translation>
        </message>
        <message>
            <source>, then {time}</source>
            <translation>, dann {time}</translation>
        </message>
        <message>
            <source>, {sessions}/week</source>
            <translation>, {sessions}/Woche</translation>
        </message>
        <message>
            <source>reps</source>
            <translation>Wdh.</translation>
        </message>
    </context>
    <context>
        <name>core.i18n</name>
        <message>
            <source>--lang: {value} is not a language Backline speaks (choose from {choices})</source>
            <translation>--lang: {value} ist keine Sprache, die Backline spricht (zur Wahl: {choices})</translation>
        </message>
    </context>
    <context>
        <name>core.insight.history</name>
        <message>
            <source>no workout {id}</source>
            <translation>Training {id} gibt es nicht</translation>
        </message>
        <message>
            <source>no logged set {id}</source>
            <translation>Satz {id} gibt es nicht</translation>
        </message>
    </context>
    <context>
        <name>core.insight.progression</name>
        <message>
            <source>suggestions are off for this routine</source>
            <translation>Vorschläge sind für diese Routine ausgeschaltet</translation>
        </message>
        <message>
            <source>Suggestions build on what you did, warm-ups left out. Weighted moves follow double progression: when every set reached the top of the rep range, the next target adds one step ({barbell_kg} kg or {barbell_lb} lb on a barbell, {dumbbell_kg} kg or {dumbbell_lb} lb on dumbbells; a routine item can have its own) and starts again from the bottom of the range; otherwise it stays at the weight you lifted and aims for the top. Bodyweight moves aim for one more rep than your fewest, up to the top of the range, then one more set (up to {extra_sets} more than the routine's), then the harder variation the article names. Holds held in full get {hold_step} seconds longer; cardio done in full gets {minutes_step} minutes more (up to {minutes_max}). After {misses} missed workouts in a row the suggestion is a deload. When a set fell short, the target stays until you fill it. The step sizes, the deload and the set limit are our rules, not the articles'. You decide: accept a suggestion, keep your target, or turn suggestions off for a routine.</source>
            <translation>Vorschläge bauen auf dem auf, was du gemacht hast, ohne Aufwärmsätze. Übungen mit Gewicht folgen der doppelten Progression: Wenn jeder Satz das obere Ende des Wiederholungsbereichs erreicht hat, steigt das nächste Ziel um eine Stufe ({barbell_kg} kg oder {barbell_lb} lb an der Langhantel, {dumbbell_kg} kg oder {dumbbell_lb} lb an Kurzhanteln; eine Übung der Routine kann ihre eigene Stufe haben) und beginnt wieder am unteren Ende des Bereichs; sonst bleibt es beim gehobenen Gewicht und zielt auf das obere Ende. Übungen mit Körpergewicht zielen auf eine Wiederholung mehr als in deinem schwächsten Satz, bis zum oberen Ende des Bereichs, dann auf einen Satz mehr (bis zu {extra_sets} mehr als in der Routine), dann auf die schwerere Variante, die der Artikel nennt. Voll gehaltene Haltezeiten werden {hold_step} Sekunden länger; vollständig absolviertes Cardio bekommt {minutes_step} Minuten mehr (bis {minutes_max}). Nach {misses} Trainings in Folge unter dem Ziel ist der Vorschlag ein Deload. Wenn ein Satz zu kurz war, bleibt das Ziel, bis du es erfüllst. Die Stufengrößen, der Deload und die Satzgrenze sind unsere Regeln, nicht die der Artikel. Du entscheidest: Nimm einen Vorschlag an, behalte dein Ziel oder schalte Vorschläge für eine Routine aus.</translation>
        </message>
        <message>
            <source>no routine item {id}</source>
            <translation>Routinenübung {id} gibt es nicht</translation>
        </message>
        <message>
            <source>no routine {id}</source>
            <translation>Routine {id} gibt es nicht</translation>
        </message>
        <message>
            <source>holds {times}</source>
            <translation>{times} gehalten</translation>
        </message>
        <message>
            <source>{reps} reps</source>
            <translation>{reps} Wdh.</translation>
        </message>
        <message>
            <source>{reps} @ {weights}</source>
            <translation>{reps} @ {weights}</translation>
        </message>
    </context>
    <context>
        <name>core.insight.progression_rules</name>
        <message>
            <source>this item's step</source>
            <translation>die Stufe dieser Übung</translation>
        </message>
        <message>
            <source>our step</source>
            <translation>unsere Stufe</translation>
        </message>
        <message>
            <source>our step for a barbell</source>
            <translation>unsere Stufe für eine Langhantel</translation>
        </message>
        <message>
            <source>our step for a dumbbell</source>
            <translation>unsere Stufe für eine Kurzhantel</translation>
        </message>
        <message>
            <source>our step for a {equipment}</source>
            <translation>unsere Stufe für {equipment}</translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n Satz</numerusform>
                <numerusform>%n Sätze</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s) of {total}</source>
            <translation>
                <numerusform>%n Satz von {total}</numerusform>
                <numerusform>%n Sätze von {total}</numerusform>
            </translation>
        </message>
        <message>
            <source>{reps} reps</source>
            <translation>{reps} Wdh.</translation>
        </message>
        <message>
            <source>There is no earlier workout with this exercise yet, so the target stays.</source>
            <translation>Es gibt noch kein früheres Training mit dieser Übung, daher bleibt das Ziel.</translation>
        </message>
        <message>
            <source>This exercise has no rep target, so the target stays.</source>
            <translation>Diese Übung hat kein Wiederholungsziel, daher bleibt das Ziel.</translation>
        </message>
        <message>
            <source>The weight is at the most we allow.</source>
            <translation>Das Gewicht hat schon den Höchstwert erreicht, den wir zulassen.</translation>
        </message>
        <message>
            <source>{step}, to the nearest {weight}</source>
            <translation>{step}, auf {weight} gerundet</translation>
        </message>
        <message>
            <source>All {sets} reached {top} reps at {weight} last time, so add {step} ({step_source}): {new_weight}, and start again from {bottom} reps (our rule: double progression).</source>
            <translation>Letztes Mal haben alle {sets} {top} Wdh. mit {weight} erreicht, also leg {step} drauf ({step_source}): {new_weight}, und fang wieder bei {bottom} Wdh. an (unsere Regel: doppelte Progression).</translation>
        </message>
        <message>
            <source>{misses} workouts in a row at {weight} fell short of {sets} x {bottom} reps, so deload to {new_weight} and build back up (our rule: {percent}% lighter after {after} misses).</source>
            <translation>{misses} Trainings in Folge mit {weight} blieben unter {sets} x {bottom} Wdh., also geh zum Deload auf {new_weight} zurück und bau wieder auf (unsere Regel: {percent} % leichter nach {after} Fehlversuchen).</translation>
        </message>
        <message>
            <source>Last time {done} at {weight}: stay at {weight} and aim for {top} reps in all {sets}.</source>
            <translation>Letztes Mal {done} mit {weight}: bleib bei {weight} und ziel auf {top} Wdh. in jedem Satz ({sets}).</translation>
        </message>
        <message>
            <source>All {sets} reached {top} reps, the top of the range, so add a set: {new_sets} x {range} reps (our rule: one set at a time, up to {most}, from {bottom} reps).</source>
            <translation>Alle {sets} haben {top} Wdh. erreicht, das obere Ende des Bereichs, also nimm einen Satz dazu: {new_sets} x {range} Wdh. (unsere Regel: ein Satz nach dem anderen, bis {most}, ab {bottom} Wdh.).</translation>
        </message>
        <message>
            <source>All {sets} reached {top} reps at {most} sets, the most we suggest (our rule), so the next step is the harder variation the article names: {exercise}. Change the exercise in the routine when ready.</source>
            <translation>Alle {sets} haben {top} Wdh. bei {most} Sätzen erreicht, dem Maximum, das wir vorschlagen (unsere Regel), also ist der nächste Schritt die schwerere Variante, die der Artikel nennt: {exercise}. Ändere die Übung in der Routine, wenn du bereit bist.</translation>
        </message>
        <message>
            <source>All {sets} reached {top} reps at {most} sets, the most we suggest (our rule), and the library names no harder variation: add a weight to make it harder.</source>
            <translation>Alle {sets} haben {top} Wdh. bei {most} Sätzen erreicht, dem Maximum, das wir vorschlagen (unsere Regel), und die Bibliothek nennt keine schwerere Variante: nimm ein Gewicht dazu, um es schwerer zu machen.</translation>
        </message>
        <message>
            <source>Every set reached {aim} reps last time ({done}), so aim for {new_aim} in every set (our rule: one more than your fewest, up to the top of {range}).</source>
            <translation>Letztes Mal hat jeder Satz {aim} Wdh. erreicht ({done}), also ziel auf {new_aim} in jedem Satz (unsere Regel: eine mehr als in deinem schwächsten Satz, bis zum oberen Ende von {range}).</translation>
        </message>
        <message>
            <source>{misses} workouts in a row fell short of {sets} x {bottom} reps, so ease off: {fewer} x {range} reps, and build back up (our rule: one set fewer after {after} misses).</source>
            <translation>{misses} Trainings in Folge blieben unter {sets} x {bottom} Wdh., also fahr etwas zurück: {fewer} x {range} Wdh., und bau wieder auf (unsere Regel: ein Satz weniger nach {after} Fehlversuchen).</translation>
        </message>
        <message>
            <source>Last time {done}: aim for {aim} reps in all {sets} again.</source>
            <translation>Letztes Mal {done}: ziel wieder auf {aim} Wdh. in jedem Satz ({sets}).</translation>
        </message>
        <message>
            <source>This hold has no time target, so there is nothing to add to.</source>
            <translation>Diese Halteübung hat kein Zeitziel, also gibt es nichts zu steigern.</translation>
        </message>
        <message>
            <source>The hold is already at the longest time we allow.</source>
            <translation>Die Haltezeit hat schon das Maximum erreicht, das wir zulassen.</translation>
        </message>
        <message>
            <source>at least {held} s (target {goal} s)</source>
            <translation>mindestens {held} s (Ziel {goal} s)</translation>
        </message>
        <message>
            <source>Every hold lasted {held} last time, so hold {step} s longer (our step): {new} s.</source>
            <translation>Letztes Mal hast du in jedem Satz {held} gehalten, also halte {step} s länger (unsere Stufe): {new} s.</translation>
        </message>
        <message>
            <source>{misses} workouts in a row had a hold shorter than {goal} s, so ease off to {new} s and build back up (our rule: one step back after {after} misses).</source>
            <translation>{misses} Trainings in Folge hatten eine Haltezeit unter {goal} s, also fahr auf {new} s zurück und bau wieder auf (unsere Regel: eine Stufe zurück nach {after} Fehlversuchen).</translation>
        </message>
        <message>
            <source>Not every hold lasted {goal} s last time (shortest {shortest}), so aim for {goal} s again.</source>
            <translation>Letztes Mal hast du nicht in jedem Satz {goal} s gehalten (kürzeste Haltezeit {shortest}), also ziel wieder auf {goal} s.</translation>
        </message>
        <message>
            <source>This activity has no time target, so the target stays.</source>
            <translation>Diese Aktivität hat kein Zeitziel, daher bleibt das Ziel.</translation>
        </message>
        <message>
            <source>You did the full {minutes} min last time; {kind} time keeps the article's length (our rule: only cardio and strength time grows).</source>
            <translation>Letztes Mal hast du die vollen {minutes} min geschafft; bei {kind} bleibt es bei der Dauer aus dem Artikel (unsere Regel: nur Cardio- und Kraftzeit wächst).</translation>
        </message>
        <message>
            <source>You did the full {minutes} min last time, the longest we suggest (our rule: up to {cap} min).</source>
            <translation>Letztes Mal hast du die vollen {minutes} min geschafft, das Längste, was wir vorschlagen (unsere Regel: bis {cap} min).</translation>
        </message>
        <message>
            <source>the full {minutes} min</source>
            <translation>die vollen {minutes} min</translation>
        </message>
        <message>
            <source>You did {done} last time, so add {step} min (our step): {new} min.</source>
            <translation>Letztes Mal hast du {done} geschafft, also leg {step} min drauf (unsere Stufe): {new} min.</translation>
        </message>
        <message>
            <source>{misses} workouts in a row were shorter than {minutes} min, so ease off to {new} min and build back up (our rule: one step back after {after} misses).</source>
            <translation>{misses} Trainings in Folge waren kürzer als {minutes} min, also fahr auf {new} min zurück und bau wieder auf (unsere Regel: eine Stufe zurück nach {after} Fehlversuchen).</translation>
        </message>
        <message>
            <source>Last time {done} min of {minutes}: aim for the full {minutes} min again.</source>
            <translation>Letztes Mal {done} von {minutes} min: ziel wieder auf die vollen {minutes} min.</translation>
        </message>
        <message>
            <source>mobility</source>
            <translation>Mobilität</translation>
        </message>
        <message>
            <source>recovery</source>
            <translation>Erholung</translation>
        </message>
        <message>
            <source>cardio</source>
            <translation>Cardio</translation>
        </message>
        <message>
            <source>strength</source>
            <translation>Kraft</translation>
        </message>
    </context>
    <context>
        <name>core.insight.records</name>
        <message>
            <source>Heaviest weight</source>
            <translation>Höchstes Gewicht</translation>
        </message>
        <message>
            <source>Most reps at a weight</source>
            <translation>Meiste Wdh. bei einem Gewicht</translation>
        </message>
        <message>
            <source>Best estimated 1RM (Epley)</source>
            <translation>Bestes geschätztes 1RM (Epley)</translation>
        </message>
        <message>
            <source>Longest hold</source>
            <translation>Längste Haltezeit</translation>
        </message>
        <message>
            <source>Longest activity</source>
            <translation>Längste Aktivität</translation>
        </message>
        <message>
            <source>Heaviest weight: {weight} × {reps}</source>
            <translation>Höchstes Gewicht: {weight} × {reps}</translation>
        </message>
        <message>
            <source>Heaviest weight: {weight}</source>
            <translation>Höchstes Gewicht: {weight}</translation>
        </message>
        <message>
            <source>Most reps at {weight}: {reps}</source>
            <translation>Meiste Wdh. mit {weight}: {reps}</translation>
        </message>
        <message>
            <source>Most reps at bodyweight: {reps}</source>
            <translation>Meiste Wdh. mit Körpergewicht: {reps}</translation>
        </message>
        <message>
            <source>Best estimated 1RM: {e1rm} ({weight} × {reps}, Epley)</source>
            <translation>Bestes geschätztes 1RM: {e1rm} ({weight} × {reps}, Epley)</translation>
        </message>
        <message>
            <source>Longest hold: {time}</source>
            <translation>Längste Haltezeit: {time}</translation>
        </message>
        <message>
            <source>Longest activity: {time}</source>
            <translation>Längste Aktivität: {time}</translation>
        </message>
        <message>
            <source>no logged set {id}</source>
            <translation>Satz {id} gibt es nicht</translation>
        </message>
    </context>
    <context>
        <name>core.insight.targets</name>
        <message>
            <source>no routine item {id}</source>
            <translation>Routinenübung {id} gibt es nicht</translation>
        </message>
        <message>
            <source>must be at least the fewest reps</source>
            <translation>muss mindestens so hoch wie die wenigsten Wdh. sein</translation>
        </message>
    </context>
    <context>
        <name>core.insight.trends</name>
        <message>
            <source>Heaviest set</source>
            <translation>Schwerster Satz</translation>
        </message>
        <message>
            <source>Estimated 1RM</source>
            <translation>Geschätztes 1RM</translation>
        </message>
        <message>
            <source>Volume per workout</source>
            <translation>Volumen pro Training</translation>
        </message>
        <message>
            <source>Total reps</source>
            <translation>Wdh. gesamt</translation>
        </message>
        <message>
            <source>Longest hold</source>
            <translation>Längste Haltezeit</translation>
        </message>
        <message>
            <source>Minutes of activity</source>
            <translation>Aktivitätsminuten</translation>
        </message>
        <message>
            <source>The heaviest weight lifted in one set, per workout</source>
            <translation>Das höchste Gewicht in einem Satz, pro Training</translation>
        </message>
        <message>
            <source>Estimated one-rep maximum (Epley: w × (1 + reps/30)), the best set per workout</source>
            <translation>Geschätztes Maximum für eine Wiederholung (Epley: w × (1 + Wdh./30)), der beste Satz pro Training</translation>
        </message>
        <message>
            <source>Weight × reps summed over the workout's sets</source>
            <translation>Gewicht × Wdh., summiert über die Sätze des Trainings</translation>
        </message>
        <message>
            <source>Reps summed over the workout's sets</source>
            <translation>Wdh., summiert über die Sätze des Trainings</translation>
        </message>
        <message>
            <source>The longest hold of the workout</source>
            <translation>Die längste Haltezeit des Trainings</translation>
        </message>
        <message>
            <source>Minutes of the activity, per workout</source>
            <translation>Minuten der Aktivität, pro Training</translation>
        </message>
        <message>
            <source>30 days</source>
            <translation>30 Tage</translation>
        </message>
        <message>
            <source>3 months</source>
            <translation>3 Monate</translation>
        </message>
        <message>
            <source>1 year</source>
            <translation>1 Jahr</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n Wdh.</numerusform>
                <numerusform>%n Wdh.</numerusform>
            </translation>
        </message>
        <message>
            <source>{reps} reps</source>
            <translation>{reps} Wdh.</translation>
        </message>
    </context>
    <context>
        <name>core.interchange.__init__</name>
        <message>
            <source>this looks like a {app} export, not {format}</source>
            <translation>das sieht nach einem {app}-Export aus, nicht nach {format}</translation>
        </message>
        <message>
            <source>not UTF-8 text (byte {position})</source>
            <translation>kein UTF-8-Text (Byte {position})</translation>
        </message>
    </context>
    <context>
        <name>core.interchange.backline</name>
        <message>
            <source>expected an object</source>
            <translation>Objekt erwartet</translation>
        </message>
        <message>
            <source>missing {key}</source>
            <translation>{key} fehlt</translation>
        </message>
        <message>
            <source>expected a list</source>
            <translation>Liste erwartet</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>muss Text sein</translation>
        </message>
        <message>
            <source>holds a NUL character (U+0000)</source>
            <translation>enthält ein NUL-Zeichen (U+0000)</translation>
        </message>
        <message>
            <source>{value} is not one of {choices}</source>
            <translation>{value} ist keiner der Werte {choices}</translation>
        </message>
        <message>
            <source>missing time</source>
            <translation>Zeit fehlt</translation>
        </message>
        <message>
            <source>{value} is not an ISO 8601 time</source>
            <translation>{value} ist keine ISO-8601-Zeit</translation>
        </message>
        <message>
            <source>{value} has no UTC offset</source>
            <translation>{value} hat keinen UTC-Versatz</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>muss eine ganze Zahl sein</translation>
        </message>
        <message>
            <source>must be a list of texts</source>
            <translation>muss eine Liste von Texten sein</translation>
        </message>
        <message>
            <source>must hold at most {count} lines</source>
            <translation>darf höchstens {count} Zeilen enthalten</translation>
        </message>
        <message>
            <source>{value} is not a date</source>
            <translation>{value} ist kein Datum</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>muss true oder false sein</translation>
        </message>
        <message>
            <source>must not be null</source>
            <translation>darf nicht null sein</translation>
        </message>
        <message>
            <source>not UTF-8 text</source>
            <translation>kein UTF-8-Text</translation>
        </message>
        <message>
            <source>not valid JSON ({reason})</source>
            <translation>kein gültiges JSON ({reason})</translation>
        </message>
        <message>
            <source>not valid JSON (too deeply nested)</source>
            <translation>kein gültiges JSON (zu tief verschachtelt)</translation>
        </message>
        <message>
            <source>not valid JSON (a number too long)</source>
            <translation>kein gültiges JSON (eine zu lange Zahl)</translation>
        </message>
        <message>
            <source>unknown exercise {slug}</source>
            <translation>unbekannte Übung {slug}</translation>
        </message>
        <message>
            <source>is only for hold and duration items</source>
            <translation>gilt nur für Halte- und Dauerübungen</translation>
        </message>
        <message>
            <source>is only for reps items</source>
            <translation>gilt nur für Wiederholungsübungen</translation>
        </message>
        <message>
            <source>nests deeper than {count} levels</source>
            <translation>ist tiefer als {count} Ebenen verschachtelt</translation>
        </message>
        <message>
            <source>is before the workout's started_at</source>
            <translation>liegt vor started_at des Trainings</translation>
        </message>
        <message>
            <source>holds no value</source>
            <translation>enthält keinen Wert</translation>
        </message>
        <message>
            <source>no item {position} in the routine {routine}</source>
            <translation>keine Übung {position} in der Routine {routine}</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>ist erforderlich</translation>
        </message>
        <message>
            <source>not a Backline export (format is not 'backline')</source>
            <translation>kein Backline-Export (format ist nicht 'backline')</translation>
        </message>
        <message>
            <source>version {version} is newer than this app reads</source>
            <translation>Version {version} ist neuer, als diese App lesen kann</translation>
        </message>
        <message>
            <source>a value the database refuses ({reason})</source>
            <translation>ein Wert, den die Datenbank ablehnt ({reason})</translation>
        </message>
    </context>
    <context>
        <name>core.interchange.common</name>
        <message>
            <source>line {line}: {reason}</source>
            <translation>Zeile {line}: {reason}</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <source>this {dialect} export does not say whether weights are kg or lb: choose the unit</source>
            <translation>dieser {dialect}-Export sagt nicht, ob Gewichte in kg oder lb sind: wähle die Einheit</translation>
        </message>
        <message numerus="yes">
            <source>{names} and %n more</source>
            <translation>
                <numerusform>{names} und %n weiterer</numerusform>
                <numerusform>{names} und %n weitere</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n exercise name(s) need a mapping: {names}</source>
            <translation>
                <numerusform>%n Übungsname braucht eine Zuordnung: {names}</numerusform>
                <numerusform>%n Übungsnamen brauchen eine Zuordnung: {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} is not a date and time</source>
            <translation>{value} ist kein Datum mit Uhrzeit</translation>
        </message>
        <message>
            <source>{value} is not a number</source>
            <translation>{value} ist keine Zahl</translation>
        </message>
        <message>
            <source>reps</source>
            <translation>Wiederholungen</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>muss eine ganze Zahl sein</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>{value} is not a duration</source>
            <translation>{value} ist keine Dauer</translation>
        </message>
        <message>
            <source>{value} is longer than {length}</source>
            <translation>{value} dauert länger als {length}</translation>
        </message>
        <message>
            <source>expected {expected} fields, found {found}</source>
            <translation>{expected} Felder erwartet, {found} gefunden</translation>
        </message>
        <message>
            <source>unreadable CSV ({reason})</source>
            <translation>unlesbares CSV ({reason})</translation>
        </message>
        <message>
            <source>{count} days</source>
            <translation>{count} Tage</translation>
        </message>
        <message>
            <source>{count} h</source>
            <translation>{count} h</translation>
        </message>
        <message>
            <source>the start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>is more than {length} after {start}</source>
            <translation>liegt mehr als {length} nach dem {start}</translation>
        </message>
        <message>
            <source>is before {start}</source>
            <translation>liegt vor dem {start}</translation>
        </message>
        <message>
            <source>must be at most {count} characters</source>
            <translation>darf höchstens {count} Zeichen lang sein</translation>
        </message>
        <message>
            <source>holds a control character (U+{code})</source>
            <translation>enthält ein Steuerzeichen (U+{code})</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>Datei existiert nicht</translation>
        </message>
        <message>
            <source>cannot be read</source>
            <translation>kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>is a folder</source>
            <translation>ist ein Ordner</translation>
        </message>
        <message>
            <source>is not a regular file</source>
            <translation>ist keine normale Datei</translation>
        </message>
        <message>
            <source>the year {year} is not between {first} and {last}</source>
            <translation>das Jahr {year} liegt nicht zwischen {first} und {last}</translation>
        </message>
        <message>
            <source>exercise name</source>
            <translation>Übungsname</translation>
        </message>
        <message>
            <source>workout name</source>
            <translation>Trainingsname</translation>
        </message>
        <message>
            <source>workout note</source>
            <translation>Trainingsnotiz</translation>
        </message>
        <message>
            <source>the workout ends before it starts</source>
            <translation>das Training endet, bevor es beginnt</translation>
        </message>
        <message>
            <source>the workout's end</source>
            <translation>Ende des Trainings</translation>
        </message>
        <message>
            <source>the workout's end is more than {length} after the start</source>
            <translation>das Ende des Trainings liegt mehr als {length} nach dem Beginn</translation>
        </message>
        <message>
            <source>the workout's end is before the start</source>
            <translation>das Ende des Trainings liegt vor dem Beginn</translation>
        </message>
    </context>
    <context>
        <name>core.interchange.detect</name>
        <message>
            <source>the file is empty or starts with a blank line</source>
            <translation>die Datei ist leer oder beginnt mit einer Leerzeile</translation>
        </message>
        <message>
            <source>this is a Backline JSON file, not a Strong or Hevy export: import it as JSON</source>
            <translation>das ist eine Backline-JSON-Datei, kein Strong- oder Hevy-Export: importiere sie als JSON</translation>
        </message>
        <message>
            <source>not a Strong or Hevy export (the header names no known columns)</source>
            <translation>kein Strong- oder Hevy-Export (die Kopfzeile nennt keine bekannten Spalten)</translation>
        </message>
        <message>
            <source>unknown weight unit {unit}</source>
            <translation>unbekannte Gewichtseinheit {unit}</translation>
        </message>
    </context>
    <context>
        <name>core.interchange.hevy</name>
        <message>
            <source>unknown month in {value}</source>
            <translation>unbekannter Monat in {value}</translation>
        </message>
        <message>
            <source>{field} is empty</source>
            <translation>{field} ist leer</translation>
        </message>
        <message>
            <source>{value} is more than {length} after start_time</source>
            <translation>{value} liegt mehr als {length} nach start_time</translation>
        </message>
        <message>
            <source>{value} is before start_time</source>
            <translation>{value} liegt vor start_time</translation>
        </message>
        <message>
            <source>{value} is not a set type</source>
            <translation>{value} ist kein Satztyp</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>Gewicht</translation>
        </message>
        <message>
            <source>distance</source>
            <translation>Distanz</translation>
        </message>
    </context>
    <context>
        <name>core.interchange.strong</name>
        <message>
            <source>date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>{value} is unknown</source>
            <translation>{value} ist unbekannt</translation>
        </message>
        <message>
            <source>unknown distance unit {unit}</source>
            <translation>unbekannte Distanzeinheit {unit}</translation>
        </message>
        <message>
            <source>set order</source>
            <translation>Satzreihenfolge</translation>
        </message>
        <message>
            <source>{value} is not a set</source>
            <translation>{value} ist kein Satz</translation>
        </message>
        <message>
            <source>exercise name is empty</source>
            <translation>Übungsname ist leer</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>Gewicht</translation>
        </message>
        <message>
            <source>weight unit</source>
            <translation>Gewichtseinheit</translation>
        </message>
        <message>
            <source>RPE</source>
            <translation>RPE</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>Sekunden</translation>
        </message>
        <message>
            <source>distance</source>
            <translation>Distanz</translation>
        </message>
        <message>
            <source>distance unit</source>
            <translation>Distanzeinheit</translation>
        </message>
    </context>
    <context>
        <name>core.interchange.writer</name>
        <message>
            <source>{name} is mapped to {slug}, which is not an exercise</source>
            <translation>{name} ist {slug} zugeordnet, das ist aber keine Übung</translation>
        </message>
    </context>
    <context>
        <name>core.library.custom</name>
        <message>
            <source>must be one of {choices}</source>
            <translation>muss einer dieser Werte sein: {choices}</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>ist erforderlich</translation>
        </message>
        <message>
            <source>is required for reps</source>
            <translation>ist im Modus Wiederholungen erforderlich</translation>
        </message>
        <message>
            <source>is required for hold</source>
            <translation>ist im Modus Halten erforderlich</translation>
        </message>
        <message>
            <source>is required for duration</source>
            <translation>ist im Modus Dauer erforderlich</translation>
        </message>
        <message>
            <source>must be at most {count} lines</source>
            <translation>darf höchstens {count} Zeilen haben</translation>
        </message>
        <message>
            <source>is already used by another exercise</source>
            <translation>wird schon von einer anderen Übung verwendet</translation>
        </message>
        <message>
            <source>must be yes or no</source>
            <translation>muss ja oder nein sein</translation>
        </message>
        <message>
            <source>is required when most reps is given</source>
            <translation>ist erforderlich, wenn die Höchstzahl an Wiederholungen angegeben ist</translation>
        </message>
        <message>
            <source>must be at least the fewest reps ({low})</source>
            <translation>muss mindestens die Mindestzahl an Wiederholungen sein ({low})</translation>
        </message>
        <message>
            <source>is required when the other sessions-a-week field is given</source>
            <translation>ist erforderlich, wenn das andere Feld für Trainings pro Woche ausgefüllt ist</translation>
        </message>
        <message>
            <source>must be at least {low}</source>
            <translation>muss mindestens {low} sein</translation>
        </message>
        <message>
            <source>“{muscle}” is not one of {choices}</source>
            <translation>„{muscle}“ ist keiner dieser Werte: {choices}</translation>
        </message>
        <message>
            <source>needs two or more positions, or none</source>
            <translation>braucht zwei oder mehr Positionen oder keine</translation>
        </message>
        <message>
            <source>there is no exercise “{slug}”</source>
            <translation>es gibt keine Übung „{slug}“</translation>
        </message>
        <message>
            <source>My {name}</source>
            <translation>{name} (meine Kopie)</translation>
        </message>
        <message>
            <source>Copy of {name}</source>
            <translation>Kopie von {name}</translation>
        </message>
        <message>
            <source>“{name}” is ready-made and cannot be archived</source>
            <translation>„{name}“ ist vorgefertigt und kann nicht archiviert werden</translation>
        </message>
        <message>
            <source>“{name}” is ready-made and cannot be merged away</source>
            <translation>„{name}“ ist vorgefertigt und kann nicht zusammengeführt werden</translation>
        </message>
        <message>
            <source>an exercise cannot be merged into itself</source>
            <translation>eine Übung kann nicht mit sich selbst zusammengeführt werden</translation>
        </message>
    </context>
    <context>
        <name>core.library.schema</name>
        <message>
            <source>must be a list of names</source>
            <translation>muss eine Liste von Namen sein</translation>
        </message>
        <message>
            <source>are only for hold exercises</source>
            <translation>gibt es nur bei Halteübungen</translation>
        </message>
        <message>
            <source>at most {most} positions, got {count}</source>
            <translation>höchstens {most} Positionen, angegeben sind {count}</translation>
        </message>
        <message>
            <source>position {number} is not a name</source>
            <translation>Position {number} ist kein Name</translation>
        </message>
        <message>
            <source>position {number} is empty</source>
            <translation>Position {number} ist leer</translation>
        </message>
        <message>
            <source>position {number} ({name}) has spaces around it</source>
            <translation>Position {number} ({name}) hat Leerzeichen am Rand</translation>
        </message>
        <message>
            <source>position {number} is longer than {most} characters</source>
            <translation>Position {number} ist länger als {most} Zeichen</translation>
        </message>
        <message>
            <source>position {name} is given twice</source>
            <translation>Position {name} ist doppelt angegeben</translation>
        </message>
    </context>
    <context>
        <name>core.routines.service</name>
        <message>
            <source>routine {id} does not exist</source>
            <translation>Routine {id} gibt es nicht</translation>
        </message>
        <message>
            <source>is already used by another routine</source>
            <translation>wird schon von einer anderen Routine verwendet</translation>
        </message>
        <message>
            <source>“{name}” is ready-made and cannot be renamed</source>
            <translation>„{name}“ ist vorgefertigt und kann nicht umbenannt werden</translation>
        </message>
        <message>
            <source>“{name}” is ready-made and cannot be deleted</source>
            <translation>„{name}“ ist vorgefertigt und kann nicht gelöscht werden</translation>
        </message>
        <message>
            <source>“{exercise}” is not in the library</source>
            <translation>„{exercise}“ ist nicht in der Bibliothek</translation>
        </message>
        <message>
            <source>My {name}</source>
            <translation>{name} (meine Kopie)</translation>
        </message>
        <message>
            <source>there is no ready-made routine {key}</source>
            <translation>es gibt keine vorgefertigte Routine {key}</translation>
        </message>
    </context>
    <context>
        <name>core.routines.text</name>
        <message>
            <source>{prescription}, as long as you can</source>
            <translation>{prescription}, so lange du kannst</translation>
        </message>
        <message>
            <source>{prescription}, steps of {weight}</source>
            <translation>{prescription}, in Stufen von {weight}</translation>
        </message>
        <message>
            <source>no weekly target</source>
            <translation>kein Wochenziel</translation>
        </message>
        <message>
            <source>daily{mark}</source>
            <translation>täglich{mark}</translation>
        </message>
        <message numerus="yes">
            <source>%n{mark} time(s) a week</source>
            <translation>
                <numerusform>%n{mark}-mal pro Woche</numerusform>
                <numerusform>%n{mark}-mal pro Woche</numerusform>
            </translation>
        </message>
        <message>
            <source>{low}-{high}{mark} times a week</source>
            <translation>{low}-{high}{mark}-mal pro Woche</translation>
        </message>
        <message>
            <source>ready-made, from the article “{title}”</source>
            <translation>vorgefertigt, aus dem Artikel „{title}“</translation>
        </message>
        <message>
            <source>ready-made</source>
            <translation>vorgefertigt</translation>
        </message>
        <message>
            <source>your own, from the article “{title}”</source>
            <translation>deine eigene, nach dem Artikel „{title}“</translation>
        </message>
        <message>
            <source>your own</source>
            <translation>deine eigene</translation>
        </message>
        <message numerus="yes">
            <source>Circuit {circuit}, %n round(s):</source>
            <translation>
                <numerusform>Zirkel {circuit}, %n Runde:</numerusform>
                <numerusform>Zirkel {circuit}, %n Runden:</numerusform>
            </translation>
        </message>
        <message>
            <source>(* our default: the article does not give this value)</source>
            <translation>(* unser Standardwert: der Artikel nennt diesen Wert nicht)</translation>
        </message>
    </context>
    <context>
        <name>core.routines.validation</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Kurzbeschreibung</translation>
        </message>
        <message>
            <source>Sessions a week (min)</source>
            <translation>Trainings pro Woche (min.)</translation>
        </message>
        <message>
            <source>Sessions a week (max)</source>
            <translation>Trainings pro Woche (max.)</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Übung</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modus</translation>
        </message>
        <message>
            <source>Sets</source>
            <translation>Sätze</translation>
        </message>
        <message>
            <source>Reps (min)</source>
            <translation>Wdh. (min.)</translation>
        </message>
        <message>
            <source>Reps (max)</source>
            <translation>Wdh. (max.)</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Haltezeit</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Per side</source>
            <translation>Je Seite</translation>
        </message>
        <message>
            <source>Rest between sets</source>
            <translation>Pause zwischen Sätzen</translation>
        </message>
        <message>
            <source>Rest after</source>
            <translation>Pause danach</translation>
        </message>
        <message>
            <source>Target weight</source>
            <translation>Zielgewicht</translation>
        </message>
        <message>
            <source>Weight step</source>
            <translation>Gewichtsstufe</translation>
        </message>
        <message>
            <source>As long as you can</source>
            <translation>So lange du kannst</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Circuit</source>
            <translation>Zirkel</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Runden</translation>
        </message>
        <message>
            <source>{field} {problem}</source>
            <translation>{field} {problem}</translation>
        </message>
        <message>
            <source>Item {number}: {field} {problem}</source>
            <translation>Übung {number}: {field} {problem}</translation>
        </message>
        <message>
            <source>({low}) is more than the max ({high})</source>
            <translation>({low}) ist mehr als das Maximum ({high})</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>darf nicht leer sein</translation>
        </message>
        <message>
            <source>must be at most {count} characters</source>
            <translation>darf höchstens {count} Zeichen lang sein</translation>
        </message>
        <message>
            <source>is required in reps mode</source>
            <translation>ist im Modus Wiederholungen erforderlich</translation>
        </message>
        <message>
            <source>is required in hold mode</source>
            <translation>ist im Modus Halten erforderlich</translation>
        </message>
        <message>
            <source>is required in duration mode</source>
            <translation>ist im Modus Dauer erforderlich</translation>
        </message>
        <message>
            <source>is required in {mode} mode</source>
            <translation>ist im Modus {mode} erforderlich</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>ist erforderlich</translation>
        </message>
        <message>
            <source>must be given with the other end of the range</source>
            <translation>muss zusammen mit dem anderen Ende des Bereichs angegeben werden</translation>
        </message>
        <message>
            <source>must be one of {choices}</source>
            <translation>muss einer dieser Werte sein: {choices}</translation>
        </message>
        <message>
            <source>is required when a max is given</source>
            <translation>ist erforderlich, wenn ein Maximum angegeben ist</translation>
        </message>
        <message>
            <source>is only for hold and duration items</source>
            <translation>gibt es nur bei Halte- und Dauerübungen</translation>
        </message>
        <message>
            <source>is only for reps items</source>
            <translation>gibt es nur bei Wiederholungsübungen</translation>
        </message>
        <message>
            <source>is only for items in a circuit</source>
            <translation>gibt es nur bei Übungen in einem Zirkel</translation>
        </message>
        <message>
            <source>{circuit}: its items must be next to each other</source>
            <translation>{circuit}: seine Übungen müssen direkt aufeinander folgen</translation>
        </message>
        <message>
            <source>is required in a circuit</source>
            <translation>ist in einem Zirkel erforderlich</translation>
        </message>
        <message>
            <source>({rounds}) differs from the circuit's {expected}</source>
            <translation>({rounds}) weicht von den {expected} des Zirkels ab</translation>
        </message>
    </context>
    <context>
        <name>core.store.backups</name>
        <message>
            <source>{path} does not exist</source>
            <translation>{path} existiert nicht</translation>
        </message>
        <message>
            <source>the file is empty: no database was written to it yet</source>
            <translation>die Datei ist leer: es wurde noch keine Datenbank hineingeschrieben</translation>
        </message>
        <message>
            <source>cannot open: {reason}</source>
            <translation>kann nicht geöffnet werden: {reason}</translation>
        </message>
        <message>
            <source>the database is damaged: {reason}</source>
            <translation>die Datenbank ist beschädigt: {reason}</translation>
        </message>
        <message>
            <source>row {row} of {table} points to a missing {parent}</source>
            <translation>Zeile {row} von {table} verweist auf einen fehlenden Eintrag in {parent}</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>{path}: no such file</source>
            <translation>{path}: Datei existiert nicht</translation>
        </message>
        <message>
            <source>it is not a Backline database</source>
            <translation>es ist keine Backline-Datenbank</translation>
        </message>
        <message>
            <source>{name} is not a usable backup: {reason}</source>
            <translation>{name} ist keine brauchbare Sicherung: {reason}</translation>
        </message>
        <message>
            <source>cannot restore over {path}: {reason}</source>
            <translation>Wiederherstellen über {path} nicht möglich: {reason}</translation>
        </message>
        <message>
            <source>{name} is the database itself; choose a backup</source>
            <translation>{name} ist die Datenbank selbst; wähle eine Sicherung</translation>
        </message>
        <message>
            <source>cannot restore to {path}: no such folder</source>
            <translation>Wiederherstellen nach {path} nicht möglich: Ordner existiert nicht</translation>
        </message>
        <message>
            <source>cannot restore over {path}: the file or its folder is read-only</source>
            <translation>Wiederherstellen über {path} nicht möglich: die Datei oder ihr Ordner ist schreibgeschützt</translation>
        </message>
        <message>
            <source>the copy of {name} is not sound: {reason}</source>
            <translation>die Kopie von {name} ist nicht intakt: {reason}</translation>
        </message>
        <message>
            <source>{name} changed while it was copied; try again</source>
            <translation>{name} hat sich beim Kopieren geändert; versuche es erneut</translation>
        </message>
        <message>
            <source>{name} is not a restore journal Backline can read; move it away once you have checked the database</source>
            <translation>{name} ist kein Wiederherstellungsprotokoll, das Backline lesen kann; verschiebe es, sobald du die Datenbank geprüft hast</translation>
        </message>
        <message>
            <source>a restore of {name} was interrupted after the backup was in place; it is finished, and the previous database is kept as {kept}</source>
            <translation>eine Wiederherstellung von {name} wurde unterbrochen, als die Sicherung schon eingesetzt war; sie ist abgeschlossen, und die vorherige Datenbank ist als {kept} aufbewahrt</translation>
        </message>
        <message>
            <source>a restore of {name} was interrupted after the backup was in place; it is finished</source>
            <translation>eine Wiederherstellung von {name} wurde unterbrochen, als die Sicherung schon eingesetzt war; sie ist abgeschlossen</translation>
        </message>
        <message>
            <source>a restore of {name} was interrupted; the previous database is back</source>
            <translation>eine Wiederherstellung von {name} wurde unterbrochen; die vorherige Datenbank ist wieder da</translation>
        </message>
        <message>
            <source>a restore of {name} was interrupted before the backup was in place; it was undone and the database is as it was (restore again to replace it)</source>
            <translation>eine Wiederherstellung von {name} wurde unterbrochen, bevor die Sicherung eingesetzt war; sie wurde rückgängig gemacht und die Datenbank ist unverändert (stelle erneut wieder her, um sie zu ersetzen)</translation>
        </message>
    </context>
    <context>
        <name>core.store.claims</name>
        <message>
            <source>this workout is open on another machine; finish or close it there to go on here</source>
            <translation>dieses Training ist auf einem anderen Rechner geöffnet; beende oder schließe es dort, um hier weiterzumachen</translation>
        </message>
    </context>
    <context>
        <name>core.store.db</name>
        <message>
            <source>this is a PostgreSQL database, not a file</source>
            <translation>das ist eine PostgreSQL-Datenbank, keine Datei</translation>
        </message>
        <message>
            <source>no such database file</source>
            <translation>Datenbankdatei existiert nicht</translation>
        </message>
        <message>
            <source>the copy could not leave WAL mode</source>
            <translation>die Kopie konnte den WAL-Modus nicht verlassen</translation>
        </message>
        <message>
            <source>a folder</source>
            <translation>ein Ordner</translation>
        </message>
        <message>
            <source>a FIFO (named pipe)</source>
            <translation>ein FIFO (Named Pipe)</translation>
        </message>
        <message>
            <source>a device</source>
            <translation>ein Gerät</translation>
        </message>
        <message>
            <source>a socket</source>
            <translation>ein Socket</translation>
        </message>
        <message>
            <source>not a regular file</source>
            <translation>eine Sonderdatei</translation>
        </message>
        <message>
            <source>this is a link to {target}, which does not exist</source>
            <translation>das ist ein Link auf {target}, und das Ziel existiert nicht</translation>
        </message>
        <message>
            <source>the file cannot be reached (permission denied)</source>
            <translation>die Datei ist nicht erreichbar (Zugriff verweigert)</translation>
        </message>
        <message>
            <source>this path cannot be used ({reason})</source>
            <translation>dieser Pfad kann nicht verwendet werden ({reason})</translation>
        </message>
        <message>
            <source>this is a folder, not a database file</source>
            <translation>das ist ein Ordner, keine Datenbankdatei</translation>
        </message>
        <message>
            <source>this is {kind}, not a database file</source>
            <translation>das ist {kind}, keine Datenbankdatei</translation>
        </message>
        <message>
            <source>its {name} is {kind}, not a file SQLite can use</source>
            <translation>die zugehörige {name} ist {kind}, keine Datei, die SQLite verwenden kann</translation>
        </message>
        <message>
            <source>its -wal cannot be read ({reason})</source>
            <translation>ihre -wal-Datei kann nicht gelesen werden ({reason})</translation>
        </message>
        <message>
            <source>its -wal is not valid and SQLite would discard it, but no copy could be kept ({reason}); nothing was changed</source>
            <translation>ihre -wal-Datei ist ungültig und SQLite würde sie verwerfen, aber es konnte keine Kopie aufbewahrt werden ({reason}); nichts wurde geändert</translation>
        </message>
        <message>
            <source>this SQLite file is not a Backline database (unreadable alembic_version)</source>
            <translation>diese SQLite-Datei ist keine Backline-Datenbank (alembic_version unlesbar)</translation>
        </message>
        <message>
            <source>this SQLite file is not a Backline database (several schema revisions)</source>
            <translation>diese SQLite-Datei ist keine Backline-Datenbank (mehrere Schema-Revisionen)</translation>
        </message>
        <message>
            <source>this SQLite file is not a Backline database (it holds {names})</source>
            <translation>diese SQLite-Datei ist keine Backline-Datenbank (sie enthält {names})</translation>
        </message>
        <message>
            <source>this SQLite file is not a Backline database (another program's schema, revision {revision})</source>
            <translation>diese SQLite-Datei ist keine Backline-Datenbank (Schema eines anderen Programms, Revision {revision})</translation>
        </message>
        <message>
            <source>this SQLite file is not a Backline database (it also holds {name}, which Backline does not make)</source>
            <translation>diese SQLite-Datei ist keine Backline-Datenbank (sie enthält auch {name}, das Backline nicht anlegt)</translation>
        </message>
        <message>
            <source>this SQLite file is not a Backline database (no table {table})</source>
            <translation>diese SQLite-Datei ist keine Backline-Datenbank (keine Tabelle {table})</translation>
        </message>
        <message>
            <source>this SQLite file is not a Backline database (table {table} has no column {column})</source>
            <translation>diese SQLite-Datei ist keine Backline-Datenbank (Tabelle {table} hat keine Spalte {column})</translation>
        </message>
        <message>
            <source>this SQLite file is not a Backline database at schema {revision} (table {table} has a column {column} that schema does not)</source>
            <translation>diese SQLite-Datei ist keine Backline-Datenbank mit Schema {revision} (Tabelle {table} hat eine Spalte {column}, die dieses Schema nicht hat)</translation>
        </message>
        <message>
            <source>the database was written by a newer version of Backline (schema {revision}); update the app to open it</source>
            <translation>die Datenbank wurde von einer neueren Backline-Version geschrieben (Schema {revision}); aktualisiere die App, um sie zu öffnen</translation>
        </message>
        <message>
            <source>the database is damaged ({reason})</source>
            <translation>die Datenbank ist beschädigt ({reason})</translation>
        </message>
        <message>
            <source>the file cannot be read (permission denied)</source>
            <translation>die Datei kann nicht gelesen werden (Zugriff verweigert)</translation>
        </message>
        <message>
            <source>the file cannot be read ({reason})</source>
            <translation>die Datei kann nicht gelesen werden ({reason})</translation>
        </message>
        <message>
            <source>this file is not a Backline database (not SQLite)</source>
            <translation>diese Datei ist keine Backline-Datenbank (kein SQLite)</translation>
        </message>
        <message>
            <source>the database file is truncated</source>
            <translation>die Datenbankdatei ist abgeschnitten</translation>
        </message>
        <message>
            <source>the database cannot be opened ({reason})</source>
            <translation>die Datenbank kann nicht geöffnet werden ({reason})</translation>
        </message>
        <message>
            <source>another program is using the database</source>
            <translation>ein anderes Programm verwendet die Datenbank</translation>
        </message>
        <message>
            <source>its folder is read-only and it has a -wal, so it cannot be read safely</source>
            <translation>ihr Ordner ist schreibgeschützt und sie hat eine -wal-Datei, daher kann sie nicht sicher gelesen werden</translation>
        </message>
        <message>
            <source>the database cannot be read ({reason})</source>
            <translation>die Datenbank kann nicht gelesen werden ({reason})</translation>
        </message>
        <message>
            <source>the folder is not writable, so a database cannot be created there</source>
            <translation>der Ordner ist nicht beschreibbar, daher kann dort keine Datenbank angelegt werden</translation>
        </message>
        <message>
            <source>the database file or its folder is read-only</source>
            <translation>die Datenbankdatei oder ihr Ordner ist schreibgeschützt</translation>
        </message>
        <message>
            <source>{name}-wal was not a valid write-ahead log for this database, so SQLite ignores it; a copy was kept as {kept}</source>
            <translation>{name}-wal war kein gültiges Write-Ahead-Log für diese Datenbank, daher ignoriert SQLite es; eine Kopie wurde als {kept} aufbewahrt</translation>
        </message>
        <message>
            <source>another program is writing to the database</source>
            <translation>ein anderes Programm schreibt in die Datenbank</translation>
        </message>
        <message>
            <source>the database file is read-only</source>
            <translation>die Datenbankdatei ist schreibgeschützt</translation>
        </message>
        <message>
            <source>the database cannot be written ({reason})</source>
            <translation>in die Datenbank kann nicht geschrieben werden ({reason})</translation>
        </message>
        <message>
            <source>the server went away while migrating: {reason}</source>
            <translation>die Verbindung zum Server brach während der Migration ab: {reason}</translation>
        </message>
        <message>
            <source>its folder cannot be created ({reason})</source>
            <translation>ihr Ordner kann nicht angelegt werden ({reason})</translation>
        </message>
    </context>
    <context>
        <name>core.store.location</name>
        <message>
            <source>SQLite file {path}</source>
            <translation>SQLite-Datei {path}</translation>
        </message>
        <message>
            <source>local socket</source>
            <translation>lokaler Socket</translation>
        </message>
        <message>
            <source>PostgreSQL {name} on {host} ({user})</source>
            <translation>PostgreSQL {name} auf {host} ({user})</translation>
        </message>
        <message>
            <source>PostgreSQL {name} on {host}</source>
            <translation>PostgreSQL {name} auf {host}</translation>
        </message>
        <message>
            <source>{url}: more than one '@' before the host (write an '@' in a name as %40, and leave the password out: {places})</source>
            <translation>{url}: mehr als ein '@' vor dem Host (schreibe ein '@' in einem Namen als %40 und lass das Passwort weg: {places})</translation>
        </message>
        <message>
            <source>{url}: a sqlite URL needs a file (sqlite:///path/to/file.db)</source>
            <translation>{url}: eine sqlite-URL braucht eine Datei (sqlite:///path/to/file.db)</translation>
        </message>
        <message>
            <source>{url}: not a database Backline can use (a SQLite path, or postgresql+psycopg://user@host/dbname)</source>
            <translation>{url}: keine Datenbank, die Backline verwenden kann (ein SQLite-Pfad oder postgresql+psycopg://user@host/dbname)</translation>
        </message>
        <message>
            <source>{url}: the URL names no database (…/dbname at its end)</source>
            <translation>{url}: die URL nennt keine Datenbank (…/dbname am Ende)</translation>
        </message>
        <message>
            <source>{url}: not a URL SQLAlchemy can read</source>
            <translation>{url}: keine URL, die SQLAlchemy lesen kann</translation>
        </message>
        <message>
            <source>{name}: spaces at the start or end of a database's name</source>
            <translation>{name}: Leerzeichen am Anfang oder Ende des Datenbanknamens</translation>
        </message>
        <message>
            <source>:memory:: the log must be kept in a file (give a path)</source>
            <translation>:memory:: das Trainingsprotokoll muss in einer Datei liegen (gib einen Pfad an)</translation>
        </message>
        <message>
            <source>{url}: looks like a mistyped URL (postgresql+psycopg://user@host/dbname, or sqlite:///path/to/file.db)</source>
            <translation>{url}: sieht nach einer vertippten URL aus (postgresql+psycopg://user@host/dbname oder sqlite:///path/to/file.db)</translation>
        </message>
        <message>
            <source>~/.pgpass, a libpq service file or PGPASSWORD</source>
            <translation>~/.pgpass, eine libpq-Dienstdatei oder PGPASSWORD</translation>
        </message>
        <message>
            <source>not UTF-8 text</source>
            <translation>kein UTF-8-Text</translation>
        </message>
        <message>
            <source>{path}: the saved database choice cannot be read ({reason})</source>
            <translation>{path}: die gespeicherte Datenbankwahl kann nicht gelesen werden ({reason})</translation>
        </message>
        <message>
            <source>{path}: not a saved database choice (delete the file to use the local database)</source>
            <translation>{path}: keine gespeicherte Datenbankwahl (lösche die Datei, um die lokale Datenbank zu verwenden)</translation>
        </message>
        <message>
            <source>{url}: leave the password out of the URL; put it in {places}</source>
            <translation>{url}: lass das Passwort aus der URL weg; lege es in {places} ab</translation>
        </message>
    </context>
    <context>
        <name>core.store.lock</name>
        <message>
            <source>Backline is open with this database (pid {pid}); close it first</source>
            <translation>Backline ist mit dieser Datenbank geöffnet (PID {pid}); schließe es zuerst</translation>
        </message>
        <message>
            <source>Backline is open with this database; close it first</source>
            <translation>Backline ist mit dieser Datenbank geöffnet; schließe es zuerst</translation>
        </message>
        <message>
            <source>the lock file {name} cannot be used ({reason})</source>
            <translation>die Sperrdatei {name} kann nicht verwendet werden ({reason})</translation>
        </message>
        <message>
            <source>the lock file {name} is not a regular file</source>
            <translation>die Sperrdatei {name} ist keine normale Datei</translation>
        </message>
        <message>
            <source>the lock cannot be taken ({reason})</source>
            <translation>die Sperre kann nicht gesetzt werden ({reason})</translation>
        </message>
    </context>
    <context>
        <name>core.store.outputs</name>
        <message>
            <source>disk full</source>
            <translation>Datenträger voll</translation>
        </message>
        <message>
            <source>disk quota exceeded</source>
            <translation>Speicherkontingent überschritten</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>Zugriff verweigert</translation>
        </message>
        <message>
            <source>read-only file system</source>
            <translation>schreibgeschütztes Dateisystem</translation>
        </message>
        <message>
            <source>no such folder</source>
            <translation>Ordner existiert nicht</translation>
        </message>
        <message>
            <source>a part of the path is not a folder</source>
            <translation>ein Teil des Pfads ist kein Ordner</translation>
        </message>
        <message>
            <source>this is a folder</source>
            <translation>das ist ein Ordner</translation>
        </message>
        <message>
            <source>the name is too long</source>
            <translation>der Name ist zu lang</translation>
        </message>
        <message>
            <source>input/output error</source>
            <translation>Ein-/Ausgabefehler</translation>
        </message>
        <message>
            <source>the file cannot be created there</source>
            <translation>die Datei kann dort nicht angelegt werden</translation>
        </message>
        <message>
            <source>the path cannot be followed ({reason})</source>
            <translation>dem Pfad kann nicht gefolgt werden ({reason})</translation>
        </message>
        <message>
            <source>this is the open database (or its -wal/-shm or lock file); choose another file</source>
            <translation>das ist die geöffnete Datenbank (oder ihre -wal-/-shm- oder Sperrdatei); wähle eine andere Datei</translation>
        </message>
        <message>
            <source>this is a folder; give a file name</source>
            <translation>das ist ein Ordner; gib einen Dateinamen an</translation>
        </message>
        <message>
            <source>this is not a regular file</source>
            <translation>das ist keine normale Datei</translation>
        </message>
        <message>
            <source>the file already exists (use --force to replace it)</source>
            <translation>die Datei existiert bereits (mit --force ersetzen)</translation>
        </message>
        <message>
            <source>not in a folder</source>
            <translation>nicht in einem Ordner</translation>
        </message>
        <message>
            <source>no file can be created there</source>
            <translation>dort kann keine Datei angelegt werden</translation>
        </message>
    </context>
    <context>
        <name>core.store.postgres</name>
        <message>
            <source>psycopg is not installed (pip install 'backline[postgres]')</source>
            <translation>psycopg ist nicht installiert (pip install 'backline[postgres]')</translation>
        </message>
        <message>
            <source>this database is not a Backline database (several revisions)</source>
            <translation>diese Datenbank ist keine Backline-Datenbank (mehrere Revisionen)</translation>
        </message>
        <message>
            <source>the server cannot be reached: {reason}</source>
            <translation>der Server ist nicht erreichbar: {reason}</translation>
        </message>
        <message>
            <source>the database cannot be read: {reason}</source>
            <translation>die Datenbank kann nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>this database is not a Backline database (it holds {names})</source>
            <translation>diese Datenbank ist keine Backline-Datenbank (sie enthält {names})</translation>
        </message>
        <message>
            <source>this database is not a Backline database (revision {revision})</source>
            <translation>diese Datenbank ist keine Backline-Datenbank (Revision {revision})</translation>
        </message>
        <message>
            <source>this database is not a Backline database (it also holds {name}, which Backline does not make)</source>
            <translation>diese Datenbank ist keine Backline-Datenbank (sie enthält auch {name}, das Backline nicht anlegt)</translation>
        </message>
        <message>
            <source>this is not a Backline database (no table {table})</source>
            <translation>das ist keine Backline-Datenbank (keine Tabelle {table})</translation>
        </message>
        <message>
            <source>this is not a Backline database (table {table} has no column {column})</source>
            <translation>das ist keine Backline-Datenbank (Tabelle {table} hat keine Spalte {column})</translation>
        </message>
        <message>
            <source>this is not a Backline database at schema {revision} (table {table} has a column {column} that schema does not)</source>
            <translation>das ist keine Backline-Datenbank mit Schema {revision} (Tabelle {table} hat eine Spalte {column}, die dieses Schema nicht hat)</translation>
        </message>
    </context>
    <context>
        <name>core.store.settings</name>
        <message>
            <source>{choices} or {choice}</source>
            <translation>{choices} oder {choice}</translation>
        </message>
        <message>
            <source>must be {choices}</source>
            <translation>muss {choices} sein</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>muss true oder false sein</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>muss Text sein</translation>
        </message>
    </context>
    <context>
        <name>core.units</name>
        <message>
            <source>unknown weight unit {unit}</source>
            <translation>unbekannte Gewichtseinheit {unit}</translation>
        </message>
        <message>
            <source>unknown length unit {unit}</source>
            <translation>unbekannte Längeneinheit {unit}</translation>
        </message>
    </context>
    <context>
        <name>core.version</name>
        <message>
            <source>{version} (not installed: run `pip install .`)</source>
            <translation>{version} (nicht installiert: führe `pip install .` aus)</translation>
        </message>
    </context>
    <context>
        <name>core.workout.log</name>
        <message>
            <source>(L)</source>
            <translation>(L)</translation>
        </message>
        <message>
            <source>(R)</source>
            <translation>(R)</translation>
        </message>
        <message>
            <source>enter the reps done or the seconds held</source>
            <translation>gib die geschafften Wiederholungen oder die gehaltenen Sekunden ein</translation>
        </message>
        <message>
            <source>must be left, right or none</source>
            <translation>muss links, rechts oder leer sein</translation>
        </message>
        <message>
            <source>must be 1 or more</source>
            <translation>muss 1 oder mehr sein</translation>
        </message>
        <message>
            <source>must be one of {choices}</source>
            <translation>muss einer dieser Werte sein: {choices}</translation>
        </message>
        <message>
            <source>Weekly target met: {done} of {span} sessions this week; up to {more} more if you like.</source>
            <translation>Wochenziel erreicht: {done} von {span} Trainings diese Woche; bis zu {more} weitere, wenn du möchtest.</translation>
        </message>
        <message>
            <source>Weekly target met: {done} of {span} sessions this week.</source>
            <translation>Wochenziel erreicht: {done} von {span} Trainings diese Woche.</translation>
        </message>
        <message>
            <source>{done} of {span} sessions of {routine} this week: {left} more to go.</source>
            <translation>{done} von {span} Trainings mit {routine} diese Woche: noch {left}.</translation>
        </message>
    </context>
    <context>
        <name>core.workout.plan</name>
        <message>
            <source>Workout</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>no exercises yet</source>
            <translation>noch keine Übungen</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s)</source>
            <translation>
                <numerusform>%n Übung</numerusform>
                <numerusform>%n Übungen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>core.workout.player</name>
        <message>
            <source>Set done</source>
            <translation>Satz erledigt</translation>
        </message>
        <message>
            <source>Halfway</source>
            <translation>Halbzeit</translation>
        </message>
    </context>
    <context>
        <name>core.workout.run</name>
        <message>
            <source>there is no set to confirm now</source>
            <translation>gerade ist kein Satz zu bestätigen</translation>
        </message>
    </context>
    <context>
        <name>core.workout.speech</name>
        <message>
            <source>three</source>
            <translation>drei</translation>
        </message>
        <message>
            <source>two</source>
            <translation>zwei</translation>
        </message>
        <message>
            <source>one</source>
            <translation>eins</translation>
        </message>
        <message>
            <source>Halfway</source>
            <translation>Halbzeit</translation>
        </message>
        <message>
            <source>Workout complete</source>
            <translation>Training abgeschlossen</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>Entspannen</translation>
        </message>
        <message>
            <source>Get ready. First: {name}</source>
            <translation>Mach dich bereit. Zuerst: {name}</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Mach dich bereit</translation>
        </message>
        <message>
            <source>Switch sides: {side}</source>
            <translation>Seite wechseln: {side}</translation>
        </message>
        <message>
            <source>Switch sides</source>
            <translation>Seite wechseln</translation>
        </message>
        <message>
            <source>Rest, {time}. Next: {name}</source>
            <translation>Pause, {time}. Als Nächstes: {name}</translation>
        </message>
        <message>
            <source>Rest, {time}</source>
            <translation>Pause, {time}</translation>
        </message>
        <message>
            <source>Next: {name}</source>
            <translation>Als Nächstes: {name}</translation>
        </message>
        <message>
            <source>round {number} of {total}</source>
            <translation>Runde {number} von {total}</translation>
        </message>
        <message>
            <source>set {number} of {total}</source>
            <translation>Satz {number} von {total}</translation>
        </message>
        <message>
            <source>rep {number} of {total}</source>
            <translation>Wiederholung {number} von {total}</translation>
        </message>
        <message>
            <source>{name}, left side</source>
            <translation>{name}, linke Seite</translation>
        </message>
        <message>
            <source>{name}, right side</source>
            <translation>{name}, rechte Seite</translation>
        </message>
        <message>
            <source>{position}, hold {target}</source>
            <translation>{position}, {target} halten</translation>
        </message>
        <message>
            <source>{position}, hold</source>
            <translation>{position} halten</translation>
        </message>
        <message>
            <source>hold {target}</source>
            <translation>{target} halten</translation>
        </message>
        <message>
            <source>hold</source>
            <translation>halten</translation>
        </message>
    </context>
    <context>
        <name>core.workout.steps</name>
        <message>
            <source>left</source>
            <translation>links</translation>
        </message>
        <message>
            <source>right</source>
            <translation>rechts</translation>
        </message>
        <message>
            <source>Get ready — {name}</source>
            <translation>Mach dich bereit — {name}</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Mach dich bereit</translation>
        </message>
        <message>
            <source>Workout complete</source>
            <translation>Training abgeschlossen</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>Entspannen</translation>
        </message>
        <message>
            <source>Switch sides — {side}</source>
            <translation>Seite wechseln — {side}</translation>
        </message>
        <message>
            <source>Switch sides</source>
            <translation>Seite wechseln</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Halten</translation>
        </message>
        <message>
            <source>Hold: {position} {number} of {total}</source>
            <translation>Halten: {position} {number} von {total}</translation>
        </message>
        <message>
            <source>round {number} of {total}</source>
            <translation>Runde {number} von {total}</translation>
        </message>
        <message>
            <source>set {number} of {total}</source>
            <translation>Satz {number} von {total}</translation>
        </message>
        <message>
            <source>rep {number} of {total}</source>
            <translation>Wiederholung {number} von {total}</translation>
        </message>
        <message>
            <source>{minutes} minutes</source>
            <translation>{minutes} Minuten</translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n Sekunde</numerusform>
                <numerusform>%n Sekunden</numerusform>
            </translation>
        </message>
        <message>
            <source>as long as you can, at least {time}</source>
            <translation>so lange du kannst, mindestens {time}</translation>
        </message>
        <message>
            <source>as long as you can</source>
            <translation>so lange du kannst</translation>
        </message>
        <message>
            <source>{low} to {high} reps</source>
            <translation>{low} bis {high} Wiederholungen</translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n Wiederholung</numerusform>
                <numerusform>%n Wiederholungen</numerusform>
            </translation>
        </message>
        <message>
            <source>Get ready. First: {name}</source>
            <translation>Mach dich bereit. Zuerst: {name}</translation>
        </message>
        <message>
            <source>Rest, {time}. Next: {name}</source>
            <translation>Pause, {time}. Als Nächstes: {name}</translation>
        </message>
        <message>
            <source>Rest, {time}</source>
            <translation>Pause, {time}</translation>
        </message>
        <message>
            <source>Switch sides: {side}</source>
            <translation>Seite wechseln: {side}</translation>
        </message>
    </context>
    <context>
        <name>ui.app</name>
        <message>
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgelaufen</translation>
        </message>
        <message>
            <source>{error}

What you saved is safe. Details were written to the terminal.</source>
            <translation>{error}

Was du gespeichert hast, ist sicher. Die Details stehen im Terminal.</translation>
        </message>
        <message>
            <source>Opening {store}…</source>
            <translation>{store} wird geöffnet…</translation>
        </message>
        <message>
            <source>Backline cannot start</source>
            <translation>Backline kann nicht starten</translation>
        </message>
        <message>
            <source>Backline is already running</source>
            <translation>Backline läuft bereits</translation>
        </message>
        <message>
            <source>{problem}

Switch to that window, or wait for the import or restore to finish.</source>
            <translation>{problem}

Wechsle zu diesem Fenster oder warte, bis der Import oder die Wiederherstellung fertig ist.</translation>
        </message>
        <message>
            <source>backline: automatic backup failed: {error}</source>
            <translation>backline: automatische Sicherung fehlgeschlagen: {error}</translation>
        </message>
        <message>
            <source>{store} could not be used</source>
            <translation>{store} konnte nicht verwendet werden</translation>
        </message>
        <message>
            <source>Restore failed</source>
            <translation>Wiederherstellung fehlgeschlagen</translation>
        </message>
        <message>
            <source>A shared database is restored with File &gt; Restore a backup (a Backline JSON backup), not by replacing a file.</source>
            <translation>Eine gemeinsame Datenbank stellst du über Datei &gt; JSON-Sicherung in die gemeinsame Datenbank wiederherstellen… (aus einer Backline-JSON-Sicherung) wieder her, nicht durch Ersetzen einer Datei.</translation>
        </message>
        <message>
            <source>{problem}; the window shows English</source>
            <translation>{problem}; das Fenster zeigt Englisch</translation>
        </message>
    </context>
    <context>
        <name>ui.appearance_settings</name>
        <message>
            <source>Follow the system</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Darstellung</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Farbschema</translation>
        </message>
        <message>
            <source>Colours of every window and chart; follow the system, light or dark</source>
            <translation>Farben aller Fenster und Diagramme: wie das System, hell oder dunkel</translation>
        </message>
        <message>
            <source>Light or dark colours, or whichever the system uses</source>
            <translation>Helle oder dunkle Farben, oder die des Systems</translation>
        </message>
        <message>
            <source>Th&amp;eme:</source>
            <translation>&amp;Farbschema:</translation>
        </message>
        <message>
            <source>Shown now, but not saved: the database is not open yet.</source>
            <translation>Jetzt angezeigt, aber nicht gespeichert: Die Datenbank ist noch nicht geöffnet.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <source>Theme not saved: {reason}</source>
            <translation>Farbschema nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Follow the system ({language})</source>
            <translation>Wie das System ({language})</translation>
        </message>
        <message>
            <source>The language of Backline's words, numbers and dates; applies at the next start</source>
            <translation>Die Sprache von Backlines Texten, Zahlen und Datumsangaben; gilt ab dem nächsten Start</translation>
        </message>
        <message>
            <source>The language Backline speaks from the next start on, or the system's</source>
            <translation>Die Sprache, die Backline ab dem nächsten Start spricht, oder die des Systems</translation>
        </message>
        <message>
            <source>Lan&amp;guage:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>Language not saved: {reason}</source>
            <translation>Sprache nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <source>Applies at the next start.</source>
            <translation>Gilt ab dem nächsten Start.</translation>
        </message>
    </context>
    <context>
        <name>ui.body.fields</name>
        <message>
            <source>{field} {problem}</source>
            <translation>{field} {problem}</translation>
        </message>
    </context>
    <context>
        <name>ui.body.measurements</name>
        <message>
            <source>No body weight logged yet</source>
            <translation>Noch kein Körpergewicht erfasst</translation>
        </message>
        <message>
            <source>%Y-%m-%d</source>
            <translation>%d.%m.%Y</translation>
        </message>
        <message>
            <source>Weight:</source>
            <translation>Gewicht:</translation>
        </message>
        <message>
            <source>Waist:</source>
            <translation>Taille:</translation>
        </message>
        <message>
            <source>Hips:</source>
            <translation>Hüfte:</translation>
        </message>
        <message>
            <source>Thigh:</source>
            <translation>Oberschenkel:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Notiz:</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Gewicht</translation>
        </message>
        <message>
            <source>Waist</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Hips</source>
            <translation>Hüfte</translation>
        </message>
        <message>
            <source>Thigh</source>
            <translation>Oberschenkel</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>Trend</translation>
        </message>
        <message>
            <source>Body weight</source>
            <translation>Körpergewicht</translation>
        </message>
        <message>
            <source>The chart appears when the tab is shown.</source>
            <translation>Das Diagramm erscheint, sobald der Tab angezeigt wird.</translation>
        </message>
        <message>
            <source>Log a measurement</source>
            <translation>Messung erfassen</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation>dd.MM.yyyy</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Datum:</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Add the measurement (Ctrl+Return)</source>
            <translation>Messung hinzufügen (Strg+Eingabe)</translation>
        </message>
        <message>
            <source>Cancel edit</source>
            <translation>Bearbeiten abbrechen</translation>
        </message>
        <message>
            <source>Leave the measurement unchanged (Esc)</source>
            <translation>Messung unverändert lassen (Esc)</translation>
        </message>
        <message>
            <source>Measurements</source>
            <translation>Messungen</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Bearbeiten</translation>
        </message>
        <message>
            <source>Load the selected measurement into the form (Enter)</source>
            <translation>Ausgewählte Messung ins Formular laden (Eingabe)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete the selected measurement (Delete)</source>
            <translation>Ausgewählte Messung löschen (Entf)</translation>
        </message>
        <message>
            <source>in {unit}</source>
            <translation>in {unit}</translation>
        </message>
        <message>
            <source>Not saved.</source>
            <translation>Nicht gespeichert.</translation>
        </message>
        <message>
            <source>That measurement was deleted meanwhile; not saved.</source>
            <translation>Diese Messung wurde inzwischen gelöscht; nicht gespeichert.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <source>Changes saved.</source>
            <translation>Änderungen gespeichert.</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Änderungen speichern</translation>
        </message>
        <message>
            <source>Save the changed measurement (Ctrl+Return)</source>
            <translation>Geänderte Messung speichern (Strg+Eingabe)</translation>
        </message>
        <message>
            <source>Edit the measurement of {date}</source>
            <translation>Messung vom {date} bearbeiten</translation>
        </message>
        <message>
            <source>measurement of {date}</source>
            <translation>Messung vom {date}</translation>
        </message>
        <message>
            <source>Deleted.</source>
            <translation>Gelöscht.</translation>
        </message>
    </context>
    <context>
        <name>ui.body.plan_panel</name>
        <message>
            <source>Female</source>
            <translation>Weiblich</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Männlich</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Kennzahl</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Berechnung</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Daily deficit below maintenance: {low} to {high} kcal ({source})</source>
            <translation>Tägliches Defizit unter dem Erhaltungsbedarf: {low} bis {high} kcal ({source})</translation>
        </message>
        <message>
            <source>years</source>
            <translation>Jahre</translation>
        </message>
        <message>
            <source>Sex:</source>
            <translation>Geschlecht:</translation>
        </message>
        <message>
            <source>Age:</source>
            <translation>Alter:</translation>
        </message>
        <message>
            <source>Height:</source>
            <translation>Größe:</translation>
        </message>
        <message>
            <source>Activity:</source>
            <translation>Aktivität:</translation>
        </message>
        <message>
            <source>Deficit:</source>
            <translation>Defizit:</translation>
        </message>
        <message>
            <source>in years</source>
            <translation>in Jahren</translation>
        </message>
        <message>
            <source>Update plan</source>
            <translation>Plan aktualisieren</translation>
        </message>
        <message>
            <source>Save these inputs and work the plan out again (Return)</source>
            <translation>Diese Angaben speichern und den Plan neu berechnen (Eingabe)</translation>
        </message>
        <message>
            <source>The plan's figures</source>
            <translation>Die Werte des Plans</translation>
        </message>
        <message>
            <source>Estimates to start from, not medical advice. Figures marked “our default” are standard values the articles do not give.</source>
            <translation>Schätzwerte als Ausgangspunkt, keine medizinische Beratung. Mit „unser Standardwert“ markierte Werte sind übliche Werte, die die Artikel nicht nennen.</translation>
        </message>
        <message>
            <source>log weigh-ins on the left and calories in the Today tab</source>
            <translation>erfasse links dein Gewicht und im Tab „Heute“ deine Kalorien</translation>
        </message>
        <message>
            <source>in {unit}</source>
            <translation>in {unit}</translation>
        </message>
        <message>
            <source>Using your latest weight, {weight}.</source>
            <translation>Mit deinem letzten Gewicht, {weight}.</translation>
        </message>
        <message>
            <source>Log a body weight on the left to see calories and protein.</source>
            <translation>Erfasse links ein Körpergewicht, um Kalorien und Eiweiß zu sehen.</translation>
        </message>
        <message>
            <source>Plan inputs not saved.</source>
            <translation>Plan-Angaben nicht gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>ui.cues</name>
        <message>
            <source>The voice is starting…</source>
            <translation>Die Stimme startet…</translation>
        </message>
        <message>
            <source>speech is off</source>
            <translation>Sprachausgabe ist aus</translation>
        </message>
        <message>
            <source>Sound check.</source>
            <translation>Soundcheck.</translation>
        </message>
        <message>
            <source>No text-to-speech engine is installed.</source>
            <translation>Es ist keine Sprachausgabe installiert.</translation>
        </message>
        <message>
            <source>Text-to-speech engine '{name}' failed: {detail}.</source>
            <translation>Die Sprachausgabe '{name}' ist fehlgeschlagen: {detail}.</translation>
        </message>
        <message>
            <source>QtTextToSpeech could not be loaded ({error}).</source>
            <translation>QtTextToSpeech konnte nicht geladen werden ({error}).</translation>
        </message>
        <message>
            <source>QtMultimedia could not be loaded ({error}); cues are silent.</source>
            <translation>QtMultimedia konnte nicht geladen werden ({error}); Signaltöne bleiben stumm.</translation>
        </message>
        <message>
            <source>No audio output device was found; cues are silent.</source>
            <translation>Kein Audioausgabegerät gefunden; Signaltöne bleiben stumm.</translation>
        </message>
        <message>
            <source>Sound files are missing from {folder}: {names}.</source>
            <translation>In {folder} fehlen Tondateien: {names}.</translation>
        </message>
        <message>
            <source>Voice: {engine}</source>
            <translation>Stimme: {engine}</translation>
        </message>
        <message>
            <source>No text-to-speech engine: cues are beeps only</source>
            <translation>Keine Sprachausgabe: Signale nur als Pieptöne</translation>
        </message>
        <message>
            <source>{reason} Cues are beeps only.</source>
            <translation>{reason} Signale nur als Pieptöne.</translation>
        </message>
        <message>
            <source>Voice is off: cues are beeps only (installed: {engines})</source>
            <translation>Stimme ist aus: Signale nur als Pieptöne (installiert: {engines})</translation>
        </message>
        <message>
            <source>Text-to-speech engine '{name}' is not installed (available: {engines}).</source>
            <translation>Die Sprachausgabe '{name}' ist nicht installiert (verfügbar: {engines}).</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>The speech service did not answer within {seconds} s.</source>
            <translation>Der Sprachdienst hat nicht innerhalb von {seconds} s geantwortet.</translation>
        </message>
        <message>
            <source>The voice could not start ({error}).</source>
            <translation>Die Stimme konnte nicht starten ({error}).</translation>
        </message>
        <message>
            <source>The voice stopped (exit status {code}).</source>
            <translation>Die Stimme wurde beendet (Exit-Status {code}).</translation>
        </message>
    </context>
    <context>
        <name>ui.data_actions</name>
        <message>
            <source>Workout exports</source>
            <translation>Trainingsexporte</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Alle Dateien</translation>
        </message>
        <message>
            <source>Backline JSON backups</source>
            <translation>Backline-JSON-Sicherungen</translation>
        </message>
        <message numerus="yes">
            <source>%n workout(s)</source>
            <translation>
                <numerusform>%n Training</numerusform>
                <numerusform>%n Trainings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n Satz</numerusform>
                <numerusform>%n Sätze</numerusform>
            </translation>
        </message>
        <message>
            <source>Import workouts</source>
            <translation>Trainings importieren</translation>
        </message>
        <message numerus="yes">
            <source>%n were already here.</source>
            <translation>
                <numerusform>%n war schon vorhanden.</numerusform>
                <numerusform>%n waren schon vorhanden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Import abgeschlossen</translation>
        </message>
        <message>
            <source>Imported {workouts} ({sets}). {skipped}</source>
            <translation>Importiert: {workouts} ({sets}). {skipped}</translation>
        </message>
        <message>
            <source>End the workout first: a Backline file is imported in one transaction that holds the database, and a set confirmed meanwhile could not be saved.</source>
            <translation>Beende zuerst das Training: Eine Backline-Datei wird in einer einzigen Transaktion importiert, die die Datenbank belegt, und ein in der Zwischenzeit bestätigter Satz könnte nicht gespeichert werden.</translation>
        </message>
        <message>
            <source>{file}: {reason}</source>
            <translation>{file}: {reason}</translation>
        </message>
        <message>
            <source>Import not started</source>
            <translation>Import nicht gestartet</translation>
        </message>
        <message numerus="yes">
            <source>%n routine(s)</source>
            <translation>
                <numerusform>%n Routine</numerusform>
                <numerusform>%n Routinen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measurement(s)</source>
            <translation>
                <numerusform>%n Messung</numerusform>
                <numerusform>%n Messungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n logged day(s)</source>
            <translation>
                <numerusform>%n erfasster Tag</numerusform>
                <numerusform>%n erfasste Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n target(s)</source>
            <translation>
                <numerusform>%n Ziel</numerusform>
                <numerusform>%n Ziele</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported {workouts} ({sets}), {routines}, {measurements}, {days} and {targets}.</source>
            <translation>Importiert: {workouts} ({sets}), {routines}, {measurements}, {days} und {targets}.</translation>
        </message>
        <message>
            <source>Import failed</source>
            <translation>Import fehlgeschlagen</translation>
        </message>
        <message>
            <source>{file}: {reason}
Nothing was imported.</source>
            <translation>{file}: {reason}
Es wurde nichts importiert.</translation>
        </message>
        <message>
            <source>a Backline import</source>
            <translation>ein Backline-Import</translation>
        </message>
        <message>
            <source>Export everything</source>
            <translation>Alles exportieren</translation>
        </message>
        <message>
            <source>Export history as CSV</source>
            <translation>Verlauf als CSV exportieren</translation>
        </message>
        <message>
            <source>Export finished</source>
            <translation>Export abgeschlossen</translation>
        </message>
        <message>
            <source>Exported {workouts} ({sets}) to {path}.</source>
            <translation>{workouts} ({sets}) nach {path} exportiert.</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <source>{reason}
Nothing was exported.</source>
            <translation>{reason}
Es wurde nichts exportiert.</translation>
        </message>
        <message>
            <source>Saved a backup to {path}. The database holds nothing you entered yet.</source>
            <translation>Sicherung in {path} gespeichert. Die Datenbank enthält noch nichts, was du eingegeben hast.</translation>
        </message>
        <message>
            <source>Saved a backup to {path}.</source>
            <translation>Sicherung in {path} gespeichert.</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Sicherung erstellt</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>Sicherung fehlgeschlagen</translation>
        </message>
        <message>
            <source>{reason}
No backup was made.</source>
            <translation>{reason}
Es wurde keine Sicherung erstellt.</translation>
        </message>
        <message>
            <source>Saved a backup of {database} to {path} (a Backline JSON export of one consistent moment).</source>
            <translation>Sicherung von {database} in {path} gespeichert (ein Backline-JSON-Export als stimmige Momentaufnahme).</translation>
        </message>
        <message>
            <source>No backups</source>
            <translation>Keine Sicherungen</translation>
        </message>
        <message>
            <source>There is no backup of this database yet.</source>
            <translation>Von dieser Datenbank gibt es noch keine Sicherung.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Replace the current data with this backup? The current database is kept beside it under a new name.</source>
            <translation>Die aktuellen Daten durch diese Sicherung ersetzen? Die aktuelle Datenbank wird unter neuem Namen daneben aufbewahrt.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Restore a JSON backup into the shared database</source>
            <translation>JSON-Sicherung in die gemeinsame Datenbank wiederherstellen</translation>
        </message>
        <message>
            <source>Restore not started</source>
            <translation>Wiederherstellung nicht gestartet</translation>
        </message>
        <message>
            <source>Add what {file} holds to {database}? Workouts already there are skipped and nothing is deleted; every machine using this database sees the result.</source>
            <translation>Den Inhalt von {file} zu {database} hinzufügen? Bereits vorhandene Trainings werden übersprungen und nichts wird gelöscht; jeder Rechner, der diese Datenbank nutzt, sieht das Ergebnis.</translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%n schon vorhanden</numerusform>
                <numerusform>%n schon vorhanden</numerusform>
            </translation>
        </message>
        <message>
            <source>Restore finished</source>
            <translation>Wiederherstellung abgeschlossen</translation>
        </message>
        <message>
            <source>Restored {file}: {workouts} ({sets}) added, {skipped}.</source>
            <translation>{file} wiederhergestellt: {workouts} ({sets}) hinzugefügt, {skipped}.</translation>
        </message>
        <message>
            <source>Restore failed</source>
            <translation>Wiederherstellung fehlgeschlagen</translation>
        </message>
        <message>
            <source>{file}: {reason}
Nothing was restored.</source>
            <translation>{file}: {reason}
Es wurde nichts wiederhergestellt.</translation>
        </message>
        <message>
            <source>a restore</source>
            <translation>eine Wiederherstellung</translation>
        </message>
        <message>
            <source>Database check</source>
            <translation>Datenbankprüfung</translation>
        </message>
        <message>
            <source>The database is sound.</source>
            <translation>Die Datenbank ist in Ordnung.</translation>
        </message>
        <message>
            <source>Problems found:
{problems}</source>
            <translation>Gefundene Probleme:
{problems}</translation>
        </message>
        <message>
            <source>{database} is a sound Backline database (schema revision {revision}).</source>
            <translation>{database} ist eine intakte Backline-Datenbank (Schema-Revision {revision}).</translation>
        </message>
    </context>
    <context>
        <name>ui.dialogs</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete “{name}”? This cannot be undone.</source>
            <translation>„{name}“ löschen? Das lässt sich nicht rückgängig machen.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>“{name}” has unsaved changes.</source>
            <translation>„{name}“ hat ungespeicherte Änderungen.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>Backline cannot open its database</source>
            <translation>Backline kann seine Datenbank nicht öffnen</translation>
        </message>
        <message>
            <source>Nothing has been changed or deleted. If you restore a backup or start a new database, the current file is kept beside it under a new name.</source>
            <translation>Es wurde nichts geändert oder gelöscht. Wenn du eine Sicherung wiederherstellst oder eine neue Datenbank anlegst, wird die aktuelle Datei unter neuem Namen daneben aufbewahrt.</translation>
        </message>
        <message>
            <source>Restore a backup…</source>
            <translation>Sicherung wiederherstellen…</translation>
        </message>
        <message>
            <source>Start a new database</source>
            <translation>Neue Datenbank anlegen</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>%Y-%m-%d %H:%M</source>
            <translation>%d.%m.%Y %H:%M</translation>
        </message>
        <message>
            <source>{taken}  ({size} KB)</source>
            <translation>{taken}  ({size} KB)</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Backup to restore:</source>
            <translation>Wiederherzustellende Sicherung:</translation>
        </message>
        <message>
            <source>Backline cannot reach the shared database</source>
            <translation>Backline erreicht die gemeinsame Datenbank nicht</translation>
        </message>
        <message>
            <source>Backline cannot use the shared database</source>
            <translation>Backline kann die gemeinsame Datenbank nicht verwenden</translation>
        </message>
        <message>
            <source>You can use the local database on this machine instead ({database}); what you log there stays on this machine. Nothing has been written to either database.</source>
            <translation>Du kannst stattdessen die lokale Datenbank auf diesem Rechner verwenden ({database}); was du dort erfasst, bleibt auf diesem Rechner. In keine der beiden Datenbanken wurde etwas geschrieben.</translation>
        </message>
        <message>
            <source>Use the local database</source>
            <translation>Lokale Datenbank verwenden</translation>
        </message>
    </context>
    <context>
        <name>ui.help</name>
        <message>
            <source>A workout companion: follow a routine set by set, with timers, cues and a log.</source>
            <translation>Dein Trainingsbegleiter: Folge einer Routine Satz für Satz, mit Timern, Signalen und Protokoll.</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>Überall</translation>
        </message>
        <message>
            <source>(no description)</source>
            <translation>(keine Beschreibung)</translation>
        </message>
        <message>
            <source>About Qt</source>
            <translation>Über Qt</translation>
        </message>
        <message>
            <source>{title} (title ours)</source>
            <translation>{title} (Titel von uns)</translation>
        </message>
        <message>
            <source>not installed</source>
            <translation>nicht installiert</translation>
        </message>
        <message>
            <source>About Backline</source>
            <translation>Über Backline</translation>
        </message>
        <message>
            <source>Backline {version}</source>
            <translation>Backline {version}</translation>
        </message>
        <message>
            <source>Free software under the {licence} licence.</source>
            <translation>Freie Software unter der {licence}-Lizenz.</translation>
        </message>
        <message>
            <source>none (see the start-up message)</source>
            <translation>keine (siehe die Meldung beim Start)</translation>
        </message>
        <message>
            <source>Open data folder</source>
            <translation>Datenordner öffnen</translation>
        </message>
        <message>
            <source>Show the folder with the database and its backups</source>
            <translation>Den Ordner mit der Datenbank und ihren Sicherungen anzeigen</translation>
        </message>
        <message>
            <source>Your data</source>
            <translation>Deine Daten</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Ordner:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Datenbank:</translation>
        </message>
        <message>
            <source>Exercises from these articles</source>
            <translation>Übungen aus diesen Artikeln</translation>
        </message>
        <message>
            <source>Built with</source>
            <translation>Erstellt mit</translation>
        </message>
        <message>
            <source>{name}:</source>
            <translation>{name}:</translation>
        </message>
        <message>
            <source>or</source>
            <translation>oder</translation>
        </message>
        <message>
            <source>window</source>
            <translation>Fenster</translation>
        </message>
        <message>
            <source>{tab}: {window}</source>
            <translation>{tab}: {window}</translation>
        </message>
        <message>
            <source>{menu} menu</source>
            <translation>Menü {menu}</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Taste</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Filter by key, action or tab…</source>
            <translation>Nach Taste, Aktion oder Tab filtern…</translation>
        </message>
        <message>
            <source>Filter shortcuts</source>
            <translation>Tastenkürzel filtern</translation>
        </message>
        <message>
            <source>By key, action or tab</source>
            <translation>Nach Taste, Aktion oder Tab</translation>
        </message>
    </context>
    <context>
        <name>ui.history.models</name>
        <message>
            <source>unfinished</source>
            <translation>nicht beendet</translation>
        </message>
        <message>
            <source>%a %d %b %Y  %H:%M</source>
            <translation>%a, %-d. %b %Y  %H:%M</translation>
        </message>
        <message>
            <source>warmup</source>
            <translation>Aufwärmsatz</translation>
        </message>
        <message>
            <source>dropset</source>
            <translation>Dropsatz</translation>
        </message>
        <message>
            <source>failure</source>
            <translation>bis zum Versagen</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Sets</source>
            <translation>Sätze</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volumen</translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n Wdh.</numerusform>
                <numerusform>%n Wdh.</numerusform>
            </translation>
        </message>
        <message>
            <source>{time} hold</source>
            <translation>{time} halten</translation>
        </message>
        <message>
            <source>Set {number} ({side})</source>
            <translation>Satz {number} ({side})</translation>
        </message>
        <message>
            <source>Set {number}</source>
            <translation>Satz {number}</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Übung</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Satz</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Geschafft</translation>
        </message>
        <message>
            <source>RPE</source>
            <translation>RPE</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
    </context>
    <context>
        <name>ui.history.tab</name>
        <message>
            <source>Past workouts, newest first; more load as you scroll</source>
            <translation>Vergangene Trainings, neueste zuerst; beim Scrollen werden weitere geladen</translation>
        </message>
        <message>
            <source>Past workouts</source>
            <translation>Vergangene Trainings</translation>
        </message>
        <message>
            <source>Sets of the chosen workout</source>
            <translation>Sätze des gewählten Trainings</translation>
        </message>
        <message>
            <source>Choose a workout to see its sets.</source>
            <translation>Wähle ein Training, um seine Sätze zu sehen.</translation>
        </message>
        <message>
            <source>Delete workout…</source>
            <translation>Training löschen…</translation>
        </message>
        <message>
            <source>Delete this workout and all its sets (Shift+Del)</source>
            <translation>Dieses Training mit allen Sätzen löschen (Umschalt+Entf)</translation>
        </message>
        <message>
            <source>Seconds</source>
            <translation>Sekunden</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>Wdh.</translation>
        </message>
        <message>
            <source>Reps done (empty for none)</source>
            <translation>Geschaffte Wiederholungen (leer: keine)</translation>
        </message>
        <message>
            <source>Weight used (empty: bodyweight)</source>
            <translation>Verwendetes Gewicht (leer: Körpergewicht)</translation>
        </message>
        <message>
            <source>Seconds held, or minutes of an activity</source>
            <translation>Gehaltene Sekunden oder Minuten einer Aktivität</translation>
        </message>
        <message>
            <source>RPE</source>
            <translation>RPE</translation>
        </message>
        <message>
            <source>Rate of perceived exertion, 1 to 10</source>
            <translation>Wahrgenommene Anstrengung, 1 bis 10</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>A note on this set</source>
            <translation>Eine Notiz zu diesem Satz</translation>
        </message>
        <message>
            <source>Save set</source>
            <translation>Satz speichern</translation>
        </message>
        <message>
            <source>Save the corrections to this set (Ctrl+Enter)</source>
            <translation>Die Korrekturen an diesem Satz speichern (Strg+Eingabe)</translation>
        </message>
        <message>
            <source>Delete set…</source>
            <translation>Satz löschen…</translation>
        </message>
        <message>
            <source>Delete the selected set (Del)</source>
            <translation>Den gewählten Satz löschen (Entf)</translation>
        </message>
        <message>
            <source>Selected set</source>
            <translation>Gewählter Satz</translation>
        </message>
        <message>
            <source>Weight ({unit})</source>
            <translation>Gewicht ({unit})</translation>
        </message>
        <message>
            <source>Sets</source>
            <translation>Sätze</translation>
        </message>
        <message>
            <source>No workouts yet.</source>
            <translation>Noch keine Trainings.</translation>
        </message>
        <message numerus="yes">
            <source>%n workout(s)</source>
            <translation>
                <numerusform>%n Training</numerusform>
                <numerusform>%n Trainings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n Satz</numerusform>
                <numerusform>%n Sätze</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; — {when} · {length} · {sets}</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; — {when} · {length} · {sets}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; — {when} · {sets}</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; — {when} · {sets}</translation>
        </message>
        <message>
            <source>{field} {problem}</source>
            <translation>{field} {problem}</translation>
        </message>
        <message>
            <source>Nothing saved: correct the fields in red.</source>
            <translation>Nichts gespeichert: Korrigiere die roten Felder.</translation>
        </message>
        <message>
            <source>This set no longer exists.</source>
            <translation>Diesen Satz gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <source>{exercise}, set {number}</source>
            <translation>{exercise}, Satz {number}</translation>
        </message>
        <message>
            <source>{workout} of {when}</source>
            <translation>{workout} vom {when}</translation>
        </message>
    </context>
    <context>
        <name>ui.import_dialog</name>
        <message>
            <source>Import {file}</source>
            <translation>{file} importieren</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Datei wird gelesen…</translation>
        </message>
        <message>
            <source>&amp;Weights in this file are in:</source>
            <translation>&amp;Gewichte in dieser Datei sind in:</translation>
        </message>
        <message>
            <source>choose…</source>
            <translation>auswählen…</translation>
        </message>
        <message>
            <source>kilograms (kg)</source>
            <translation>Kilogramm (kg)</translation>
        </message>
        <message>
            <source>pounds (lb)</source>
            <translation>Pfund (lb)</translation>
        </message>
        <message>
            <source>These exercise names are not in the library. Pick the library exercise each one means, or keep it as your own exercise. Your choices are remembered.</source>
            <translation>Diese Übungsnamen stehen nicht in der Bibliothek. Wähle für jeden die gemeinte Übung aus der Bibliothek oder behalte ihn als eigene Übung. Deine Auswahl wird gemerkt.</translation>
        </message>
        <message>
            <source>Exercise names to map</source>
            <translation>Zuzuordnende Übungsnamen</translation>
        </message>
        <message>
            <source>Name in the file</source>
            <translation>Name in der Datei</translation>
        </message>
        <message>
            <source>Becomes</source>
            <translation>Wird zu</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>{file} does not say whether its weights are in kilograms or pounds.</source>
            <translation>{file} gibt nicht an, ob die Gewichte in Kilogramm oder Pfund sind.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{file} cannot be imported.&lt;/b&gt;&lt;br&gt;{error}&lt;br&gt;Nothing was written.</source>
            <translation>&lt;b&gt;{file} kann nicht importiert werden.&lt;/b&gt;&lt;br&gt;{error}&lt;br&gt;Es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>%d %b %Y</source>
            <translation>%-d. %b %Y</translation>
        </message>
        <message numerus="yes">
            <source>%n workout(s)</source>
            <translation>
                <numerusform>%n Training</numerusform>
                <numerusform>%n Trainings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n Satz</numerusform>
                <numerusform>%n Sätze</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s)</source>
            <translation>
                <numerusform>%n Übung</numerusform>
                <numerusform>%n Übungen</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Detected:&lt;/b&gt; {app} export ({dialect}), weights in {unit}.&lt;br&gt;&lt;b&gt;From&lt;/b&gt; {first} &lt;b&gt;to&lt;/b&gt; {last}: {workouts}, {sets}, {exercises}.&lt;br&gt;Nothing has been written yet. Workouts already imported are skipped.</source>
            <translation>&lt;b&gt;Erkannt:&lt;/b&gt; {app}-Export ({dialect}), Gewichte in {unit}.&lt;br&gt;&lt;b&gt;Vom&lt;/b&gt; {first} &lt;b&gt;bis&lt;/b&gt; {last}: {workouts}, {sets}, {exercises}.&lt;br&gt;Es wurde noch nichts geschrieben. Bereits importierte Trainings werden übersprungen.</translation>
        </message>
        <message>
            <source>Keep as my own exercise</source>
            <translation>Als eigene Übung behalten</translation>
        </message>
        <message>
            <source>{name} becomes</source>
            <translation>{name} wird zu</translation>
        </message>
        <message>
            <source>&lt;b&gt;The import failed; nothing was written.&lt;/b&gt;&lt;br&gt;{error}</source>
            <translation>&lt;b&gt;Der Import ist fehlgeschlagen; es wurde nichts geschrieben.&lt;/b&gt;&lt;br&gt;{error}</translation>
        </message>
    </context>
    <context>
        <name>ui.inhibit</name>
        <message>
            <source>A workout is running</source>
            <translation>Ein Training läuft</translation>
        </message>
        <message>
            <source>no session D-Bus to ask the screen saver</source>
            <translation>kein Sitzungs-D-Bus, um den Bildschirmschoner zu fragen</translation>
        </message>
        <message>
            <source>the screen saver cannot be held off ({error})</source>
            <translation>der Bildschirmschoner lässt sich nicht aufhalten ({error})</translation>
        </message>
        <message>
            <source>SetThreadExecutionState exists on Windows only</source>
            <translation>SetThreadExecutionState gibt es nur unter Windows</translation>
        </message>
        <message>
            <source>Windows cannot be asked to keep the display on ({error})</source>
            <translation>Windows kann nicht gebeten werden, den Bildschirm anzulassen ({error})</translation>
        </message>
        <message>
            <source>Windows refused to keep the display on</source>
            <translation>Windows hat abgelehnt, den Bildschirm anzulassen</translation>
        </message>
    </context>
    <context>
        <name>ui.library.detail</name>
        <message>
            <source>Sets</source>
            <translation>Sätze</translation>
        </message>
        <message>
            <source>Reps (min)</source>
            <translation>Wdh. (min.)</translation>
        </message>
        <message>
            <source>Reps (max)</source>
            <translation>Wdh. (max.)</translation>
        </message>
        <message>
            <source>Hold per rep</source>
            <translation>Haltezeit pro Wdh.</translation>
        </message>
        <message>
            <source>Rest between sets</source>
            <translation>Pause zwischen Sätzen</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Sessions a week (min)</source>
            <translation>Trainings pro Woche (min.)</translation>
        </message>
        <message>
            <source>Sessions a week (max)</source>
            <translation>Trainings pro Woche (max.)</translation>
        </message>
        <message>
            <source>low impact</source>
            <translation>geringe Belastung</translation>
        </message>
        <message>
            <source>medium impact</source>
            <translation>mittlere Belastung</translation>
        </message>
        <message>
            <source>high impact</source>
            <translation>hohe Belastung</translation>
        </message>
        <message>
            <source>{impact} impact</source>
            <translation>Belastung: {impact}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Archived&lt;/b&gt;: hidden from the pickers; its history is kept.</source>
            <translation>&lt;b&gt;Archiviert&lt;/b&gt;: in den Auswahllisten ausgeblendet; der Verlauf bleibt erhalten.</translation>
        </message>
        <message>
            <source>each side in turn</source>
            <translation>abwechselnd je Seite</translation>
        </message>
        <message>
            <source>our default</source>
            <translation>unser Standardwert</translation>
        </message>
        <message>
            <source>yours</source>
            <translation>dein Wert</translation>
        </message>
        <message>
            <source>from the article</source>
            <translation>aus dem Artikel</translation>
        </message>
        <message>
            <source>Prescription</source>
            <translation>Vorgabe</translation>
        </message>
        <message>
            <source>Positions each rep:</source>
            <translation>Positionen je Wdh.:</translation>
        </message>
        <message>
            <source>How to do it</source>
            <translation>So geht’s</translation>
        </message>
        <message>
            <source>Cautions</source>
            <translation>Warnhinweise</translation>
        </message>
        <message>
            <source>Equipment:</source>
            <translation>Ausrüstung:</translation>
        </message>
        <message>
            <source>Muscles:</source>
            <translation>Muskeln:</translation>
        </message>
        <message>
            <source>Variations:</source>
            <translation>Varianten:</translation>
        </message>
        <message>
            <source>Based on</source>
            <translation>Grundlage</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Your own exercise: yours to edit, archive or merge.</source>
            <translation>Deine eigene Übung: du kannst sie bearbeiten, archivieren oder zusammenführen.</translation>
        </message>
        <message>
            <source>Ready-made: Edit makes your own copy.</source>
            <translation>Vorgefertigt: Mit „Eigene Kopie…“ bearbeitest du deine eigene Kopie.</translation>
        </message>
    </context>
    <context>
        <name>ui.library.dialogs</name>
        <message>
            <source>Merge “{name}” into…</source>
            <translation>„{name}“ zusammenführen mit…</translation>
        </message>
        <message>
            <source>Merge into this</source>
            <translation>Hiermit zusammenführen</translation>
        </message>
        <message>
            <source>Merge exercises</source>
            <translation>Übungen zusammenführen</translation>
        </message>
        <message>
            <source>Move every logged set, routine item and import name of “{name}” to “{target}”, then remove “{name}”?</source>
            <translation>Alle erfassten Sätze, Routinenübungen und Importnamen von „{name}“ auf „{target}“ übertragen und dann „{name}“ entfernen?</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Zusammenführen</translation>
        </message>
    </context>
    <context>
        <name>ui.library.editor</name>
        <message>
            <source>Sets</source>
            <translation>Sätze</translation>
        </message>
        <message>
            <source>Reps, fewest</source>
            <translation>Wdh., mindestens</translation>
        </message>
        <message>
            <source>Reps, most</source>
            <translation>Wdh., höchstens</translation>
        </message>
        <message>
            <source>Hold each rep</source>
            <translation>Haltezeit pro Wdh.</translation>
        </message>
        <message>
            <source>Rest between sets</source>
            <translation>Pause zwischen Sätzen</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>New exercise</source>
            <translation>Neue Übung</translation>
        </message>
        <message>
            <source>My copy of {name}</source>
            <translation>Meine Kopie von {name}</translation>
        </message>
        <message>
            <source>Edit {name}</source>
            <translation>{name} bearbeiten</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>Wiederholungen</translation>
        </message>
        <message>
            <source>Hold (each rep held)</source>
            <translation>Halten (jede Wdh. gehalten)</translation>
        </message>
        <message>
            <source>Duration (continuous)</source>
            <translation>Dauer (durchgehend)</translation>
        </message>
        <message>
            <source>Each side in turn</source>
            <translation>Abwechselnd je Seite</translation>
        </message>
        <message>
            <source>Not said</source>
            <translation>Nicht angegeben</translation>
        </message>
        <message>
            <source>e.g. rounded, arched (blank: one position)</source>
            <translation>z. B. Katzenbuckel, Hohlrücken (leer: eine Position)</translation>
        </message>
        <message>
            <source>e.g. {first}, {second}</source>
            <translation>z. B. {first}, {second}</translation>
        </message>
        <message>
            <source>e.g. {first}, {second} (blank: none)</source>
            <translation>z. B. {first}, {second} (leer: keine)</translation>
        </message>
        <message>
            <source>One step a line</source>
            <translation>Ein Schritt pro Zeile</translation>
        </message>
        <message>
            <source>One caution a line</source>
            <translation>Ein Warnhinweis pro Zeile</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Art</translation>
        </message>
        <message>
            <source>&amp;Mode</source>
            <translation>&amp;Modus</translation>
        </message>
        <message>
            <source>&amp;Positions</source>
            <translation>&amp;Positionen</translation>
        </message>
        <message>
            <source>M&amp;uscles</source>
            <translation>M&amp;uskeln</translation>
        </message>
        <message>
            <source>&amp;Equipment</source>
            <translation>Aus&amp;rüstung</translation>
        </message>
        <message>
            <source>&amp;Impact</source>
            <translation>&amp;Belastung</translation>
        </message>
        <message>
            <source>Su&amp;mmary</source>
            <translation>&amp;Kurzbeschreibung</translation>
        </message>
        <message>
            <source>Ins&amp;tructions</source>
            <translation>An&amp;leitung</translation>
        </message>
        <message>
            <source>&amp;Cautions</source>
            <translation>&amp;Warnhinweise</translation>
        </message>
        <message>
            <source>Save my copy</source>
            <translation>Meine Kopie speichern</translation>
        </message>
        <message>
            <source>Save (Enter; Ctrl+Enter from instructions or cautions)</source>
            <translation>Speichern (Eingabe; Strg+Eingabe in Anleitung oder Warnhinweisen)</translation>
        </message>
        <message>
            <source>“{name}” is ready-made and stays as the article gives it. Saving makes your own copy.</source>
            <translation>„{name}“ ist vorgefertigt und bleibt so, wie der Artikel sie vorgibt. Beim Speichern entsteht deine eigene Kopie.</translation>
        </message>
    </context>
    <context>
        <name>ui.library.models</name>
        <message>
            <source>strength</source>
            <translation>Kraft</translation>
        </message>
        <message>
            <source>cardio</source>
            <translation>Cardio</translation>
        </message>
        <message>
            <source>mobility</source>
            <translation>Mobilität</translation>
        </message>
        <message>
            <source>recovery</source>
            <translation>Erholung</translation>
        </message>
        <message>
            <source>reps</source>
            <translation>Wdh.</translation>
        </message>
        <message>
            <source>hold</source>
            <translation>Halten</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>low</source>
            <translation>niedrig</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>mittel</translation>
        </message>
        <message>
            <source>high</source>
            <translation>hoch</translation>
        </message>
        <message>
            <source>glutes</source>
            <translation>Gesäß</translation>
        </message>
        <message>
            <source>hamstrings</source>
            <translation>Beinbeuger</translation>
        </message>
        <message>
            <source>quads</source>
            <translation>Quadrizeps</translation>
        </message>
        <message>
            <source>calves</source>
            <translation>Waden</translation>
        </message>
        <message>
            <source>hips</source>
            <translation>Hüften</translation>
        </message>
        <message>
            <source>core</source>
            <translation>Rumpf</translation>
        </message>
        <message>
            <source>lower-back</source>
            <translation>unterer Rücken</translation>
        </message>
        <message>
            <source>upper-back</source>
            <translation>oberer Rücken</translation>
        </message>
        <message>
            <source>shoulders</source>
            <translation>Schultern</translation>
        </message>
        <message>
            <source>chest</source>
            <translation>Brust</translation>
        </message>
        <message>
            <source>arms</source>
            <translation>Arme</translation>
        </message>
        <message>
            <source>full-body</source>
            <translation>Ganzkörper</translation>
        </message>
        <message>
            <source>ball</source>
            <translation>Ball</translation>
        </message>
        <message>
            <source>barbell</source>
            <translation>Langhantel</translation>
        </message>
        <message>
            <source>bench</source>
            <translation>Bank</translation>
        </message>
        <message>
            <source>bicycle</source>
            <translation>Fahrrad</translation>
        </message>
        <message>
            <source>chair</source>
            <translation>Stuhl</translation>
        </message>
        <message>
            <source>dumbbells</source>
            <translation>Kurzhanteln</translation>
        </message>
        <message>
            <source>mat</source>
            <translation>Matte</translation>
        </message>
        <message>
            <source>oil</source>
            <translation>Öl</translation>
        </message>
        <message>
            <source>pool</source>
            <translation>Schwimmbecken</translation>
        </message>
        <message>
            <source>racket</source>
            <translation>Schläger</translation>
        </message>
        <message>
            <source>stability-ball</source>
            <translation>Gymnastikball</translation>
        </message>
        <message>
            <source>stairs</source>
            <translation>Treppe</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>{name} (archived)</source>
            <translation>{name} (archiviert)</translation>
        </message>
        <message>
            <source>{mode} · per side</source>
            <translation>{mode} · je Seite</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modus</translation>
        </message>
        <message>
            <source>Prescription</source>
            <translation>Vorgabe</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Belastung</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Ausrüstung</translation>
        </message>
    </context>
    <context>
        <name>ui.library.tab</name>
        <message>
            <source>Muscle: any</source>
            <translation>Muskel: alle</translation>
        </message>
        <message>
            <source>Muscle filter</source>
            <translation>Muskelfilter</translation>
        </message>
        <message>
            <source>Equipment: any</source>
            <translation>Ausrüstung: alle</translation>
        </message>
        <message>
            <source>Equipment filter</source>
            <translation>Ausrüstungsfilter</translation>
        </message>
        <message>
            <source>Mode: any</source>
            <translation>Modus: alle</translation>
        </message>
        <message>
            <source>Mode filter</source>
            <translation>Modusfilter</translation>
        </message>
        <message>
            <source>Impact: any</source>
            <translation>Belastung: alle</translation>
        </message>
        <message>
            <source>Impact filter</source>
            <translation>Belastungsfilter</translation>
        </message>
        <message>
            <source>Article: any</source>
            <translation>Artikel: alle</translation>
        </message>
        <message>
            <source>Article filter</source>
            <translation>Artikelfilter</translation>
        </message>
        <message>
            <source>Search exercises (name, muscle, equipment)…</source>
            <translation>Übungen suchen (Name, Muskel, Ausrüstung)…</translation>
        </message>
        <message>
            <source>Search exercises</source>
            <translation>Übungen suchen</translation>
        </message>
        <message>
            <source>By name, muscle or equipment; Up and Down move in the list</source>
            <translation>Nach Name, Muskel oder Ausrüstung; Pfeil hoch und runter bewegen in der Liste</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <source>Clear the search and every filter</source>
            <translation>Suche und alle Filter zurücksetzen</translation>
        </message>
        <message>
            <source>Show &amp;archived</source>
            <translation>&amp;Archivierte zeigen</translation>
        </message>
        <message>
            <source>List your archived exercises too</source>
            <translation>Auch deine archivierten Übungen auflisten</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Neu…</translation>
        </message>
        <message>
            <source>A new exercise of your own (Ctrl+N)</source>
            <translation>Eine neue eigene Übung (Strg+N)</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <source>&amp;Duplicate</source>
            <translation>&amp;Duplizieren</translation>
        </message>
        <message>
            <source>Your own copy of this exercise (Ctrl+D)</source>
            <translation>Deine eigene Kopie dieser Übung (Strg+D)</translation>
        </message>
        <message>
            <source>Arc&amp;hive</source>
            <translation>Archi&amp;vieren</translation>
        </message>
        <message>
            <source>&amp;Merge into…</source>
            <translation>Zusammen&amp;führen…</translation>
        </message>
        <message>
            <source>Move this exercise's logged sets, routine items and import names onto another exercise, then remove it</source>
            <translation>Erfasste Sätze, Routinenübungen und Importnamen dieser Übung auf eine andere Übung übertragen und sie dann entfernen</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Übungen</translation>
        </message>
        <message>
            <source>Exercise details</source>
            <translation>Übungsdetails</translation>
        </message>
        <message>
            <source>No exercise matches the search and filters.</source>
            <translation>Keine Übung passt zu Suche und Filtern.</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n entries  ·  * marks our default where the articles give no number</source>
            <translation>
                <numerusform>{shown} von %n Eintrag  ·  * markiert unseren Standardwert, wo die Artikel keine Zahl nennen</numerusform>
                <numerusform>{shown} von %n Einträgen  ·  * markiert unseren Standardwert, wo die Artikel keine Zahl nennen</numerusform>
            </translation>
        </message>
        <message>
            <source>Make my &amp;copy…</source>
            <translation>Eigene &amp;Kopie…</translation>
        </message>
        <message>
            <source>Ready-made exercises stay as the article gives them: edit your own copy (F2)</source>
            <translation>Vorgefertigte Übungen bleiben, wie der Artikel sie vorgibt: bearbeite deine eigene Kopie (F2)</translation>
        </message>
        <message>
            <source>Edit this exercise (F2, or Enter in the list)</source>
            <translation>Diese Übung bearbeiten (F2 oder Eingabe in der Liste)</translation>
        </message>
        <message>
            <source>Unarc&amp;hive</source>
            <translation>Zurück&amp;holen</translation>
        </message>
        <message>
            <source>Bring it back into the pickers</source>
            <translation>Wieder in die Auswahllisten aufnehmen</translation>
        </message>
        <message>
            <source>Hide it from the pickers; its history is kept</source>
            <translation>In den Auswahllisten ausblenden; der Verlauf bleibt erhalten</translation>
        </message>
        <message>
            <source>Only your own exercises can be archived</source>
            <translation>Nur eigene Übungen können archiviert werden</translation>
        </message>
        <message numerus="yes">
            <source>%n logged set(s)</source>
            <translation>
                <numerusform>%n erfasster Satz</numerusform>
                <numerusform>%n erfasste Sätze</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n routine item(s)</source>
            <translation>
                <numerusform>%n Routinenübung</numerusform>
                <numerusform>%n Routinenübungen</numerusform>
            </translation>
        </message>
        <message>
            <source>Merged “{name}” into this exercise: {sets} and {items} moved.</source>
            <translation>„{name}“ mit dieser Übung zusammengeführt: {sets} und {items} übertragen.</translation>
        </message>
    </context>
    <context>
        <name>ui.main_window</name>
        <message>
            <source>&amp;Import workouts…</source>
            <translation>Trainings &amp;importieren…</translation>
        </message>
        <message>
            <source>Export history as Strong &amp;CSV…</source>
            <translation>Verlauf als Strong-&amp;CSV exportieren…</translation>
        </message>
        <message>
            <source>Export &amp;everything as JSON…</source>
            <translation>&amp;Alles als JSON exportieren…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>Jetzt &amp;sichern</translation>
        </message>
        <message>
            <source>&amp;Restore a backup…</source>
            <translation>Sicherung &amp;wiederherstellen…</translation>
        </message>
        <message>
            <source>Chec&amp;k the database</source>
            <translation>Datenbank &amp;prüfen</translation>
        </message>
        <message>
            <source>&amp;Back up the shared database now (JSON snapshot)</source>
            <translation>Gemeinsame Datenbank jetzt &amp;sichern (JSON-Schnappschuss)</translation>
        </message>
        <message>
            <source>&amp;Restore a JSON backup into the shared database…</source>
            <translation>JSON-Sicherung in die gemeinsame Datenbank &amp;wiederherstellen…</translation>
        </message>
        <message>
            <source>Chec&amp;k the shared database</source>
            <translation>Gemeinsame Datenbank &amp;prüfen</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Bibliothek</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>Routinen</translation>
        </message>
        <message>
            <source>Workout</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Body &amp; plan</source>
            <translation>Körper &amp; Plan</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Backline</source>
            <translation>Backline</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Datenbank wird geöffnet…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Next tab</source>
            <translation>Nächster Tab</translation>
        </message>
        <message>
            <source>Previous tab</source>
            <translation>Vorheriger Tab</translation>
        </message>
        <message>
            <source>Go to the {tab} tab</source>
            <translation>Zum Tab „{tab}“</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Handbuch</translation>
        </message>
        <message>
            <source>&amp;About Backline</source>
            <translation>Über &amp;Backline</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <source>Database: {database}</source>
            <translation>Datenbank: {database}</translation>
        </message>
        <message>
            <source>Backline is still running</source>
            <translation>Backline läuft weiter</translation>
        </message>
        <message>
            <source>Quit it from the tray icon.</source>
            <translation>Beende es über das Symbol im Infobereich.</translation>
        </message>
        <message>
            <source>The screen may blank during the workout: {problem}</source>
            <translation>Der Bildschirm kann während des Trainings dunkel werden: {problem}</translation>
        </message>
        <message>
            <source>{summary}: {body}</source>
            <translation>{summary}: {body}</translation>
        </message>
    </context>
    <context>
        <name>ui.notify</name>
        <message>
            <source>no session D-Bus</source>
            <translation>kein Sitzungs-D-Bus</translation>
        </message>
        <message>
            <source>the session D-Bus cannot be reached ({error})</source>
            <translation>der Sitzungs-D-Bus ist nicht erreichbar ({error})</translation>
        </message>
        <message>
            <source>no notification service ({error})</source>
            <translation>kein Benachrichtigungsdienst ({error})</translation>
        </message>
    </context>
    <context>
        <name>ui.ops</name>
        <message>
            <source>the database is not open yet</source>
            <translation>die Datenbank ist noch nicht geöffnet</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <source>Nothing was saved: {error}</source>
            <translation>Es wurde nichts gespeichert: {error}</translation>
        </message>
    </context>
    <context>
        <name>ui.progress.models</name>
        <message>
            <source>%Y-%m-%d</source>
            <translation>%d.%m.%Y</translation>
        </message>
        <message>
            <source>{workouts}, {sets}; last on {day}</source>
            <translation>{workouts}, {sets}; zuletzt am {day}</translation>
        </message>
        <message numerus="yes">
            <source>%n workout(s)</source>
            <translation>
                <numerusform>%n Training</numerusform>
                <numerusform>%n Trainings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n Satz</numerusform>
                <numerusform>%n Sätze</numerusform>
            </translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Rekord</translation>
        </message>
        <message>
            <source>Set on</source>
            <translation>Erzielt am</translation>
        </message>
    </context>
    <context>
        <name>ui.progress.plots</name>
        <message>
            <source>best {value}</source>
            <translation>Bestwert {value}</translation>
        </message>
        <message>
            <source>{exercise}: {measure}</source>
            <translation>{exercise}: {measure}</translation>
        </message>
        <message>
            <source>%d %b</source>
            <translation>%-d. %b</translation>
        </message>
        <message>
            <source>{routine}: no weekly target</source>
            <translation>{routine}: kein Wochenziel</translation>
        </message>
        <message numerus="yes">
            <source>{routine}: target {target} a week, met {met} of %n week(s) since {day}</source>
            <translation>
                <numerusform>{routine}: Ziel {target} pro Woche, erreicht in {met} von %n Woche seit {day}</numerusform>
                <numerusform>{routine}: Ziel {target} pro Woche, erreicht in {met} von %n Wochen seit {day}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{routine}: target {target} a week, met {met} of %n week(s)</source>
            <translation>
                <numerusform>{routine}: Ziel {target} pro Woche, erreicht in {met} von %n Woche</numerusform>
                <numerusform>{routine}: Ziel {target} pro Woche, erreicht in {met} von %n Wochen</numerusform>
            </translation>
        </message>
        <message>
            <source>target met</source>
            <translation>Ziel erreicht</translation>
        </message>
        <message>
            <source>below target</source>
            <translation>unter dem Ziel</translation>
        </message>
        <message>
            <source>target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>not in use yet</source>
            <translation>noch nicht genutzt</translation>
        </message>
        <message>
            <source>not
in use</source>
            <translation>nicht
genutzt</translation>
        </message>
        <message>
            <source>sessions a week</source>
            <translation>Trainings pro Woche</translation>
        </message>
        <message numerus="yes">
            <source>Active days, last %n week(s)</source>
            <translation>
                <numerusform>Aktive Tage der letzten %n Woche</numerusform>
                <numerusform>Aktive Tage der letzten %n Wochen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.progress.tab</name>
        <message>
            <source>Log a workout to see progress here.</source>
            <translation>Erfasse ein Training, um hier deinen Fortschritt zu sehen.</translation>
        </message>
        <message>
            <source>&amp;30 days</source>
            <translation>&amp;30 Tage</translation>
        </message>
        <message>
            <source>3 &amp;months</source>
            <translation>3 &amp;Monate</translation>
        </message>
        <message>
            <source>1 &amp;year</source>
            <translation>1 &amp;Jahr</translation>
        </message>
        <message>
            <source>&amp;All</source>
            <translation>A&amp;lles</translation>
        </message>
        <message>
            <source>the last 30 days</source>
            <translation>die letzten 30 Tage</translation>
        </message>
        <message>
            <source>the last 3 months</source>
            <translation>die letzten 3 Monate</translation>
        </message>
        <message>
            <source>the last year</source>
            <translation>das letzte Jahr</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Übung</translation>
        </message>
        <message>
            <source>&amp;Exercise:</source>
            <translation>Ü&amp;bung:</translation>
        </message>
        <message>
            <source>Exercises you have logged; type to search ({keys})</source>
            <translation>Übungen, die du erfasst hast; tippen zum Suchen ({keys})</translation>
        </message>
        <message>
            <source>Mea&amp;sure:</source>
            <translation>Mess&amp;größe:</translation>
        </message>
        <message>
            <source>Show {range} ({keys})</source>
            <translation>{range} zeigen ({keys})</translation>
        </message>
        <message>
            <source>everything</source>
            <translation>alles</translation>
        </message>
        <message>
            <source>Sa&amp;ve chart…</source>
            <translation>Diagramm &amp;speichern…</translation>
        </message>
        <message>
            <source>Save this chart as a PNG or SVG file ({keys})</source>
            <translation>Dieses Diagramm als PNG- oder SVG-Datei speichern ({keys})</translation>
        </message>
        <message>
            <source>Personal records</source>
            <translation>Persönliche Rekorde</translation>
        </message>
        <message>
            <source>&amp;Routine:</source>
            <translation>&amp;Routine:</translation>
        </message>
        <message>
            <source>The routine whose weeks are shown ({keys})</source>
            <translation>Die Routine, deren Wochen gezeigt werden ({keys})</translation>
        </message>
        <message>
            <source>Weekly adherence</source>
            <translation>Wöchentliche Einhaltung</translation>
        </message>
        <message>
            <source>Active days</source>
            <translation>Aktive Tage</translation>
        </message>
        <message>
            <source>How targets progress</source>
            <translation>Wie Ziele steigen</translation>
        </message>
        <message>
            <source>Save this chart…</source>
            <translation>Dieses Diagramm speichern…</translation>
        </message>
        <message>
            <source>Save the chart below as a PNG or SVG file</source>
            <translation>Das Diagramm unten als PNG- oder SVG-Datei speichern</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <source>Personal records appear here after your first workout.</source>
            <translation>Persönliche Rekorde erscheinen hier nach deinem ersten Training.</translation>
        </message>
        <message>
            <source>{hint} ({keys})</source>
            <translation>{hint} ({keys})</translation>
        </message>
        <message>
            <source>What to chart for this exercise ({keys})</source>
            <translation>Was für diese Übung gezeigt wird ({keys})</translation>
        </message>
        <message>
            <source>Personal records: {name}</source>
            <translation>Persönliche Rekorde: {name}</translation>
        </message>
        <message>
            <source>No personal records for {name} yet.</source>
            <translation>Noch keine persönlichen Rekorde für {name}.</translation>
        </message>
        <message>
            <source>Could not load progress: {error}</source>
            <translation>Fortschritt konnte nicht geladen werden: {error}</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Diagramm speichern</translation>
        </message>
        <message>
            <source>There is no chart to save yet.</source>
            <translation>Es gibt noch kein Diagramm zum Speichern.</translation>
        </message>
        <message>
            <source>The chart was not saved: {error}</source>
            <translation>Das Diagramm wurde nicht gespeichert: {error}</translation>
        </message>
        <message>
            <source>No {measure} for {name} in {range}. Choose another measure, or “All” to see your older workouts.</source>
            <translation>Für {name} gibt es für {range} keinen Wert „{measure}“. Wähle eine andere Messgröße oder „Alles“, um ältere Trainings zu sehen.</translation>
        </message>
        <message>
            <source>Nothing to chart for this measure. {hint}</source>
            <translation>Für diese Messgröße gibt es nichts zu zeigen. {hint}</translation>
        </message>
        <message>
            <source>Follow a routine from the Routines tab to see your weeks against its target.</source>
            <translation>Folge einer Routine aus dem Tab „Routinen“, um deine Wochen mit ihrem Ziel zu vergleichen.</translation>
        </message>
        <message>
            <source>Log a workout to fill this calendar of active days.</source>
            <translation>Erfasse ein Training, um diesen Kalender aktiver Tage zu füllen.</translation>
        </message>
        <message>
            <source>No current streak: a workout today starts one.</source>
            <translation>Keine laufende Serie: Ein Training heute beginnt eine.</translation>
        </message>
        <message>
            <source>Current streak: 1 day.</source>
            <translation>Laufende Serie: 1 Tag.</translation>
        </message>
        <message numerus="yes">
            <source>Current streak: %n day(s) in a row.</source>
            <translation>
                <numerusform>Laufende Serie: %n Tag in Folge.</numerusform>
                <numerusform>Laufende Serie: %n Tage in Folge.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n active day(s)</source>
            <translation>
                <numerusform>%n aktiver Tag</numerusform>
                <numerusform>%n aktive Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{days} in the last %n week(s).</source>
            <translation>
                <numerusform>{days} in der letzten %n Woche.</numerusform>
                <numerusform>{days} in den letzten %n Wochen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.reminder_settings</name>
        <message>
            <source>Reminders</source>
            <translation>Erinnerungen</translation>
        </message>
        <message>
            <source>Local time; the suggested time is ours</source>
            <translation>Ortszeit; die vorgeschlagene Uhrzeit ist von uns</translation>
        </message>
        <message>
            <source>Time of the reminder: {reminder}</source>
            <translation>Uhrzeit der Erinnerung: {reminder}</translation>
        </message>
        <message>
            <source>A day of the reminder: {reminder}</source>
            <translation>Ein Tag der Erinnerung: {reminder}</translation>
        </message>
        <message>
            <source>Keep Backline running in the tray when the window is closed</source>
            <translation>Backline im Infobereich weiterlaufen lassen, wenn das Fenster geschlossen wird</translation>
        </message>
        <message>
            <source>Shown as desktop notifications while Backline runs; a reminder stays silent when that part of the program is already done that day.</source>
            <translation>Als Desktop-Benachrichtigungen, solange Backline läuft; eine Erinnerung bleibt stumm, wenn dieser Teil des Programms an dem Tag schon erledigt ist.</translation>
        </message>
        <message>
            <source>A reminder needs at least one day.</source>
            <translation>Eine Erinnerung braucht mindestens einen Tag.</translation>
        </message>
    </context>
    <context>
        <name>ui.routines.dialogs</name>
        <message>
            <source>Add exercise</source>
            <translation>Übung hinzufügen</translation>
        </message>
        <message>
            <source>Search by name, muscle, equipment…</source>
            <translation>Nach Name, Muskel, Ausrüstung suchen…</translation>
        </message>
        <message>
            <source>Search exercises</source>
            <translation>Übungen suchen</translation>
        </message>
        <message>
            <source>By name, muscle or equipment</source>
            <translation>Nach Name, Muskel oder Ausrüstung</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Übungen</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Pick an exercise from the library:</source>
            <translation>Wähle eine Übung aus der Bibliothek:</translation>
        </message>
        <message>
            <source>Group as circuit</source>
            <translation>Als Zirkel gruppieren</translation>
        </message>
        <message>
            <source>Rounds (the moves back to back, then rest):</source>
            <translation>Runden (die Übungen direkt nacheinander, dann Pause):</translation>
        </message>
    </context>
    <context>
        <name>ui.routines.editor</name>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>kein</translation>
        </message>
        <message>
            <source>Sessions a week (1-14); 'none' for no weekly target</source>
            <translation>Trainings pro Woche (1-14); „kein“: kein Wochenziel</translation>
        </message>
        <message>
            <source>Daily</source>
            <translation>Täglich</translation>
        </message>
        <message>
            <source>Every day: 7 sessions a week</source>
            <translation>Jeden Tag: 7 Trainings pro Woche</translation>
        </message>
        <message>
            <source>Suggest the next target from my history</source>
            <translation>Nächstes Ziel aus meinem Verlauf vorschlagen</translation>
        </message>
        <message>
            <source>{rule} Turn off to always use the targets written here.</source>
            <translation>{rule} Schalte es aus, um immer die hier eingetragenen Ziele zu verwenden.</translation>
        </message>
        <message>
            <source>Why this routine, in a line</source>
            <translation>Wozu diese Routine, in einer Zeile</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>sessions a week</source>
            <translation>Trainings pro Woche</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Weekly target</source>
            <translation>Wochenziel</translation>
        </message>
        <message>
            <source>Weekly target: at least, sessions a week</source>
            <translation>Wochenziel: mindestens, Trainings pro Woche</translation>
        </message>
        <message>
            <source>Weekly target: at most, sessions a week</source>
            <translation>Wochenziel: höchstens, Trainings pro Woche</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Kurzbeschreibung</translation>
        </message>
        <message>
            <source>Progression</source>
            <translation>Progression</translation>
        </message>
        <message>
            <source>Items of the routine</source>
            <translation>Übungen der Routine</translation>
        </message>
        <message>
            <source>Drag to reorder, or Ctrl+Up / Ctrl+Down; Delete removes the selected item</source>
            <translation>Zum Umsortieren ziehen oder Strg+Hoch / Strg+Runter; Entf entfernt die gewählte Übung</translation>
        </message>
        <message>
            <source>Add exercise…</source>
            <translation>Übung hinzufügen…</translation>
        </message>
        <message>
            <source>Add an exercise from the library (Ctrl+E)</source>
            <translation>Eine Übung aus der Bibliothek hinzufügen (Strg+E)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove the selected item (Delete)</source>
            <translation>Die gewählte Übung entfernen (Entf)</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Hoch</translation>
        </message>
        <message>
            <source>Move the item up (Ctrl+Up)</source>
            <translation>Übung nach oben verschieben (Strg+Hoch)</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Runter</translation>
        </message>
        <message>
            <source>Move the item down (Ctrl+Down)</source>
            <translation>Übung nach unten verschieben (Strg+Runter)</translation>
        </message>
        <message>
            <source>Group as circuit…</source>
            <translation>Zirkel bilden…</translation>
        </message>
        <message>
            <source>Do the selected items back to back for a number of rounds</source>
            <translation>Die gewählten Übungen über mehrere Runden direkt nacheinander ausführen</translation>
        </message>
        <message>
            <source>Ungroup</source>
            <translation>Zirkel auflösen</translation>
        </message>
        <message>
            <source>Take the selected items out of their circuit</source>
            <translation>Die gewählten Übungen aus ihrem Zirkel nehmen</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Undo the last edit (Ctrl+Z)</source>
            <translation>Letzte Änderung rückgängig machen (Strg+Z)</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>Redo (Ctrl+Shift+Z)</source>
            <translation>Wiederholen (Strg+Umschalt+Z)</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>Drop every unsaved change</source>
            <translation>Alle ungespeicherten Änderungen verwerfen</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Save this routine (Ctrl+S)</source>
            <translation>Diese Routine speichern (Strg+S)</translation>
        </message>
        <message>
            <source>Item {number}: {problem}</source>
            <translation>Übung {number}: {problem}</translation>
        </message>
        <message>
            <source>Not saved: {problem}</source>
            <translation>Nicht gespeichert: {problem}</translation>
        </message>
        <message>
            <source>Added {name}.</source>
            <translation>{name} hinzugefügt.</translation>
        </message>
        <message>
            <source>Ready-made, from the article “{title}” ({file}). Saving creates your own copy; “Restore article version” undoes any change.</source>
            <translation>Vorgefertigt, aus dem Artikel „{title}“ ({file}). Beim Speichern entsteht deine eigene Kopie; „Original wiederherstellen“ macht jede Änderung rückgängig.</translation>
        </message>
        <message>
            <source>Your copy of a routine from “{title}”.</source>
            <translation>Deine Kopie einer Routine aus „{title}“.</translation>
        </message>
        <message>
            <source>Unsaved changes: saving creates your own copy.</source>
            <translation>Ungespeicherte Änderungen: Beim Speichern entsteht deine eigene Kopie.</translation>
        </message>
        <message>
            <source>Unsaved changes.</source>
            <translation>Ungespeicherte Änderungen.</translation>
        </message>
    </context>
    <context>
        <name>ui.routines.item_panel</name>
        <message>
            <source>Reps</source>
            <translation>Wiederholungen</translation>
        </message>
        <message>
            <source>Hold (seconds per rep)</source>
            <translation>Halten (Sekunden pro Wdh.)</translation>
        </message>
        <message>
            <source>Duration (minutes)</source>
            <translation>Dauer (Minuten)</translation>
        </message>
        <message>
            <source>Sets</source>
            <translation>Sätze</translation>
        </message>
        <message>
            <source>Reps (min)</source>
            <translation>Wdh. (min.)</translation>
        </message>
        <message>
            <source>Reps (max)</source>
            <translation>Wdh. (max.)</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Haltezeit</translation>
        </message>
        <message>
            <source>s per rep</source>
            <translation>s pro Wdh.</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Rest between sets</source>
            <translation>Pause zwischen Sätzen</translation>
        </message>
        <message>
            <source>Rest after</source>
            <translation>Pause danach</translation>
        </message>
        <message>
            <source>Target weight</source>
            <translation>Zielgewicht</translation>
        </message>
        <message>
            <source>Weight step</source>
            <translation>Gewichtsstufe</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Runden</translation>
        </message>
        <message>
            <source>(whole circuit)</source>
            <translation>(ganzer Zirkel)</translation>
        </message>
        <message>
            <source>Selected item</source>
            <translation>Gewählte Übung</translation>
        </message>
        <message>
            <source>Each side in turn</source>
            <translation>Abwechselnd je Seite</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modus</translation>
        </message>
        <message>
            <source>As long as you can</source>
            <translation>So lange du kannst</translation>
        </message>
        <message>
            <source>The clock counts up and Enter stops it; the time above is the mark to reach</source>
            <translation>Die Uhr zählt hoch und Eingabe stoppt sie; die Zeit oben ist die Marke, die du erreichen willst</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Several items selected: group them as a circuit, or pick one to edit.</source>
            <translation>Mehrere Übungen gewählt: Gruppiere sie als Zirkel oder wähle eine zum Bearbeiten.</translation>
        </message>
        <message>
            <source>Select an item to edit it.</source>
            <translation>Wähle eine Übung, um sie zu bearbeiten.</translation>
        </message>
        <message>
            <source> (library: {mode})</source>
            <translation> (Bibliothek: {mode})</translation>
        </message>
        <message>
            <source>Our default, not the article's: {fields}</source>
            <translation>Unser Standardwert, nicht der des Artikels: {fields}</translation>
        </message>
    </context>
    <context>
        <name>ui.routines.models</name>
        <message>
            <source>Ready-made</source>
            <translation>Vorgefertigt</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>Ready-made routine from the article “{title}” ({file})</source>
            <translation>Vorgefertigte Routine aus dem Artikel „{title}“ ({file})</translation>
        </message>
        <message>
            <source>Your copy of a routine from the article “{title}” ({file})</source>
            <translation>Deine Kopie einer Routine aus dem Artikel „{title}“ ({file})</translation>
        </message>
        <message>
            <source>Your own routine</source>
            <translation>Deine eigene Routine</translation>
        </message>
        <message>
            <source>Circuit {number} × {rounds}</source>
            <translation>Zirkel {number} × {rounds}</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Übung</translation>
        </message>
        <message>
            <source>Circuit</source>
            <translation>Zirkel</translation>
        </message>
        <message>
            <source>Prescription</source>
            <translation>Vorgabe</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>{name} ({mode})</source>
            <translation>{name} ({mode})</translation>
        </message>
        <message>
            <source>target {weight}</source>
            <translation>Ziel {weight}</translation>
        </message>
        <message>
            <source>* our default: {fields}</source>
            <translation>* unser Standardwert: {fields}</translation>
        </message>
        <message>
            <source>This item has a problem: select it to see which field.</source>
            <translation>Diese Übung hat ein Problem: Wähle sie, um das Feld zu sehen.</translation>
        </message>
        <message>
            <source>{name}  ({kind}, {mode}, per side)</source>
            <translation>{name}  ({kind}, {mode}, je Seite)</translation>
        </message>
        <message>
            <source>{name}  ({kind}, {mode})</source>
            <translation>{name}  ({kind}, {mode})</translation>
        </message>
    </context>
    <context>
        <name>ui.routines.tab</name>
        <message>
            <source>Routines</source>
            <translation>Routinen</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Neu…</translation>
        </message>
        <message>
            <source>Create an empty routine of your own</source>
            <translation>Eine leere eigene Routine anlegen</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Umbenennen…</translation>
        </message>
        <message>
            <source>Rename this routine</source>
            <translation>Diese Routine umbenennen</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplizieren</translation>
        </message>
        <message>
            <source>Make your own copy of this routine</source>
            <translation>Eine eigene Kopie dieser Routine erstellen</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <source>Delete this routine (workouts done with it are kept)</source>
            <translation>Diese Routine löschen (damit absolvierte Trainings bleiben erhalten)</translation>
        </message>
        <message>
            <source>Restore article version</source>
            <translation>Original wiederherstellen</translation>
        </message>
        <message>
            <source>Put this ready-made routine back exactly as the article gives it</source>
            <translation>Diese vorgefertigte Routine genau so zurücksetzen, wie der Artikel sie vorgibt</translation>
        </message>
        <message>
            <source>This routine</source>
            <translation>Diese Routine</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>My routine</source>
            <translation>Meine Routine</translation>
        </message>
        <message>
            <source>New routine</source>
            <translation>Neue Routine</translation>
        </message>
        <message>
            <source>Name of the new routine:</source>
            <translation>Name der neuen Routine:</translation>
        </message>
        <message>
            <source>Created “{name}”. Add exercises, then Save.</source>
            <translation>„{name}“ angelegt. Füge Übungen hinzu und klicke dann auf „Speichern“.</translation>
        </message>
        <message>
            <source>Rename routine</source>
            <translation>Routine umbenennen</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Neuer Name:</translation>
        </message>
        <message>
            <source>Made “{name}”.</source>
            <translation>„{name}“ erstellt.</translation>
        </message>
        <message>
            <source>Deleted “{name}”. Workouts done with it are kept.</source>
            <translation>„{name}“ gelöscht. Damit absolvierte Trainings bleiben erhalten.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Drop your unsaved changes and restore the article's version?</source>
            <translation>Ungespeicherte Änderungen verwerfen und das Original wiederherstellen?</translation>
        </message>
        <message>
            <source>“{name}” is as the article gives it.</source>
            <translation>„{name}“ ist wieder so, wie der Artikel sie vorgibt.</translation>
        </message>
        <message>
            <source>Saved as your own copy “{name}”; the ready-made one is unchanged.</source>
            <translation>Als deine eigene Kopie „{name}“ gespeichert; die vorgefertigte bleibt unverändert.</translation>
        </message>
        <message>
            <source>Saved “{name}”.</source>
            <translation>„{name}“ gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>ui.settings_tab</name>
        <message>
            <source>Left side first</source>
            <translation>Linke Seite zuerst</translation>
        </message>
        <message>
            <source>Right side first</source>
            <translation>Rechte Seite zuerst</translation>
        </message>
        <message>
            <source>Kilograms (kg)</source>
            <translation>Kilogramm (kg)</translation>
        </message>
        <message>
            <source>Pounds (lb)</source>
            <translation>Pfund (lb)</translation>
        </message>
        <message>
            <source>Centimetres (cm)</source>
            <translation>Zentimeter (cm)</translation>
        </message>
        <message>
            <source>Inches (in)</source>
            <translation>Zoll (in)</translation>
        </message>
        <message>
            <source>The exercise and side at each start</source>
            <translation>Die Übung und die Seite bei jedem Start</translation>
        </message>
        <message>
            <source>The set and round (“set 2 of 3”)</source>
            <translation>Satz und Runde („Satz 2 von 3“)</translation>
        </message>
        <message>
            <source>“Hold” and “release”</source>
            <translation>„Halten“ und „Entspannen“</translation>
        </message>
        <message>
            <source>The rest and its length (“rest, 60 seconds”)</source>
            <translation>Die Pause und ihre Länge („Pause, 60 Sekunden“)</translation>
        </message>
        <message>
            <source>What comes next (“next: glute bridge”)</source>
            <translation>Was als Nächstes kommt („als Nächstes: Glute Bridge“)</translation>
        </message>
        <message>
            <source>Halfway</source>
            <translation>Halbzeit</translation>
        </message>
        <message>
            <source>The last three seconds (“three, two, one”)</source>
            <translation>Die letzten drei Sekunden („drei, zwei, eins“)</translation>
        </message>
        <message>
            <source>The end of the workout</source>
            <translation>Das Ende des Trainings</translation>
        </message>
        <message>
            <source>Keep the screen on during a workout</source>
            <translation>Bildschirm während des Trainings anlassen</translation>
        </message>
        <message>
            <source>Notify me when a rest ends and Backline is not in front</source>
            <translation>Benachrichtigen, wenn eine Pause endet und Backline im Hintergrund ist</translation>
        </message>
        <message>
            <source>Volume of the cue sounds (arrow keys: 1 %, Page Up/Down: 10 %)</source>
            <translation>Lautstärke der Signaltöne (Pfeiltasten: 1 %, Bild auf/ab: 10 %)</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Lautstärke</translation>
        </message>
        <message>
            <source>Mute cue sounds</source>
            <translation>Signaltöne stummschalten</translation>
        </message>
        <message>
            <source>Speak cues (text to speech)</source>
            <translation>Ansagen sprechen (Sprachausgabe)</translation>
        </message>
        <message>
            <source>Test sound</source>
            <translation>Ton testen</translation>
        </message>
        <message>
            <source>Play a sample cue (and speak, if speech is on) — Alt+T</source>
            <translation>Ein Beispielsignal abspielen (und sprechen, wenn die Sprachausgabe an ist) — Alt+T</translation>
        </message>
        <message>
            <source>Seconds of countdown before the first exercise of a workout (0 to 60)</source>
            <translation>Sekunden Countdown vor der ersten Übung eines Trainings (0 bis 60)</translation>
        </message>
        <message>
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <source>A metronome tick every N seconds during a reps set, to pace each rep (0 = off)</source>
            <translation>Ein Metronom-Tick alle N Sekunden während eines Wiederholungssatzes, als Takt für jede Wiederholung (0 = aus)</translation>
        </message>
        <message>
            <source>Which side one-sided moves start with</source>
            <translation>Mit welcher Seite einseitige Übungen beginnen</translation>
        </message>
        <message>
            <source>While a workout runs, the screen saver and idle sleep wait; paused or ended, they come back</source>
            <translation>Während ein Training läuft, warten Bildschirmschoner und Ruhezustand; ist es pausiert oder beendet, greifen sie wieder</translation>
        </message>
        <message>
            <source>A desktop notification when a rest or a timed step ends while another window is in front</source>
            <translation>Eine Desktop-Benachrichtigung, wenn eine Pause oder ein Zeitabschnitt endet, während ein anderes Fenster im Vordergrund ist</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Einheiten</translation>
        </message>
        <message>
            <source>Weight:</source>
            <translation>Gewicht:</translation>
        </message>
        <message>
            <source>Lengths:</source>
            <translation>Längen:</translation>
        </message>
        <message>
            <source>Sound</source>
            <translation>Ton</translation>
        </message>
        <message>
            <source>Volume:</source>
            <translation>Lautstärke:</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Stimme</translation>
        </message>
        <message>
            <source>What the voice says during a workout, while speech is on</source>
            <translation>Was die Stimme während eines Trainings sagt, solange die Sprachausgabe an ist</translation>
        </message>
        <message>
            <source>During a workout</source>
            <translation>Während des Trainings</translation>
        </message>
        <message>
            <source>Workout player</source>
            <translation>Trainingsablauf</translation>
        </message>
        <message>
            <source>Get ready:</source>
            <translation>Vorbereitungszeit:</translation>
        </message>
        <message>
            <source>Rep cadence:</source>
            <translation>Wiederholungstakt:</translation>
        </message>
        <message>
            <source>Per-side moves:</source>
            <translation>Einseitige Übungen:</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <source>No voice in this window: cues are beeps only</source>
            <translation>Keine Stimme in diesem Fenster: Signale nur als Pieptöne</translation>
        </message>
        <message>
            <source>Voice: on</source>
            <translation>Stimme: an</translation>
        </message>
        <message>
            <source>Voice is off: cues are beeps only</source>
            <translation>Stimme ist aus: Signale nur als Pieptöne</translation>
        </message>
        <message>
            <source>Sound is not available in this window.</source>
            <translation>In diesem Fenster ist kein Ton verfügbar.</translation>
        </message>
        <message>
            <source>Sound cannot play.</source>
            <translation>Ton kann nicht abgespielt werden.</translation>
        </message>
    </context>
    <context>
        <name>ui.store_settings</name>
        <message>
            <source>Database</source>
            <translation>Datenbank</translation>
        </message>
        <message>
            <source>In use now: not open yet</source>
            <translation>Jetzt in Gebrauch: noch nicht geöffnet</translation>
        </message>
        <message>
            <source>Shared database URL</source>
            <translation>URL der gemeinsamen Datenbank</translation>
        </message>
        <message>
            <source>A PostgreSQL URL without the password; the password comes from {places}</source>
            <translation>Eine PostgreSQL-URL ohne Passwort; das Passwort kommt aus {places}</translation>
        </message>
        <message>
            <source>For example {url}. Leave the password out: Backline reads it from {places}.</source>
            <translation>Zum Beispiel {url}. Lass das Passwort weg: Backline liest es aus {places}.</translation>
        </message>
        <message>
            <source>&amp;Test</source>
            <translation>Tes&amp;ten</translation>
        </message>
        <message>
            <source>Connect to the shared database now (reads only)</source>
            <translation>Jetzt mit der gemeinsamen Datenbank verbinden (nur lesend)</translation>
        </message>
        <message>
            <source>Use the &amp;shared database</source>
            <translation>&amp;Gemeinsame Datenbank verwenden</translation>
        </message>
        <message>
            <source>Open this database from the next start on</source>
            <translation>Diese Datenbank ab dem nächsten Start öffnen</translation>
        </message>
        <message>
            <source>Use the &amp;local database</source>
            <translation>&amp;Lokale Datenbank verwenden</translation>
        </message>
        <message>
            <source>Open the database file on this machine from the next start</source>
            <translation>Ab dem nächsten Start die Datenbankdatei auf diesem Rechner öffnen</translation>
        </message>
        <message>
            <source>The password is never saved by Backline: put it in {places}. A change applies at the next start.</source>
            <translation>Backline speichert das Passwort nie: Trag es in {places} ein. Eine Änderung gilt ab dem nächsten Start.</translation>
        </message>
        <message>
            <source>Shared database &amp;URL:</source>
            <translation>&amp;URL der gemeinsamen Datenbank:</translation>
        </message>
        <message>
            <source>Saved: the shared database is used at each start.</source>
            <translation>Gespeichert: Bei jedem Start wird die gemeinsame Datenbank verwendet.</translation>
        </message>
        <message>
            <source>Saved: the local database is used at each start.</source>
            <translation>Gespeichert: Bei jedem Start wird die lokale Datenbank verwendet.</translation>
        </message>
        <message>
            <source>In use now: {database} (BACKLINE_DB is set: it wins over the choice saved here)</source>
            <translation>Jetzt in Gebrauch: {database} (BACKLINE_DB ist gesetzt und hat Vorrang vor der hier gespeicherten Wahl)</translation>
        </message>
        <message>
            <source>In use now: {database}</source>
            <translation>Jetzt in Gebrauch: {database}</translation>
        </message>
        <message>
            <source>Shared database URL: type one, e.g. {url}</source>
            <translation>URL der gemeinsamen Datenbank: gib eine ein, z. B. {url}</translation>
        </message>
        <message>
            <source>Shared database URL: {problem}</source>
            <translation>URL der gemeinsamen Datenbank: {problem}</translation>
        </message>
        <message>
            <source>Shared database URL: not a PostgreSQL URL (e.g. {url})</source>
            <translation>URL der gemeinsamen Datenbank: keine PostgreSQL-URL (z. B. {url})</translation>
        </message>
        <message>
            <source>Shared database URL: leave the password out; put it in {places}</source>
            <translation>URL der gemeinsamen Datenbank: lass das Passwort weg; trag es in {places} ein</translation>
        </message>
        <message>
            <source>Connecting to {database}…</source>
            <translation>Verbindung zu {database} wird hergestellt…</translation>
        </message>
        <message>
            <source>{database}: reachable, an empty database (Backline sets it up at the first start).</source>
            <translation>{database}: erreichbar, eine leere Datenbank (Backline richtet sie beim ersten Start ein).</translation>
        </message>
        <message>
            <source>{database}: reachable, schema revision {revision}.</source>
            <translation>{database}: erreichbar, Schema-Revision {revision}.</translation>
        </message>
        <message>
            <source>Not reachable: {reason}</source>
            <translation>Nicht erreichbar: {reason}</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <source>Saved: Backline opens {database} at the next start.</source>
            <translation>Gespeichert: Backline öffnet beim nächsten Start {database}.</translation>
        </message>
        <message>
            <source>Not changed: {reason}</source>
            <translation>Nicht geändert: {reason}</translation>
        </message>
        <message>
            <source>Saved: Backline opens the local database ({database}) at the next start.</source>
            <translation>Gespeichert: Backline öffnet beim nächsten Start die lokale Datenbank ({database}).</translation>
        </message>
    </context>
    <context>
        <name>ui.theme</name>
        <message>
            <source>theme must be one of {modes}, not {mode}</source>
            <translation>das Farbschema muss eines von {modes} sein, nicht {mode}</translation>
        </message>
    </context>
    <context>
        <name>ui.today.chart</name>
        <message>
            <source>sleep, h</source>
            <translation>Schlaf, h</translation>
        </message>
        <message>
            <source>Calories and sleep, the last 30 days (shaded: the target)</source>
            <translation>Kalorien und Schlaf, die letzten 30 Tage (schattiert: das Ziel)</translation>
        </message>
    </context>
    <context>
        <name>ui.today.tab</name>
        <message>
            <source>Calories</source>
            <translation>Kalorien</translation>
        </message>
        <message>
            <source>Protein</source>
            <translation>Eiweiß</translation>
        </message>
        <message>
            <source>Fruit and vegetables</source>
            <translation>Obst und Gemüse</translation>
        </message>
        <message>
            <source>Sleep last night</source>
            <translation>Schlaf letzte Nacht</translation>
        </message>
        <message>
            <source>Water</source>
            <translation>Wasser</translation>
        </message>
        <message>
            <source>✓ met</source>
            <translation>✓ erreicht</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>noch nicht</translation>
        </message>
        <message>
            <source>no target</source>
            <translation>kein Ziel</translation>
        </message>
        <message>
            <source>sessions</source>
            <translation>Trainings</translation>
        </message>
        <message>
            <source>servings</source>
            <translation>Portionen</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n Training</numerusform>
                <numerusform>%n Trainings</numerusform>
            </translation>
        </message>
        <message>
            <source>{amount} sessions</source>
            <translation>{amount} Trainings</translation>
        </message>
        <message numerus="yes">
            <source>%n serving(s)</source>
            <translation>
                <numerusform>%n Portion</numerusform>
                <numerusform>%n Portionen</numerusform>
            </translation>
        </message>
        <message>
            <source>{amount} servings</source>
            <translation>{amount} Portionen</translation>
        </message>
        <message>
            <source>once a week</source>
            <translation>einmal pro Woche</translation>
        </message>
        <message>
            <source>once today</source>
            <translation>einmal heute</translation>
        </message>
        <message>
            <source>at least {quantity}</source>
            <translation>mindestens {quantity}</translation>
        </message>
        <message>
            <source>{quantity} a week</source>
            <translation>{quantity} pro Woche</translation>
        </message>
        <message>
            <source>{quantity} today</source>
            <translation>{quantity} heute</translation>
        </message>
        <message>
            <source>nothing logged</source>
            <translation>nichts erfasst</translation>
        </message>
        <message>
            <source>◀ Previous day</source>
            <translation>◀ Vorheriger Tag</translation>
        </message>
        <message>
            <source>Next day ▶</source>
            <translation>Nächster Tag ▶</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Today: the day before</source>
            <translation>Heute: der Tag davor</translation>
        </message>
        <message>
            <source>Today: the day after</source>
            <translation>Heute: der Tag danach</translation>
        </message>
        <message>
            <source>Today: back to today</source>
            <translation>Heute: zurück zu heute</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Bereich</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Geschafft</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Today's program</source>
            <translation>Das heutige Programm</translation>
        </message>
        <message>
            <source>{field}:</source>
            <translation>{field}:</translation>
        </message>
        <message>
            <source>Save the day</source>
            <translation>Tag speichern</translation>
        </message>
        <message>
            <source>The day's log</source>
            <translation>Tagesprotokoll</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Diese Woche</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Letzte 30 Tage</translation>
        </message>
        <message>
            <source>Streak</source>
            <translation>Serie</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Erreicht</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Verpasst</translation>
        </message>
        <message>
            <source>Streaks and misses</source>
            <translation>Serien und Lücken</translation>
        </message>
        <message>
            <source>Streaks over</source>
            <translation>Serien über</translation>
        </message>
        <message>
            <source>Calories and sleep appear here once logged.</source>
            <translation>Kalorien und Schlaf erscheinen hier, sobald sie erfasst sind.</translation>
        </message>
        <message>
            <source>%A, %-d %B %Y</source>
            <translation>%A, %-d. %B %Y</translation>
        </message>
        <message numerus="yes">
            <source>{met} of %n part(s) met. Nothing left to start.</source>
            <translation>
                <numerusform>{met} von %n Bereich erreicht. Nichts mehr zu starten.</numerusform>
                <numerusform>{met} von %n Bereichen erreicht. Nichts mehr zu starten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{met} of %n part(s) met. Due next:</source>
            <translation>
                <numerusform>{met} von %n Bereich erreicht. Als Nächstes:</numerusform>
                <numerusform>{met} von %n Bereichen erreicht. Als Nächstes:</numerusform>
            </translation>
        </message>
        <message>
            <source>our default</source>
            <translation>unser Standardwert</translation>
        </message>
        <message>
            <source>Not saved.</source>
            <translation>Nicht gespeichert.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n Woche</numerusform>
                <numerusform>%n Wochen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.tray</name>
        <message>
            <source>Show Backline</source>
            <translation>Backline anzeigen</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
    </context>
    <context>
        <name>ui.widgets.chart_canvas</name>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
        </message>
        <message>
            <source>%b-%d</source>
            <translation>%-d. %b</translation>
        </message>
        <message>
            <source>%Y-%b</source>
            <translation>%b %Y</translation>
        </message>
        <message>
            <source>%Y-%b-%d</source>
            <translation>%-d. %b %Y</translation>
        </message>
        <message>
            <source>%Y-%b-%d %H:%M</source>
            <translation>%-d. %b %Y, %H:%M</translation>
        </message>
        <message>
            <source>a chart can be saved as .png or .svg, not '{name}'</source>
            <translation>ein Diagramm kann als .png oder .svg gespeichert werden, nicht als „{name}“</translation>
        </message>
    </context>
    <context>
        <name>ui.widgets.number_field</name>
        <message>
            <source>seconds</source>
            <translation>Sekunden</translation>
        </message>
        <message>
            <source>seconds per rep</source>
            <translation>Sekunden pro Wiederholung</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>Minuten</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>Stunden</translation>
        </message>
        <message>
            <source>kilograms</source>
            <translation>Kilogramm</translation>
        </message>
        <message>
            <source>pounds</source>
            <translation>Pfund</translation>
        </message>
        <message>
            <source>centimetres</source>
            <translation>Zentimeter</translation>
        </message>
        <message>
            <source>inches</source>
            <translation>Zoll</translation>
        </message>
        <message>
            <source>grams</source>
            <translation>Gramm</translation>
        </message>
        <message>
            <source>litres</source>
            <translation>Liter</translation>
        </message>
        <message>
            <source>kilocalories</source>
            <translation>Kilokalorien</translation>
        </message>
        <message>
            <source>in {unit}</source>
            <translation>in {unit}</translation>
        </message>
    </context>
    <context>
        <name>ui.widgets.phase_display</name>
        <message>
            <source>Round {number} of {total}</source>
            <translation>Runde {number} von {total}</translation>
        </message>
        <message>
            <source>Set {number} of {total}</source>
            <translation>Satz {number} von {total}</translation>
        </message>
        <message>
            <source>Side: {side}</source>
            <translation>Seite: {side}</translation>
        </message>
        <message>
            <source>Rep {number} of {total}</source>
            <translation>Wdh. {number} von {total}</translation>
        </message>
        <message>
            <source>Position {number} of {total}: {position}</source>
            <translation>Position {number} von {total}: {position}</translation>
        </message>
        <message>
            <source>As long as you can (mark {time}): Enter stops</source>
            <translation>So lange du kannst (Marke {time}): Eingabe beendet</translation>
        </message>
        <message>
            <source>As long as you can: Enter stops</source>
            <translation>So lange du kannst: Eingabe beendet</translation>
        </message>
        <message>
            <source>No workout in progress</source>
            <translation>Kein Training läuft</translation>
        </message>
        <message>
            <source>Paused — {step}</source>
            <translation>Pausiert — {step}</translation>
        </message>
        <message>
            <source>Next: finish</source>
            <translation>Als Nächstes: Ende</translation>
        </message>
        <message>
            <source>Next: {step}</source>
            <translation>Als Nächstes: {step}</translation>
        </message>
    </context>
    <context>
        <name>ui.widgets.set_form</name>
        <message>
            <source>Reps</source>
            <translation>Wdh.</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Gewicht</translation>
        </message>
        <message>
            <source>Seconds</source>
            <translation>Sekunden</translation>
        </message>
        <message>
            <source>RPE</source>
            <translation>RPE</translation>
        </message>
        <message>
            <source>Distance (km)</source>
            <translation>Distanz (km)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>optional, 1-10</source>
            <translation>optional, 1–10</translation>
        </message>
        <message>
            <source>Seconds per hold</source>
            <translation>Haltezeit in Sekunden</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minuten</translation>
        </message>
        <message>
            <source>Distance ({unit})</source>
            <translation>Distanz ({unit})</translation>
        </message>
        <message>
            <source>in {unit}</source>
            <translation>in {unit}</translation>
        </message>
        <message>
            <source>e.g. 30</source>
            <translation>z. B. 30</translation>
        </message>
    </context>
    <context>
        <name>ui.workout.announcer</name>
        <message>
            <source>Workout status</source>
            <translation>Trainingsstatus</translation>
        </message>
    </context>
    <context>
        <name>ui.workout.controls</name>
        <message>
            <source>Pause or resume the workout</source>
            <translation>Training pausieren oder fortsetzen</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>Zurück zum vorigen Schritt</translation>
        </message>
        <message>
            <source>Skip to the next step</source>
            <translation>Weiter zum nächsten Schritt</translation>
        </message>
        <message>
            <source>Take 15 seconds off this phase</source>
            <translation>15 Sekunden von dieser Phase abziehen</translation>
        </message>
        <message>
            <source>Add 15 seconds to this phase (+ or =)</source>
            <translation>15 Sekunden zu dieser Phase hinzufügen (+ oder =)</translation>
        </message>
        <message>
            <source>Confirm the set with the values in the form; stop a running timed set</source>
            <translation>Satz mit den Werten im Formular bestätigen; laufenden Satz mit Zeitmessung stoppen</translation>
        </message>
        <message>
            <source>Undo the last logged set</source>
            <translation>Zuletzt erfassten Satz rückgängig machen</translation>
        </message>
        <message>
            <source>One more set of this exercise</source>
            <translation>Ein weiterer Satz dieser Übung</translation>
        </message>
        <message>
            <source>Skip to the next exercise</source>
            <translation>Weiter zur nächsten Übung</translation>
        </message>
        <message>
            <source>End the workout</source>
            <translation>Training beenden</translation>
        </message>
        <message>
            <source>Floor mode: the workout full screen in large type (F11 or Esc leaves it)</source>
            <translation>Mattenmodus: das Training im Vollbild in großer Schrift (F11 oder Esc beendet ihn)</translation>
        </message>
        <message>
            <source>Leave the log field, or floor mode</source>
            <translation>Eingabefeld oder Mattenmodus verlassen</translation>
        </message>
        <message>
            <source>Accept the suggested next target of this exercise</source>
            <translation>Vorgeschlagenes nächstes Ziel dieser Übung übernehmen</translation>
        </message>
        <message>
            <source>Keep your target (the suggestion is not taken)</source>
            <translation>Dein Ziel behalten (der Vorschlag wird nicht übernommen)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>◀ Back</source>
            <translation>◀ Zurück</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Weiter ▶</translation>
        </message>
        <message>
            <source>Confirm set</source>
            <translation>Satz bestätigen</translation>
        </message>
        <message>
            <source>Undo set</source>
            <translation>Satz rückgängig</translation>
        </message>
        <message>
            <source>Add set</source>
            <translation>Satz hinzufügen</translation>
        </message>
        <message>
            <source>Skip exercise</source>
            <translation>Übung überspringen</translation>
        </message>
        <message>
            <source>End workout</source>
            <translation>Training beenden</translation>
        </message>
        <message>
            <source>Stop ■</source>
            <translation>Stopp ■</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
    </context>
    <context>
        <name>ui.workout.dialogs</name>
        <message>
            <source>%a %d %b, %H:%M</source>
            <translation>%a, %-d. %b, %H:%M</translation>
        </message>
        <message numerus="yes">
            <source>“{name}” from {when} was not finished (%n set(s) logged). Continue where you were?</source>
            <translation>
                <numerusform>Das Training „{name}“ vom {when} wurde nicht beendet (%n Satz erfasst). Dort weitermachen, wo du aufgehört hast?</numerusform>
                <numerusform>Das Training „{name}“ vom {when} wurde nicht beendet (%n Sätze erfasst). Dort weitermachen, wo du aufgehört hast?</numerusform>
            </translation>
        </message>
        <message>
            <source>The timed step that was running (one hold, or a set on the clock) starts again from its beginning, paused.</source>
            <translation>Der Zeitschritt, der lief (ein Halten oder ein Satz auf Zeit), beginnt pausiert wieder von vorn.</translation>
        </message>
        <message>
            <source>It is open on another machine right now: finish or close it there to go on here.</source>
            <translation>Es ist gerade auf einem anderen Rechner geöffnet: Beende oder schließe es dort, um hier weiterzumachen.</translation>
        </message>
        <message>
            <source>Unfinished workout</source>
            <translation>Nicht beendetes Training</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>Finish it as it is</source>
            <translation>So beenden, wie es ist</translation>
        </message>
        <message>
            <source>Discard it</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Später</translation>
        </message>
        <message numerus="yes">
            <source>%n timed set(s) are not logged yet and will be dropped.</source>
            <translation>
                <numerusform>%n Satz mit Zeitmessung ist noch nicht erfasst und wird verworfen.</numerusform>
                <numerusform>%n Sätze mit Zeitmessung sind noch nicht erfasst und werden verworfen.</numerusform>
            </translation>
        </message>
        <message>
            <source>No set is logged: the workout will not be saved.</source>
            <translation>Kein Satz erfasst: Das Training wird nicht gespeichert.</translation>
        </message>
        <message>
            <source>End the workout now?</source>
            <translation>Training jetzt beenden?</translation>
        </message>
        <message>
            <source>End workout</source>
            <translation>Training beenden</translation>
        </message>
        <message>
            <source>Go on</source>
            <translation>Weitermachen</translation>
        </message>
        <message>
            <source>Timed and not logged yet:</source>
            <translation>Gemessen, aber noch nicht erfasst:</translation>
        </message>
        <message>
            <source>Without them no set is logged, and the workout will not be saved.</source>
            <translation>Ohne sie ist kein Satz erfasst, und das Training wird nicht gespeichert.</translation>
        </message>
        <message>
            <source>Log what was timed (only that), then end the workout?</source>
            <translation>Das Gemessene erfassen (nur das) und dann das Training beenden?</translation>
        </message>
        <message>
            <source>Log them and end</source>
            <translation>Erfassen und beenden</translation>
        </message>
        <message>
            <source>End without them</source>
            <translation>Ohne sie beenden</translation>
        </message>
        <message>
            <source>Workout in progress</source>
            <translation>Training läuft</translation>
        </message>
        <message numerus="yes">
            <source>A workout is in progress (%n set(s) logged). Every logged set is saved.
Quit and resume it at the next start, or end it now?</source>
            <translation>
                <numerusform>Ein Training läuft (%n Satz erfasst). Jeder erfasste Satz ist gespeichert.
Backline schließen und das Training beim nächsten Start fortsetzen oder es jetzt beenden?</numerusform>
                <numerusform>Ein Training läuft (%n Sätze erfasst). Jeder erfasste Satz ist gespeichert.
Backline schließen und das Training beim nächsten Start fortsetzen oder es jetzt beenden?</numerusform>
            </translation>
        </message>
        <message>
            <source>Quit, resume later</source>
            <translation>Schließen, später weiter</translation>
        </message>
        <message>
            <source>End it and quit</source>
            <translation>Beenden und schließen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s)</source>
            <translation>
                <numerusform>%n Übung</numerusform>
                <numerusform>%n Übungen</numerusform>
            </translation>
        </message>
        <message>
            <source>Time: {duration}</source>
            <translation>Zeit: {duration}</translation>
        </message>
        <message>
            <source>Sets: {sets} ({exercises})</source>
            <translation>Sätze: {sets} ({exercises})</translation>
        </message>
        <message>
            <source>Volume: {volume}</source>
            <translation>Volumen: {volume}</translation>
        </message>
        <message>
            <source>New records: {records}</source>
            <translation>Neue Rekorde: {records}</translation>
        </message>
        <message>
            <source>Workout saved — {name}</source>
            <translation>Training gespeichert — {name}</translation>
        </message>
    </context>
    <context>
        <name>ui.workout.floor</name>
        <message>
            <source>Floor mode</source>
            <translation>Mattenmodus</translation>
        </message>
        <message>
            <source>The workout in large type, full screen</source>
            <translation>Das Training in großer Schrift, im Vollbild</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Leave floor mode</source>
            <translation>Mattenmodus verlassen</translation>
        </message>
        <message>
            <source>Space resumes · Esc leaves floor mode</source>
            <translation>Leertaste setzt fort · Esc verlässt den Mattenmodus</translation>
        </message>
        <message>
            <source>Space pauses · Enter logs the set · Esc leaves floor mode</source>
            <translation>Leertaste pausiert · Eingabe erfasst den Satz · Esc verlässt den Mattenmodus</translation>
        </message>
    </context>
    <context>
        <name>ui.workout.log_panel</name>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Warm-up</source>
            <translation>Aufwärmsatz</translation>
        </message>
        <message>
            <source>Drop set</source>
            <translation>Dropsatz</translation>
        </message>
        <message>
            <source>To failure</source>
            <translation>Bis zum Versagen</translation>
        </message>
        <message>
            <source>left</source>
            <translation>links</translation>
        </message>
        <message>
            <source>right</source>
            <translation>rechts</translation>
        </message>
        <message>
            <source>{exercise}: set {number} of {total} ({side})</source>
            <translation>{exercise}: Satz {number} von {total} ({side})</translation>
        </message>
        <message>
            <source>{exercise}: set {number} of {total}</source>
            <translation>{exercise}: Satz {number} von {total}</translation>
        </message>
        <message>
            <source>{target} or more, as long as you can</source>
            <translation>{target} oder mehr, so lange du kannst</translation>
        </message>
        <message>
            <source>{before} then {after}</source>
            <translation>{before}, dann {after}</translation>
        </message>
        <message>
            <source>{target} ({positions}, each)</source>
            <translation>{target} ({positions}, jeweils)</translation>
        </message>
        <message>
            <source>Target: {target}</source>
            <translation>Ziel: {target}</translation>
        </message>
        <message>
            <source>Log the set</source>
            <translation>Satz erfassen</translation>
        </message>
        <message>
            <source>Warm-up sets stay out of progress and records</source>
            <translation>Aufwärmsätze zählen nicht für Fortschritt und Rekorde</translation>
        </message>
        <message>
            <source>Seconds</source>
            <translation>Sekunden</translation>
        </message>
        <message>
            <source>Set type:</source>
            <translation>Satztyp:</translation>
        </message>
        <message>
            <source>{set} — replaces the one logged before</source>
            <translation>{set} — ersetzt den zuvor erfassten</translation>
        </message>
        <message>
            <source>{set} — being timed, log it when it ends</source>
            <translation>{set} — Zeit läuft, erfasse ihn, wenn er endet</translation>
        </message>
        <message>
            <source>{set} — in progress, log it when it ends</source>
            <translation>{set} — läuft, erfasse ihn, wenn er endet</translation>
        </message>
        <message>
            <source>Nothing to log right now</source>
            <translation>Gerade nichts zu erfassen</translation>
        </message>
    </context>
    <context>
        <name>ui.workout.mini_timer</name>
        <message>
            <source>Backline timer</source>
            <translation>Backline-Timer</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Pause or resume</source>
            <translation>Pausieren oder fortsetzen</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Skip to the next step</source>
            <translation>Weiter zum nächsten Schritt</translation>
        </message>
        <message>
            <source>Set done</source>
            <translation>Satz erledigt</translation>
        </message>
        <message>
            <source>Confirm the set with the values in the form</source>
            <translation>Satz mit den Werten im Formular bestätigen</translation>
        </message>
        <message>
            <source>Full window</source>
            <translation>Ganzes Fenster</translation>
        </message>
        <message>
            <source>Back to the full window</source>
            <translation>Zurück zum ganzen Fenster</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
    </context>
    <context>
        <name>ui.workout.screen_keeper</name>
        <message>
            <source>A workout is running</source>
            <translation>Ein Training läuft</translation>
        </message>
        <message>
            <source>Rest over</source>
            <translation>Pause vorbei</translation>
        </message>
        <message>
            <source>Time to start</source>
            <translation>Los geht's</translation>
        </message>
        <message>
            <source>Time's up: {exercise}</source>
            <translation>Zeit abgelaufen: {exercise}</translation>
        </message>
        <message>
            <source>Time's up: the set</source>
            <translation>Zeit für den Satz abgelaufen</translation>
        </message>
        <message>
            <source>Next: {step}</source>
            <translation>Als Nächstes: {step}</translation>
        </message>
        <message>
            <source>the notification failed ({error})</source>
            <translation>die Benachrichtigung ist fehlgeschlagen ({error})</translation>
        </message>
    </context>
    <context>
        <name>ui.workout.suggestion</name>
        <message numerus="yes">
            <source>+%n set(s)</source>
            <translation>
                <numerusform>+%n Satz</numerusform>
                <numerusform>+%n Sätze</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>-%n set(s)</source>
            <translation>
                <numerusform>-%n Satz</numerusform>
                <numerusform>-%n Sätze</numerusform>
            </translation>
        </message>
        <message>
            <source>{sign}{seconds} s hold</source>
            <translation>{sign}{seconds} s Haltezeit</translation>
        </message>
        <message>
            <source>reps {range}</source>
            <translation>Wdh. {range}</translation>
        </message>
        <message>
            <source>Suggested: {target} ({change}), or the harder variation: {name}</source>
            <translation>Vorschlag: {target} ({change}) oder die schwerere Variante: {name}</translation>
        </message>
        <message>
            <source>Suggested: {target} ({change})</source>
            <translation>Vorschlag: {target} ({change})</translation>
        </message>
        <message>
            <source>Suggested: {target}, or the harder variation: {name}</source>
            <translation>Vorschlag: {target} oder die schwerere Variante: {name}</translation>
        </message>
        <message>
            <source>Suggested: {target}</source>
            <translation>Vorschlag: {target}</translation>
        </message>
        <message>
            <source>Suggested: the harder variation, {name}</source>
            <translation>Vorschlag: die schwerere Variante, {name}</translation>
        </message>
        <message>
            <source>Suggested: keep your target</source>
            <translation>Vorschlag: Behalte dein Ziel</translation>
        </message>
        <message>
            <source> To switch, change the exercise in the Routines tab; A takes only the target.</source>
            <translation> Zum Wechseln ändere die Übung im Tab „Routinen“; A übernimmt nur das Ziel.</translation>
        </message>
        <message>
            <source>Accept ({key})</source>
            <translation>Übernehmen ({key})</translation>
        </message>
        <message>
            <source>Keep ({key})</source>
            <translation>Behalten ({key})</translation>
        </message>
    </context>
    <context>
        <name>ui.workout.tab</name>
        <message>
            <source>Not saved: connection to the shared database lost — retrying</source>
            <translation>Nicht gespeichert: Verbindung zur gemeinsamen Datenbank verloren — neuer Versuch läuft</translation>
        </message>
        <message>
            <source>Connection to the shared database lost: the timer goes on; where you are is saved at the next step once it is back</source>
            <translation>Verbindung zur gemeinsamen Datenbank verloren: Der Timer läuft weiter; wo du gerade bist, wird beim nächsten Schritt gespeichert, sobald sie wieder da ist</translation>
        </message>
        <message>
            <source>Empty workout (add exercises as you go)</source>
            <translation>Leeres Training (Übungen nach und nach hinzufügen)</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Starten</translation>
        </message>
        <message>
            <source>Start a workout from the chosen routine</source>
            <translation>Ein Training mit der gewählten Routine starten</translation>
        </message>
        <message>
            <source>Resume unfinished workout…</source>
            <translation>Offenes Training fortsetzen…</translation>
        </message>
        <message>
            <source>Ask again about the workout left unfinished</source>
            <translation>Erneut nach dem nicht beendeten Training fragen</translation>
        </message>
        <message>
            <source>Add exercise</source>
            <translation>Übung hinzufügen</translation>
        </message>
        <message>
            <source>Add this exercise to the workout in progress</source>
            <translation>Diese Übung zum laufenden Training hinzufügen</translation>
        </message>
        <message>
            <source>Mini timer</source>
            <translation>Mini-Timer</translation>
        </message>
        <message>
            <source>Switch to a small always-on-top timer ({key})</source>
            <translation>Zu einem kleinen Timer wechseln, der immer im Vordergrund bleibt ({key})</translation>
        </message>
        <message>
            <source>Floor mode</source>
            <translation>Mattenmodus</translation>
        </message>
        <message>
            <source>Note for this workout (saved when it ends)</source>
            <translation>Notiz zu diesem Training (wird am Ende gespeichert)</translation>
        </message>
        <message>
            <source>Routine:</source>
            <translation>Routine:</translation>
        </message>
        <message>
            <source>Workout note</source>
            <translation>Trainingsnotiz</translation>
        </message>
        <message>
            <source>No workout in progress</source>
            <translation>Kein Training läuft</translation>
        </message>
        <message>
            <source>Choose a routine and press Start</source>
            <translation>Wähle eine Routine und drücke „Starten“</translation>
        </message>
        <message>
            <source>What you did last time: click to copy it into the form</source>
            <translation>Was du letztes Mal gemacht hast: Klicken übernimmt es ins Formular</translation>
        </message>
        <message>
            <source>Last time</source>
            <translation>Letztes Mal</translation>
        </message>
        <message>
            <source>Exercise to add</source>
            <translation>Hinzuzufügende Übung</translation>
        </message>
        <message>
            <source>Resumed: press Space to start “{step}”.</source>
            <translation>Fortgesetzt: Drücke die Leertaste, um „{step}“ zu starten.</translation>
        </message>
        <message>
            <source>Not resumed: {error}.</source>
            <translation>Nicht fortgesetzt: {error}.</translation>
        </message>
        <message>
            <source>Wait for {task} to finish first.</source>
            <translation>Warte, bis {task} abgeschlossen ist.</translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s) of {duration}</source>
            <translation>
                <numerusform>%n Wiederholung à {duration}</numerusform>
                <numerusform>%n Wiederholungen à {duration}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n Wiederholung</numerusform>
                <numerusform>%n Wiederholungen</numerusform>
            </translation>
        </message>
        <message>
            <source>{exercise}, set {number} ({side}): {what} timed</source>
            <translation>{exercise}, Satz {number} ({side}), gemessen: {what}</translation>
        </message>
        <message>
            <source>{exercise}, set {number}: {what} timed</source>
            <translation>{exercise}, Satz {number}, gemessen: {what}</translation>
        </message>
        <message>
            <source>Not saved: {error}</source>
            <translation>Nicht gespeichert: {error}</translation>
        </message>
        <message>
            <source>Nothing was logged: the workout was not saved</source>
            <translation>Nichts erfasst: Das Training wurde nicht gespeichert</translation>
        </message>
        <message>
            <source>Workout saved</source>
            <translation>Training gespeichert</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>Going on</source>
            <translation>Weiter geht's</translation>
        </message>
        <message>
            <source>Not undone: {error}</source>
            <translation>Nicht rückgängig gemacht: {error}</translation>
        </message>
        <message>
            <source>No set to undo.</source>
            <translation>Kein Satz zum Rückgängigmachen.</translation>
        </message>
        <message>
            <source>Undone: set {number} is back in the form.</source>
            <translation>Rückgängig gemacht: Satz {number} ist wieder im Formular.</translation>
        </message>
        <message>
            <source>Nothing to log right now.</source>
            <translation>Gerade nichts zu erfassen.</translation>
        </message>
        <message>
            <source>Stopped here, the set not saved: {error}.</source>
            <translation>Hier gestoppt, der Satz ist nicht gespeichert: {error}.</translation>
        </message>
        <message>
            <source>Saved ✓ {exercise}, set {number} (replaced)</source>
            <translation>Gespeichert ✓ {exercise}, Satz {number} (ersetzt)</translation>
        </message>
        <message>
            <source>Saved: {exercise}, set {number} (replaced)</source>
            <translation>Gespeichert: {exercise}, Satz {number} (ersetzt)</translation>
        </message>
        <message>
            <source>Saved ✓ {exercise}, set {number}</source>
            <translation>Gespeichert ✓ {exercise}, Satz {number}</translation>
        </message>
        <message>
            <source>Saved: {exercise}, set {number}</source>
            <translation>Gespeichert: {exercise}, Satz {number}</translation>
        </message>
        <message>
            <source> — New record! {records}</source>
            <translation> — Neuer Rekord! {records}</translation>
        </message>
        <message>
            <source>New record. {record}</source>
            <translation>Neuer Rekord. {record}</translation>
        </message>
        <message>
            <source>Nothing to log right now: last time can be copied once a set is ready to log.</source>
            <translation>Gerade nichts zu erfassen: Das letzte Mal lässt sich kopieren, sobald ein Satz zum Erfassen bereit ist.</translation>
        </message>
        <message>
            <source>No suggestion to accept right now.</source>
            <translation>Gerade kein Vorschlag zum Übernehmen.</translation>
        </message>
        <message>
            <source>New target for {exercise}: {target}.</source>
            <translation>Neues Ziel für {exercise}: {target}.</translation>
        </message>
        <message>
            <source> This workout keeps the sets and times it started with; the next plays it all.</source>
            <translation> Dieses Training behält die Sätze und Zeiten vom Start; das nächste übernimmt alles.</translation>
        </message>
        <message>
            <source>Kept your target for {exercise}.</source>
            <translation>Dein Ziel für {exercise} bleibt.</translation>
        </message>
        <message>
            <source>Last time: {sets}</source>
            <translation>Letztes Mal: {sets}</translation>
        </message>
        <message>
            <source>Add an exercise to begin</source>
            <translation>Füge eine Übung hinzu, um zu beginnen</translation>
        </message>
        <message>
            <source>About {left} left of {total}</source>
            <translation>Noch etwa {left} von {total}</translation>
        </message>
    </context>
</TS>
