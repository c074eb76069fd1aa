<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>core.body.energy</name>
        <message>
            <source>within the last {window} days, at least {weigh_ins} weigh-ins spanning {days} days and calories logged on {percent}% of those days</source>
            <translation>en los últimos {window} días, al menos {weigh_ins} pesajes repartidos en {days} días y calorías registradas en el {percent} % de esos días</translation>
        </message>
        <message>
            <source>low</source>
            <translation>baja</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>media</translation>
        </message>
        <message>
            <source>high</source>
            <translation>alta</translation>
        </message>
        <message>
            <source>Maintenance from your log: not enough data yet (it needs, {needs}; {how_to_log})</source>
            <translation>Mantenimiento según tu registro: aún no hay datos suficientes (se necesitan, {needs}; {how_to_log})</translation>
        </message>
        <message>
            <source>Maintenance from your log: {kcal} ± {margin} kcal/day, confidence {confidence} ({days} days, {weigh_ins} weigh-ins, calories on {intake_days} days; mean intake minus the weight change at {kcal_per_kg} kcal per kg, our figure after Wishnofsky 1958)</source>
            <translation>Mantenimiento según tu registro: {kcal} ± {margin} kcal/día, confianza {confidence} ({days} días, {weigh_ins} pesajes, calorías en {intake_days} días; ingesta media menos el cambio de peso a {kcal_per_kg} kcal por kg, nuestra cifra según Wishnofsky 1958)</translation>
        </message>
        <message>
            <source>your weight holds steady: you eat at maintenance, with no deficit</source>
            <translation>tu peso se mantiene estable: comes a nivel de mantenimiento, sin déficit</translation>
        </message>
        <message>
            <source>less than the articles' {low}-{high} kcal deficit</source>
            <translation>menos que el déficit de {low}-{high} kcal de los artículos</translation>
        </message>
        <message>
            <source>more than the articles' {low}-{high} kcal deficit</source>
            <translation>más que el déficit de {low}-{high} kcal de los artículos</translation>
        </message>
        <message>
            <source>within the articles' {low}-{high} kcal deficit</source>
            <translation>dentro del déficit de {low}-{high} kcal de los artículos</translation>
        </message>
        <message>
            <source>you are losing {rate} kg a week, a deficit of {deficit} kcal a day, {where}</source>
            <translation>estás perdiendo {rate} kg por semana, un déficit de {deficit} kcal al día, {where}</translation>
        </message>
        <message>
            <source>you are gaining {rate} kg a week, {excess} kcal a day above maintenance: no deficit</source>
            <translation>estás ganando {rate} kg por semana, {excess} kcal al día por encima del mantenimiento: sin déficit</translation>
        </message>
        <message>
            <source>At your logged intake of {intake} kcal/day {meaning}.</source>
            <translation>Con tu ingesta registrada de {intake} kcal/día, {meaning}.</translation>
        </message>
        <message>
            <source>The formula's maintenance is {gap} kcal above the estimate</source>
            <translation>El mantenimiento de la fórmula está {gap} kcal por encima de la estimación</translation>
        </message>
        <message>
            <source>The formula's maintenance is {gap} kcal below the estimate</source>
            <translation>El mantenimiento de la fórmula está {gap} kcal por debajo de la estimación</translation>
        </message>
        <message>
            <source>{comparison}; its target of {target} kcal would be a {deficit} kcal deficit against the estimate.</source>
            <translation>{comparison}; su objetivo de {target} kcal supondría un déficit de {deficit} kcal frente a la estimación.</translation>
        </message>
        <message>
            <source>{comparison}; its target of {target} kcal would be {excess} kcal above the estimate: no deficit.</source>
            <translation>{comparison}; su objetivo de {target} kcal estaría {excess} kcal por encima de la estimación: sin déficit.</translation>
        </message>
    </context>
    <context>
        <name>core.body.measurements</name>
        <message>
            <source>is required</source>
            <translation>es obligatorio</translation>
        </message>
        <message>
            <source>enter a weight or at least one measurement</source>
            <translation>introduce un peso o al menos una medida</translation>
        </message>
        <message>
            <source>measurement {id} does not exist</source>
            <translation>la medida {id} no existe</translation>
        </message>
    </context>
    <context>
        <name>core.body.nutrition</name>
        <message>
            <source>our default</source>
            <translation>nuestro valor predeterminado</translation>
        </message>
        <message>
            <source>article {number}</source>
            <translation>artículo {number}</translation>
        </message>
        <message>
            <source>article {number} — {title}</source>
            <translation>artículo {number} — {title}</translation>
        </message>
        <message>
            <source>years</source>
            <translation>años</translation>
        </message>
        <message>
            <source>Missing: {inputs}.</source>
            <translation>Faltan: {inputs}.</translation>
        </message>
        <message>
            <source>{input} {problem}.</source>
            <translation>{input}: {problem}.</translation>
        </message>
        <message>
            <source>sex</source>
            <translation>sexo</translation>
        </message>
        <message>
            <source>age</source>
            <translation>edad</translation>
        </message>
        <message>
            <source>height</source>
            <translation>altura</translation>
        </message>
        <message>
            <source>body weight</source>
            <translation>peso corporal</translation>
        </message>
        <message>
            <source>activity level</source>
            <translation>nivel de actividad</translation>
        </message>
        <message>
            <source>deficit</source>
            <translation>déficit</translation>
        </message>
        <message>
            <source>must be female or male</source>
            <translation>debe ser mujer u hombre</translation>
        </message>
        <message>
            <source>Resting energy (BMR)</source>
            <translation>Metabolismo basal (BMR)</translation>
        </message>
        <message>
            <source>kcal/day</source>
            <translation>kcal/día</translation>
        </message>
        <message>
            <source>factor {factor}</source>
            <translation>factor {factor}</translation>
        </message>
        <message>
            <source>Maintenance calories</source>
            <translation>Calorías de mantenimiento</translation>
        </message>
        <message>
            <source>BMR × {factor} ({level})</source>
            <translation>BMR × {factor} ({level})</translation>
        </message>
        <message>
            <source>Daily target range</source>
            <translation>Rango objetivo diario</translation>
        </message>
        <message>
            <source>maintenance − {low} to {high} kcal a day, never below {floor} (our floor)</source>
            <translation>mantenimiento − {low} a {high} kcal al día, nunca por debajo de {floor} (nuestro mínimo)</translation>
        </message>
        <message>
            <source>maintenance − {low} to {high} kcal a day</source>
            <translation>mantenimiento − {low} a {high} kcal al día</translation>
        </message>
        <message>
            <source>Your daily target</source>
            <translation>Tu objetivo diario</translation>
        </message>
        <message>
            <source>maintenance − {deficit} kcal (reduced to stay above our floor)</source>
            <translation>mantenimiento − {deficit} kcal (reducido para mantenerse por encima de nuestro mínimo)</translation>
        </message>
        <message>
            <source>maintenance − {deficit} kcal (your choice within the article's range)</source>
            <translation>mantenimiento − {deficit} kcal (tu elección dentro del rango del artículo)</translation>
        </message>
        <message>
            <source>Protein</source>
            <translation>Proteína</translation>
        </message>
        <message>
            <source>g/day</source>
            <translation>g/día</translation>
        </message>
        <message>
            <source>{low}–{high} g per lb of body weight ({pounds} lb)</source>
            <translation>{low}–{high} g por lb de peso corporal ({pounds} lb)</translation>
        </message>
        <message>
            <source>Sleep</source>
            <translation>Sueño</translation>
        </message>
        <message>
            <source>hours a night</source>
            <translation>horas por noche</translation>
        </message>
        <message>
            <source>consistent, good-quality sleep</source>
            <translation>sueño regular y de calidad</translation>
        </message>
        <message>
            <source>your maintenance estimate ({maintenance} kcal a day) is at or below {floor} kcal, so the plan keeps you at maintenance, with no deficit</source>
            <translation>tu mantenimiento estimado ({maintenance} kcal al día) es igual o inferior a {floor} kcal, así que el plan te mantiene en mantenimiento, sin déficit</translation>
        </message>
        <message>
            <source>the deficit was reduced so the target stays at or above {floor} kcal a day (maintenance is {maintenance} kcal)</source>
            <translation>se redujo el déficit para que el objetivo se mantenga en {floor} kcal al día o más (mantenimiento: {maintenance} kcal)</translation>
        </message>
        <message>
            <source>Calorie floor: {reduced}. {floor} kcal is our floor for women, not the articles' figure ({reference}). Ask a health professional before eating less.</source>
            <translation>Mínimo de calorías: {reduced}. {floor} kcal es nuestro mínimo para mujeres, no la cifra de los artículos ({reference}). Consulta a un profesional de la salud antes de comer menos.</translation>
        </message>
        <message>
            <source>Calorie floor: {reduced}. {floor} kcal is our floor for men, not the articles' figure ({reference}). Ask a health professional before eating less.</source>
            <translation>Mínimo de calorías: {reduced}. {floor} kcal es nuestro mínimo para hombres, no la cifra de los artículos ({reference}). Consulta a un profesional de la salud antes de comer menos.</translation>
        </message>
        <message>
            <source>{formula}: {weight} × kg {height} × cm {age} × age {constant} (female)</source>
            <translation>{formula}: {weight} × kg {height} × cm {age} × edad {constant} (mujer)</translation>
        </message>
        <message>
            <source>{formula}: {weight} × kg {height} × cm {age} × age {constant} (male)</source>
            <translation>{formula}: {weight} × kg {height} × cm {age} × edad {constant} (hombre)</translation>
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
            <translation>repeticiones</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>peso</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>segundos</translation>
        </message>
        <message>
            <source>distance</source>
            <translation>distancia</translation>
        </message>
        <message>
            <source>RPE</source>
            <translation>RPE</translation>
        </message>
        <message>
            <source>note</source>
            <translation>nota</translation>
        </message>
        <message>
            <source>sets</source>
            <translation>series</translation>
        </message>
        <message>
            <source>fewest reps</source>
            <translation>repeticiones (mín.)</translation>
        </message>
        <message>
            <source>most reps</source>
            <translation>repeticiones (máx.)</translation>
        </message>
        <message>
            <source>hold</source>
            <translation>mantener</translation>
        </message>
        <message>
            <source>rest</source>
            <translation>descanso</translation>
        </message>
        <message>
            <source>rest after the round</source>
            <translation>descanso tras la ronda</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minutos</translation>
        </message>
        <message>
            <source>rounds</source>
            <translation>rondas</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>resumen</translation>
        </message>
        <message>
            <source>fewest sessions a week</source>
            <translation>sesiones por semana (mín.)</translation>
        </message>
        <message>
            <source>most sessions a week</source>
            <translation>sesiones por semana (máx.)</translation>
        </message>
        <message>
            <source>waist</source>
            <translation>cintura</translation>
        </message>
        <message>
            <source>hips</source>
            <translation>cadera</translation>
        </message>
        <message>
            <source>thigh</source>
            <translation>muslo</translation>
        </message>
        <message>
            <source>calories</source>
            <translation>calorías</translation>
        </message>
        <message>
            <source>protein</source>
            <translation>proteína</translation>
        </message>
        <message>
            <source>servings of fruit and vegetables</source>
            <translation>raciones de fruta y verdura</translation>
        </message>
        <message>
            <source>sleep</source>
            <translation>sueño</translation>
        </message>
        <message>
            <source>water</source>
            <translation>agua</translation>
        </message>
        <message>
            <source>age</source>
            <translation>edad</translation>
        </message>
        <message>
            <source>height</source>
            <translation>altura</translation>
        </message>
        <message>
            <source>get-ready time</source>
            <translation>tiempo de preparación</translation>
        </message>
        <message>
            <source>rep cadence</source>
            <translation>cadencia de repeticiones</translation>
        </message>
        <message>
            <source>weight step</source>
            <translation>incremento de peso</translation>
        </message>
        <message>
            <source>volume</source>
            <translation>volumen</translation>
        </message>
        <message>
            <source>origin</source>
            <translation>origen</translation>
        </message>
        <message>
            <source>import key</source>
            <translation>clave de importación</translation>
        </message>
        <message>
            <source>name key</source>
            <translation>clave de nombre</translation>
        </message>
        <message>
            <source>slug</source>
            <translation>slug</translation>
        </message>
        <message>
            <source>source</source>
            <translation>fuente</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>tipo</translation>
        </message>
        <message>
            <source>mode</source>
            <translation>modo</translation>
        </message>
        <message>
            <source>impact</source>
            <translation>impacto</translation>
        </message>
        <message>
            <source>per side</source>
            <translation>por lado</translation>
        </message>
        <message>
            <source>equipment</source>
            <translation>equipo</translation>
        </message>
        <message>
            <source>muscles</source>
            <translation>músculos</translation>
        </message>
        <message>
            <source>instructions</source>
            <translation>instrucciones</translation>
        </message>
        <message>
            <source>cautions</source>
            <translation>precauciones</translation>
        </message>
        <message>
            <source>positions</source>
            <translation>posiciones</translation>
        </message>
        <message>
            <source>side</source>
            <translation>lado</translation>
        </message>
        <message>
            <source>set</source>
            <translation>serie</translation>
        </message>
        <message>
            <source>set type</source>
            <translation>tipo de serie</translation>
        </message>
        <message>
            <source>measured on</source>
            <translation>medido el</translation>
        </message>
        <message>
            <source>reminders</source>
            <translation>recordatorios</translation>
        </message>
        <message>
            <source>must be between {minimum} and {maximum} {unit}</source>
            <translation>debe estar entre {minimum} y {maximum} {unit}</translation>
        </message>
        <message>
            <source>must be between {minimum} and {maximum}</source>
            <translation>debe estar entre {minimum} y {maximum}</translation>
        </message>
        <message>
            <source>is not a number</source>
            <translation>no es un número</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>debe ser un número entero</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>debe ser texto</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>es obligatorio</translation>
        </message>
        <message>
            <source>must be at most {count} characters</source>
            <translation>debe tener como máximo {count} caracteres</translation>
        </message>
        <message>
            <source>holds a NUL character (U+0000)</source>
            <translation>contiene un carácter NUL (U+0000)</translation>
        </message>
        <message>
            <source>“{text}” could be a thousand: write {whole} or {decimal}</source>
            <translation>«{text}» podría ser un millar: escribe {whole} o {decimal}</translation>
        </message>
        <message>
            <source>“{text}” is not a number</source>
            <translation>«{text}» no es un número</translation>
        </message>
        <message>
            <source>use a point for decimals (“{number}”)</source>
            <translation>usa un punto para los decimales («{number}»)</translation>
        </message>
    </context>
    <context>
        <name>core.cli.__init__</name>
        <message>
            <source>usage: </source>
            <translation>uso: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>argumentos posicionales</translation>
        </message>
        <message>
            <source>options</source>
            <translation>opciones</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>mostrar esta ayuda y salir</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: error: %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argumento %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>se requieren los siguientes argumentos: %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>argumentos no reconocidos: %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valor %(type)s no válido: %(value)r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>se esperaba un argumento</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>opción ambigua: %(option)s podría coincidir con %(matches)s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>no permitido con el argumento %s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>argumento explícito %r ignorado</translation>
        </message>
        <message>
            <source>Backline, a desktop workout companion. Without a command, opens the window.</source>
            <translation>Backline, un compañero de entrenamiento para el escritorio. Sin comando, abre la ventana.</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>mostrar el número de versión y salir</translation>
        </message>
        <message>
            <source>database file, or a PostgreSQL URL such as postgresql://user@host/dbname (password from ~/.pgpass or PGPASSWORD; default: $BACKLINE_DB, else the user data directory)</source>
            <translation>archivo de base de datos, o una URL de PostgreSQL como postgresql://user@host/dbname (contraseña de ~/.pgpass o PGPASSWORD; predeterminado: $BACKLINE_DB, si no, la carpeta de datos del usuario)</translation>
        </message>
        <message>
            <source>language of the human-readable output (de, en, es, fr, pt_BR; default: the Settings choice, else the system locale)</source>
            <translation>idioma de la salida legible (de, en, es, fr, pt_BR; predeterminado: la elección de Ajustes, si no, el idioma del sistema)</translation>
        </message>
        <message>
            <source>list the exercise library</source>
            <translation>listar la biblioteca de ejercicios</translation>
        </message>
        <message>
            <source>print JSON instead of a table</source>
            <translation>imprimir JSON en lugar de una tabla</translation>
        </message>
        <message>
            <source>list routines</source>
            <translation>listar las rutinas</translation>
        </message>
        <message>
            <source>print JSON instead of text</source>
            <translation>imprimir JSON en lugar de texto</translation>
        </message>
        <message>
            <source>import a Strong or Hevy CSV, or a Backline JSON</source>
            <translation>importar un CSV de Strong o Hevy, o un JSON de Backline</translation>
        </message>
        <message>
            <source>the export to import</source>
            <translation>la exportación que importar</translation>
        </message>
        <message>
            <source>weight unit, for files that carry none</source>
            <translation>unidad de peso, para archivos que no la indican</translation>
        </message>
        <message>
            <source>map an exercise name in the file to a library slug (repeatable)</source>
            <translation>asignar un nombre de ejercicio del archivo a un slug de la biblioteca (repetible)</translation>
        </message>
        <message>
            <source>show what would be imported, write nothing</source>
            <translation>mostrar lo que se importaría, sin escribir nada</translation>
        </message>
        <message>
            <source>export your history</source>
            <translation>exportar tu historial</translation>
        </message>
        <message>
            <source>strong: Strong's comma CSV, names as they are (for apps that read Strong files); csv: the same columns for a spreadsheet (a text cell starting with = + - @ gets a leading '); json: everything</source>
            <translation>strong: el CSV con comas de Strong, nombres tal cual (para apps que leen archivos de Strong); csv: las mismas columnas para una hoja de cálculo (una celda de texto que empieza por = + - @ recibe un ' inicial); json: todo</translation>
        </message>
        <message>
            <source>replace FILE if it exists</source>
            <translation>reemplazar FILE si existe</translation>
        </message>
        <message>
            <source>weight unit of the CSV (default: your setting)</source>
            <translation>unidad de peso del CSV (predeterminado: tu ajuste)</translation>
        </message>
        <message>
            <source>back up the database (SQLite backup API)</source>
            <translation>hacer una copia de seguridad de la base de datos (API de copias de seguridad de SQLite)</translation>
        </message>
        <message>
            <source>where to write it (default: the backups folder)</source>
            <translation>dónde escribirla (predeterminado: la carpeta de copias de seguridad)</translation>
        </message>
        <message>
            <source>replace the database with a backup</source>
            <translation>reemplazar la base de datos por una copia de seguridad</translation>
        </message>
        <message>
            <source>a backup made by Backline</source>
            <translation>una copia de seguridad hecha por Backline</translation>
        </message>
        <message>
            <source>check the database's integrity</source>
            <translation>comprobar la integridad de la base de datos</translation>
        </message>
        <message>
            <source>the daily plan: maintenance, target calories, protein and sleep</source>
            <translation>el plan diario: mantenimiento, calorías objetivo, proteína y sueño</translation>
        </message>
        <message>
            <source>The plan's figures from the flags, each with its source; beside the formula's maintenance, the estimate from the weigh-ins and calories in the database (read only, when it exists).</source>
            <translation>Las cifras del plan a partir de las opciones, cada una con su fuente; junto al mantenimiento de la fórmula, la estimación a partir de los pesajes y las calorías de la base de datos (solo lectura, si existe).</translation>
        </message>
        <message>
            <source>daily deficit within the article's 250-500 kcal (default: 500)</source>
            <translation>déficit diario dentro de las 250-500 kcal del artículo (predeterminado: 500)</translation>
        </message>
        <message>
            <source>open the window on the Workout tab, ready to start a routine</source>
            <translation>abrir la ventana en la pestaña Entrenamiento, lista para empezar una rutina</translation>
        </message>
        <message>
            <source>routine name, as `backline routines` lists it</source>
            <translation>nombre de la rutina, como lo muestra `backline routines`</translation>
        </message>
        <message>
            <source>the database</source>
            <translation>la base de datos</translation>
        </message>
        <message>
            <source>--db: empty; give a database file (leave --db out for the default one)</source>
            <translation>--db: vacío; indica un archivo de base de datos (omite --db para usar el predeterminado)</translation>
        </message>
        <message>
            <source>--db: {path} names a folder; give a database file in it</source>
            <translation>--db: {path} es una carpeta; indica un archivo de base de datos dentro de ella</translation>
        </message>
        <message>
            <source>BACKLINE_DB: only spaces; give a database file or URL, or unset it</source>
            <translation>BACKLINE_DB: solo espacios; indica un archivo o URL de base de datos, o elimina la variable</translation>
        </message>
        <message>
            <source>the saved database choice</source>
            <translation>la elección de base de datos guardada</translation>
        </message>
        <message>
            <source>cannot use the database: {reason}. Nothing was changed.</source>
            <translation>no se puede usar la base de datos: {reason}. No se cambió nada.</translation>
        </message>
        <message>
            <source>cannot use the database: {reason}. The file was not changed.</source>
            <translation>no se puede usar la base de datos: {reason}. El archivo no se modificó.</translation>
        </message>
        <message>
            <source>cannot use the database: {reason}. The file was not changed; `backline restore FILE` puts a backup in its place.</source>
            <translation>no se puede usar la base de datos: {reason}. El archivo no se modificó; `backline restore FILE` pone una copia de seguridad en su lugar.</translation>
        </message>
        <message>
            <source>{problem}; nothing was changed</source>
            <translation>{problem}; no se cambió nada</translation>
        </message>
        <message>
            <source>{store}: cannot use the database: {reason}</source>
            <translation>{store}: no se puede usar la base de datos: {reason}</translation>
        </message>
        <message>
            <source>no command given; run `backline` (or `python main.py`) to open the window, or see --help</source>
            <translation>no se indicó ningún comando; ejecuta `backline` (o `python main.py`) para abrir la ventana, o consulta --help</translation>
        </message>
    </context>
    <context>
        <name>core.cli.catalog</name>
        <message>
            <source>strength</source>
            <translation>fuerza</translation>
        </message>
        <message>
            <source>cardio</source>
            <translation>cardio</translation>
        </message>
        <message>
            <source>mobility</source>
            <translation>movilidad</translation>
        </message>
        <message>
            <source>recovery</source>
            <translation>recuperación</translation>
        </message>
        <message>
            <source>reps</source>
            <translation>rep.</translation>
        </message>
        <message>
            <source>hold</source>
            <translation>isométrico</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>duración</translation>
        </message>
        <message>
            <source>low</source>
            <translation>bajo</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>medio</translation>
        </message>
        <message>
            <source>high</source>
            <translation>alto</translation>
        </message>
        <message>
            <source>slug</source>
            <translation>slug</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>tipo</translation>
        </message>
        <message>
            <source>mode</source>
            <translation>modo</translation>
        </message>
        <message>
            <source>prescription</source>
            <translation>pauta</translation>
        </message>
        <message>
            <source>impact</source>
            <translation>impacto</translation>
        </message>
        <message>
            <source>articles</source>
            <translation>artículos</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies); * marks our default where the articles give no number.</source>
            <translation>
                <numerusform>%n entrada; * marca nuestro valor predeterminado donde los artículos no dan ninguna cifra.</numerusform>
                <numerusform>%n entradas; * marca nuestro valor predeterminado donde los artículos no dan ninguna cifra.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>core.cli.common</name>
        <message>
            <source>no routine named {name}; the routines are: {routines}</source>
            <translation>no hay ninguna rutina llamada {name}; las rutinas son: {routines}</translation>
        </message>
    </context>
    <context>
        <name>core.cli.daily</name>
        <message>
            <source>calories</source>
            <translation>calorías</translation>
        </message>
        <message>
            <source>protein</source>
            <translation>proteína</translation>
        </message>
        <message>
            <source>servings</source>
            <translation>raciones</translation>
        </message>
        <message>
            <source>sleep</source>
            <translation>sueño</translation>
        </message>
        <message>
            <source>water</source>
            <translation>agua</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>peso</translation>
        </message>
        <message>
            <source>waist</source>
            <translation>cintura</translation>
        </message>
        <message>
            <source>hips</source>
            <translation>cadera</translation>
        </message>
        <message>
            <source>thigh</source>
            <translation>muslo</translation>
        </message>
        <message>
            <source>record (or update) a day's calories, protein, servings, sleep and water</source>
            <translation>registrar (o actualizar) las calorías, la proteína, las raciones, el sueño y el agua de un día</translation>
        </message>
        <message>
            <source>Record a day's log: only the values given change. With no value, print the day as stored (read-only).</source>
            <translation>Registrar el día: solo cambian los valores indicados. Sin ningún valor, muestra el día tal como está guardado (solo lectura).</translation>
        </message>
        <message>
            <source>the day (default: today, local)</source>
            <translation>el día (predeterminado: hoy, hora local)</translation>
        </message>
        <message>
            <source>print the day as JSON</source>
            <translation>imprimir el día como JSON</translation>
        </message>
        <message>
            <source>where you stand today on the whole program: each part, its target and source</source>
            <translation>cómo vas hoy en todo el programa: cada parte, su objetivo y su fuente</translation>
        </message>
        <message>
            <source>Each part of the articles' program for a day and its week: the target, what is done, whether it is met, and the article it comes from. Read-only.</source>
            <translation>Cada parte del programa de los artículos para un día y su semana: el objetivo, lo hecho, si se cumple y el artículo del que procede. Solo lectura.</translation>
        </message>
        <message>
            <source>print JSON: {shape}</source>
            <translation>imprimir JSON: {shape}</translation>
        </message>
        <message>
            <source>body measurements</source>
            <translation>medidas corporales</translation>
        </message>
        <message>
            <source>add a body measurement</source>
            <translation>añadir una medida corporal</translation>
        </message>
        <message>
            <source>the day measured (required)</source>
            <translation>el día de la medición (obligatorio)</translation>
        </message>
        <message>
            <source>body weight in kg (required)</source>
            <translation>peso corporal en kg (obligatorio)</translation>
        </message>
        <message>
            <source>{measure} in cm</source>
            <translation>{measure} en cm</translation>
        </message>
        <message>
            <source>a note</source>
            <translation>una nota</translation>
        </message>
        <message>
            <source>print the measurement as JSON</source>
            <translation>imprimir la medida como JSON</translation>
        </message>
        <message>
            <source>{flag}: {value} is not a date (YYYY-MM-DD)</source>
            <translation>{flag}: {value} no es una fecha (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>{flag}: must be between {earliest} and {latest}</source>
            <translation>{flag}: debe estar entre {earliest} y {latest}</translation>
        </message>
        <message>
            <source>{flag}: {day} is in the future (today is {today})</source>
            <translation>{flag}: {day} está en el futuro (hoy es {today})</translation>
        </message>
        <message>
            <source>{values}; note: {note}</source>
            <translation>{values}; nota: {note}</translation>
        </message>
        <message>
            <source>{day}: nothing logged</source>
            <translation>{day}: nada registrado</translation>
        </message>
        <message>
            <source>Saved {day}</source>
            <translation>Guardado — {day}</translation>
        </message>
        <message>
            <source>{flag}: {problem}; nothing was saved</source>
            <translation>{flag}: {problem}; no se guardó nada</translation>
        </message>
        <message numerus="yes">
            <source>at least %n session(s)</source>
            <translation>
                <numerusform>al menos %n sesión</numerusform>
                <numerusform>al menos %n sesiones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{low}–%n session(s)</source>
            <translation>
                <numerusform>{low}–%n sesión</numerusform>
                <numerusform>{low}–%n sesiones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n sesión</numerusform>
                <numerusform>%n sesiones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>at least %n serving(s)</source>
            <translation>
                <numerusform>al menos %n ración</numerusform>
                <numerusform>al menos %n raciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{low}–%n serving(s)</source>
            <translation>
                <numerusform>{low}–%n ración</numerusform>
                <numerusform>{low}–%n raciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n serving(s)</source>
            <translation>
                <numerusform>%n ración</numerusform>
                <numerusform>%n raciones</numerusform>
            </translation>
        </message>
        <message>
            <source>no target</source>
            <translation>sin objetivo</translation>
        </message>
        <message>
            <source>at least {amount}</source>
            <translation>al menos {amount}</translation>
        </message>
        <message>
            <source>our default</source>
            <translation>nuestro valor predeterminado</translation>
        </message>
        <message>
            <source>article {number}</source>
            <translation>artículo {number}</translation>
        </message>
        <message>
            <source>article {number} — {title}</source>
            <translation>artículo {number} — {title}</translation>
        </message>
        <message>
            <source>{weekday} {day} (week from {week_start})</source>
            <translation>{weekday} {day} (semana desde el {week_start})</translation>
        </message>
        <message>
            <source>{part} this week</source>
            <translation>{part} esta semana</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nada</translation>
        </message>
        <message>
            <source>{part}: {done}; {note}</source>
            <translation>{part}: {done}; {note}</translation>
        </message>
        <message>
            <source>{part}: nothing of {target}; {met}; {source}</source>
            <translation>{part}: nada de {target}; {met}; {source}</translation>
        </message>
        <message>
            <source>{part}: {done} of {target}; {met}; {source}</source>
            <translation>{part}: {done} de {target}; {met}; {source}</translation>
        </message>
        <message>
            <source>met</source>
            <translation>cumplido</translation>
        </message>
        <message>
            <source>not met</source>
            <translation>no cumplido</translation>
        </message>
        <message>
            <source>Next: {action}</source>
            <translation>Siguiente: {action}</translation>
        </message>
        <message>
            <source>Next: nothing due</source>
            <translation>Siguiente: nada pendiente</translation>
        </message>
        <message>
            <source>--date: is required (YYYY-MM-DD)</source>
            <translation>--date: es obligatorio (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>--weight-kg: is required</source>
            <translation>--weight-kg: es obligatorio</translation>
        </message>
        <message>
            <source>Added {day}: {values}</source>
            <translation>Añadido — {day}: {values}</translation>
        </message>
    </context>
    <context>
        <name>core.cli.data</name>
        <message numerus="yes">
            <source>%n workout(s)</source>
            <translation>
                <numerusform>%n entrenamiento</numerusform>
                <numerusform>%n entrenamientos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n serie</numerusform>
                <numerusform>%n series</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n routine(s)</source>
            <translation>
                <numerusform>%n rutina</numerusform>
                <numerusform>%n rutinas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measurement(s)</source>
            <translation>
                <numerusform>%n medida</numerusform>
                <numerusform>%n medidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n logged day(s)</source>
            <translation>
                <numerusform>%n día registrado</numerusform>
                <numerusform>%n días registrados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n target(s)</source>
            <translation>
                <numerusform>%n objetivo</numerusform>
                <numerusform>%n objetivos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n workout(s) were already here</source>
            <translation>
                <numerusform>%n entrenamiento ya estaba aquí</numerusform>
                <numerusform>%n entrenamientos ya estaban aquí</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n were already here</source>
            <translation>
                <numerusform>%n ya estaba aquí</numerusform>
                <numerusform>%n ya estaban aquí</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n were already there</source>
            <translation>
                <numerusform>%n ya estaba allí</numerusform>
                <numerusform>%n ya estaban allí</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new exercise(s)</source>
            <translation>
                <numerusform>%n ejercicio nuevo</numerusform>
                <numerusform>%n ejercicios nuevos</numerusform>
            </translation>
        </message>
        <message>
            <source>--map needs NAME=SLUG, got {pair}</source>
            <translation>--map necesita NAME=SLUG, se recibió {pair}</translation>
        </message>
        <message>
            <source>--dry-run is not available for Backline JSON files</source>
            <translation>--dry-run no está disponible para archivos JSON de Backline</translation>
        </message>
        <message>
            <source>Imported {workouts} ({sets}), {routines}, {measurements}, {days}, {targets}; {skipped}.</source>
            <translation>Importado: {workouts} ({sets}), {routines}, {measurements}, {days}, {targets}; {skipped}.</translation>
        </message>
        <message>
            <source>{problem} (use --unit kg or --unit lb)</source>
            <translation>{problem} (usa --unit kg o --unit lb)</translation>
        </message>
        <message>
            <source>Detected {app} ({dialect}), unit {unit}, {first} to {last}: {workouts}, {sets}.</source>
            <translation>Detectado: {app} ({dialect}), unidad {unit}, del {first} al {last}: {workouts}, {sets}.</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise name(s) are not in the library and will be added as your own exercises unless mapped with --map: {names}</source>
            <translation>
                <numerusform>%n nombre de ejercicio no está en la biblioteca y se añadirá como ejercicio propio salvo que lo asignes con --map: {names}</numerusform>
                <numerusform>%n nombres de ejercicios no están en la biblioteca y se añadirán como ejercicios propios salvo que los asignes con --map: {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>Dry run: nothing was written.</source>
            <translation>Simulación: no se escribió nada.</translation>
        </message>
        <message>
            <source>Imported {workouts} ({sets}); {skipped}; {created}.</source>
            <translation>Importado: {workouts} ({sets}); {skipped}; {created}.</translation>
        </message>
        <message>
            <source>{where}: {problem}; nothing was imported</source>
            <translation>{where}: {problem}; no se importó nada</translation>
        </message>
        <message>
            <source>{problem}; nothing was exported</source>
            <translation>{problem}; no se exportó nada</translation>
        </message>
        <message>
            <source>Exported {workouts} ({sets}) to {path}</source>
            <translation>Exportado: {workouts} ({sets}) a {path}</translation>
        </message>
        <message>
            <source>{problem}; no backup was made</source>
            <translation>{problem}; no se hizo ninguna copia de seguridad</translation>
        </message>
        <message>
            <source>Backed up to {path} (the database holds nothing you entered yet)</source>
            <translation>Copia de seguridad en {path} (la base de datos aún no contiene nada que hayas introducido)</translation>
        </message>
        <message>
            <source>Backed up to {path}</source>
            <translation>Copia de seguridad en {path}</translation>
        </message>
        <message>
            <source>Backed up {store} to {path} (a Backline JSON export)</source>
            <translation>Copia de seguridad de {store} en {path} (una exportación JSON de Backline)</translation>
        </message>
        <message>
            <source>{name} is a SQLite backup; the shared database takes a Backline JSON one: `backline --db {path} export --format json --output backup.json`, then `backline restore backup.json`</source>
            <translation>{name} es una copia de seguridad SQLite; la base de datos compartida usa una copia JSON de Backline: `backline --db {path} export --format json --output backup.json` y luego `backline restore backup.json`</translation>
        </message>
        <message>
            <source>{name} is a Backline JSON backup (a shared database's); read it into this file with `backline import {path} --format json`</source>
            <translation>{name} es una copia de seguridad JSON de Backline (de una base de datos compartida); cárgala en este archivo con `backline import {path} --format json`</translation>
        </message>
        <message>
            <source>Restored {name}; the previous database was kept as {path}</source>
            <translation>{name} restaurado; la base de datos anterior se conservó como {path}</translation>
        </message>
        <message>
            <source>Restored {name}</source>
            <translation>{name} restaurado</translation>
        </message>
        <message>
            <source>{name}: {problem}; nothing was restored</source>
            <translation>{name}: {problem}; no se restauró nada</translation>
        </message>
        <message>
            <source>Restored {name} into {store}: {workouts} ({sets}); {skipped}</source>
            <translation>{name} restaurado en {store}: {workouts} ({sets}); {skipped}</translation>
        </message>
        <message>
            <source>{store}: ok</source>
            <translation>{store}: correcto</translation>
        </message>
        <message>
            <source>{store}: damaged: {problems}</source>
            <translation>{store}: dañado: {problems}</translation>
        </message>
        <message>
            <source>{store}: cannot check: {problems}</source>
            <translation>{store}: no se puede comprobar: {problems}</translation>
        </message>
    </context>
    <context>
        <name>core.cli.plan</name>
        <message>
            <source>print JSON instead of text. Besides the formula's figures it carries the estimate from your log: maintenance_estimate_kcal, estimate_days, estimate_margin_kcal (the 95% range's half-width), estimate_confidence (low, medium or high) and estimate_kg_per_week; all null until the database holds, {needs}</source>
            <translation>imprimir JSON en lugar de texto. Además de las cifras de la fórmula, incluye la estimación de tu registro: maintenance_estimate_kcal, estimate_days, estimate_margin_kcal (la semianchura del intervalo del 95 %), estimate_confidence (low, medium o high) y estimate_kg_per_week; todos null hasta que la base de datos contenga, {needs}</translation>
        </message>
        <message>
            <source>{figure}: {value} ({basis}; {source})</source>
            <translation>{figure}: {value} ({basis}; {source})</translation>
        </message>
        <message>
            <source>`backline body add` and `backline day --kcal` record them</source>
            <translation>`backline body add` y `backline day --kcal` los registran</translation>
        </message>
        <message>
            <source>Warning: {warning}</source>
            <translation>Aviso: {warning}</translation>
        </message>
    </context>
    <context>
        <name>core.cli.progression</name>
        <message>
            <source>the next target of each item of a routine, from what you did, and why</source>
            <translation>el próximo objetivo de cada elemento de una rutina, según lo que hiciste, y por qué</translation>
        </message>
        <message>
            <source>routine name, as `backline routines` lists it</source>
            <translation>nombre de la rutina, como lo muestra `backline routines`</translation>
        </message>
        <message>
            <source>print JSON instead of text</source>
            <translation>imprimir JSON en lugar de texto</translation>
        </message>
        <message>
            <source>{routine}: the next target of each item</source>
            <translation>{routine}: el próximo objetivo de cada elemento</translation>
        </message>
        <message>
            <source>{routine}: the next target of each item (suggestions are off for this routine: the current targets)</source>
            <translation>{routine}: el próximo objetivo de cada elemento (las sugerencias están desactivadas para esta rutina: los objetivos actuales)</translation>
        </message>
        <message>
            <source>{position}. {exercise}: {target}</source>
            <translation>{position}. {exercise}: {target}</translation>
        </message>
        <message>
            <source>{position}. {exercise}: {target} (unchanged)</source>
            <translation>{position}. {exercise}: {target} (sin cambios)</translation>
        </message>
        <message>
            <source>Last time: {done}</source>
            <translation>La última vez: {done}</translation>
        </message>
    </context>
    <context>
        <name>core.daily.log</name>
        <message>
            <source>is not a field of a day's log</source>
            <translation>no es un campo del registro diario</translation>
        </message>
    </context>
    <context>
        <name>core.daily.reminders</name>
        <message>
            <source>Daily home back complex</source>
            <translation>Circuito diario de espalda en casa</translation>
        </message>
        <message>
            <source>Five gentle back moves, as one circuit.</source>
            <translation>Cinco movimientos suaves de espalda, en un solo circuito.</translation>
        </message>
        <message>
            <source>Thigh massage</source>
            <translation>Masaje de muslos</translation>
        </message>
        <message>
            <source>5 minutes for the backs of the thighs.</source>
            <translation>5 minutos para la parte posterior de los muslos.</translation>
        </message>
        <message>
            <source>Cardio</source>
            <translation>Cardio</translation>
        </message>
        <message>
            <source>30 minutes of tough cardio today.</source>
            <translation>30 minutos de cardio intenso hoy.</translation>
        </message>
        <message>
            <source>must be a list</source>
            <translation>debe ser una lista</translation>
        </message>
        <message>
            <source>entry {number}: must be an object</source>
            <translation>entrada {number}: debe ser un objeto</translation>
        </message>
        <message>
            <source>entry {number}: key must be one of {keys}</source>
            <translation>entrada {number}: key debe ser uno de estos: {keys}</translation>
        </message>
        <message>
            <source>{key}: enabled must be true or false</source>
            <translation>{key}: enabled debe ser true o false</translation>
        </message>
        <message>
            <source>{key}: time must be HH:MM, 00:00 to 23:59</source>
            <translation>{key}: time debe ser HH:MM, de 00:00 a 23:59</translation>
        </message>
        <message>
            <source>{key}: weekdays must list days 0 (Monday) to 6</source>
            <translation>{key}: weekdays debe listar días de 0 (lunes) a 6</translation>
        </message>
    </context>
    <context>
        <name>core.daily.today</name>
        <message>
            <source>our default ({reference})</source>
            <translation>nuestro valor predeterminado ({reference})</translation>
        </message>
        <message>
            <source>Start a {minutes} min massage</source>
            <translation>Iniciar un masaje de {minutes} min</translation>
        </message>
        <message>
            <source>Start {minutes} min of cardio</source>
            <translation>Iniciar {minutes} min de cardio</translation>
        </message>
        <message>
            <source>Start {routine}</source>
            <translation>Iniciar {routine}</translation>
        </message>
        <message>
            <source>workouts this week with a working strength set (the home complex counts apart)</source>
            <translation>entrenamientos esta semana con una serie de trabajo de fuerza (el circuito en casa cuenta aparte)</translation>
        </message>
        <message>
            <source>{minutes} min of cardio this week in all</source>
            <translation>{minutes} min de cardio en total esta semana</translation>
        </message>
        <message>
            <source>Sleep last night</source>
            <translation>Sueño anoche</translation>
        </message>
        <message>
            <source>Protein</source>
            <translation>Proteína</translation>
        </message>
        <message>
            <source>Calories</source>
            <translation>Calorías</translation>
        </message>
        <message>
            <source>no target until the plan has {missing} (Body &amp; plan)</source>
            <translation>sin objetivo hasta que el plan tenga {missing} (Cuerpo y plan)</translation>
        </message>
        <message>
            <source>no target until the plan has its inputs (Body &amp; plan)</source>
            <translation>sin objetivo hasta que el plan tenga sus datos (Cuerpo y plan)</translation>
        </message>
    </context>
    <context>
        <name>core.desktop</name>
        <message>
            <source>the shipped desktop entry has an unexpected Exec line {line}; nothing was installed</source>
            <translation>la entrada de escritorio incluida tiene una línea Exec inesperada {line}; no se instaló nada</translation>
        </message>
        <message>
            <source>the shipped desktop entry has no Exec line; nothing was installed</source>
            <translation>la entrada de escritorio incluida no tiene ninguna línea Exec; no se instaló nada</translation>
        </message>
        <message>
            <source>no existing parent folder</source>
            <translation>no existe ninguna carpeta superior</translation>
        </message>
        <message>
            <source>{path} is not a folder</source>
            <translation>{path} no es una carpeta</translation>
        </message>
        <message>
            <source>Permission denied</source>
            <translation>Permiso denegado</translation>
        </message>
        <message>
            <source>Permission denied (in {path})</source>
            <translation>Permiso denegado (en {path})</translation>
        </message>
        <message>
            <source>cannot read the shipped file {path}: {reason}; nothing was installed (reinstall Backline)</source>
            <translation>no se puede leer el archivo incluido {path}: {reason}; no se instaló nada (reinstala Backline)</translation>
        </message>
        <message>
            <source>cannot install: the launcher {path} does not exist; pass the installed backline script with --exec-path</source>
            <translation>no se puede instalar: el lanzador {path} no existe; indica el script backline instalado con --exec-path</translation>
        </message>
        <message>
            <source>cannot install: the launcher {path} does not exist (not on PATH nor beside this Python); pass the installed backline script with --exec-path</source>
            <translation>no se puede instalar: el lanzador {path} no existe (ni en el PATH ni junto a este Python); indica el script backline instalado con --exec-path</translation>
        </message>
        <message>
            <source>a folder is in the way</source>
            <translation>hay una carpeta en su lugar</translation>
        </message>
        <message numerus="yes">
            <source>cannot write {path}: {reason} (and %n other problem(s)); nothing was installed</source>
            <translation>
                <numerusform>no se puede escribir {path}: {reason} (y %n problema más); no se instaló nada</numerusform>
                <numerusform>no se puede escribir {path}: {reason} (y %n problemas más); no se instaló nada</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot write {path}: {reason}; nothing was installed</source>
            <translation>no se puede escribir {path}: {reason}; no se instaló nada</translation>
        </message>
        <message>
            <source>cannot remove {path}: {reason}</source>
            <translation>no se puede eliminar {path}: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>{problem} (and %n more problem(s))</source>
            <translation>
                <numerusform>{problem} (y %n problema más)</numerusform>
                <numerusform>{problem} (y %n problemas más)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{problems}; removed %n other file(s)</source>
            <translation>
                <numerusform>{problems}; se eliminó %n archivo más</numerusform>
                <numerusform>{problems}; se eliminaron %n archivos más</numerusform>
            </translation>
        </message>
        <message>
            <source>add Backline to the desktop's application menu, or remove it</source>
            <translation>añadir Backline al menú de aplicaciones del escritorio, o quitarlo</translation>
        </message>
        <message>
            <source>install the desktop entry, metainfo and icons for this user</source>
            <translation>instalar la entrada de escritorio, los metadatos y los iconos para este usuario</translation>
        </message>
        <message>
            <source>remove what `desktop install` wrote</source>
            <translation>quitar lo que escribió `desktop install`</translation>
        </message>
        <message>
            <source>data folder to use (default: $XDG_DATA_HOME, else ~/.local/share)</source>
            <translation>carpeta de datos que usar (predeterminada: $XDG_DATA_HOME, si no, ~/.local/share)</translation>
        </message>
        <message>
            <source>the backline script the menu entry runs (default: the one on PATH)</source>
            <translation>el script backline que ejecuta la entrada del menú (predeterminado: el del PATH)</translation>
        </message>
        <message>
            <source>wrote {path}</source>
            <translation>se escribió {path}</translation>
        </message>
        <message numerus="yes">
            <source>installed Backline's menu entry (%n file(s)) into {folder}</source>
            <translation>
                <numerusform>se instaló la entrada de menú de Backline (%n archivo) en {folder}</numerusform>
                <numerusform>se instaló la entrada de menú de Backline (%n archivos) en {folder}</numerusform>
            </translation>
        </message>
        <message>
            <source>removed {path}</source>
            <translation>se eliminó {path}</translation>
        </message>
        <message numerus="yes">
            <source>removed Backline's menu entry (%n file(s)) from {folder}</source>
            <translation>
                <numerusform>se quitó la entrada de menú de Backline (%n archivo) de {folder}</numerusform>
                <numerusform>se quitó la entrada de menú de Backline (%n archivos) de {folder}</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing to remove: Backline's menu entry is not installed in {folder}</source>
            <translation>nada que quitar: la entrada de menú de Backline no está instalada en {folder}</translation>
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
            <translation>{reps} rep.</translation>
        </message>
        <message>
            <source>(hold {time})</source>
            <translation>(mantener {time})</translation>
        </message>
        <message>
            <source>{reps} x</source>
            <translation>{reps} x</translation>
        </message>
        <message>
            <source>{time} hold</source>
            <translation>mantener {time}</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>each side</source>
            <translation>cada lado</translation>
        </message>
        <message>
            <source>@ {weight}</source>
            <translation>@ {weight}</translation>
        </message>
        <message>
            <source>, rest {time}</source>
            <translation>, descanso {time}</translation>
        </message>
        <message>
            <source>, then {time}</source>
            <translation>, luego {time}</translation>
        </message>
        <message>
            <source>, {sessions}/week</source>
            <translation>, {sessions}/semana</translation>
        </message>
        <message>
            <source>reps</source>
            <translation>rep.</translation>
        </message>
    </context>
    <context>
        <name>core.i18n</name>
        <message>
            <source>--lang: {value} is not a language Backline speaks (choose from {choices})</source>
            <translation>--lang: {value} no es un idioma que Backline hable (elige entre {choices})</translation>
        </message>
    </context>
    <context>
        <name>core.insight.history</name>
        <message>
            <source>no workout {id}</source>
            <translation>no existe el entrenamiento {id}</translation>
        </message>
        <message>
            <source>no logged set {id}</source>
            <translation>no existe la serie registrada {id}</translation>
        </message>
    </context>
    <context>
        <name>core.insight.progression</name>
        <message>
            <source>suggestions are off for this routine</source>
            <translation>las sugerencias están desactivadas para esta rutina</translation>
        </message>
        <message>
            <source>Suggestions build on what you did, warm-ups left out. Weighted moves follow double progression: when every set reached the top of the rep range, the next target adds one step ({barbell_kg} kg or {barbell_lb} lb on a barbell, {dumbbell_kg} kg or {dumbbell_lb} lb on dumbbells; a routine item can have its own) and starts again from the bottom of the range; otherwise it stays at the weight you lifted and aims for the top. Bodyweight moves aim for one more rep than your fewest, up to the top of the range, then one more set (up to {extra_sets} more than the routine's), then the harder variation the article names. Holds held in full get {hold_step} seconds longer; cardio done in full gets {minutes_step} minutes more (up to {minutes_max}). After {misses} missed workouts in a row the suggestion is a deload. When a set fell short, the target stays until you fill it. The step sizes, the deload and the set limit are our rules, not the articles'. You decide: accept a suggestion, keep your target, or turn suggestions off for a routine.</source>
            <translation>Las sugerencias se basan en lo que hiciste, sin contar el calentamiento. Los ejercicios con peso siguen la doble progresión: cuando todas las series llegaron al máximo del rango de repeticiones, el siguiente objetivo suma un incremento ({barbell_kg} kg o {barbell_lb} lb en barra, {dumbbell_kg} kg o {dumbbell_lb} lb en mancuernas; un elemento de la rutina puede tener el suyo) y vuelve a empezar desde el mínimo del rango; si no, se queda en el peso que levantaste y apunta al máximo. Los ejercicios con peso corporal apuntan a una repetición más que tu mínimo, hasta el máximo del rango, luego a una serie más (hasta {extra_sets} más que la rutina) y luego a la variante más difícil que nombra el artículo. Los isométricos mantenidos por completo suman {hold_step} segundos; el cardio hecho por completo suma {minutes_step} minutos (hasta {minutes_max}). Tras {misses} entrenamientos fallidos seguidos, la sugerencia es una descarga. Si una serie se quedó corta, el objetivo se mantiene hasta que lo cumplas. El tamaño de los incrementos, la descarga y el límite de series son reglas nuestras, no de los artículos. Tú decides: acepta una sugerencia, mantén tu objetivo o desactiva las sugerencias de una rutina.</translation>
        </message>
        <message>
            <source>no routine item {id}</source>
            <translation>no existe el elemento de rutina {id}</translation>
        </message>
        <message>
            <source>no routine {id}</source>
            <translation>no existe la rutina {id}</translation>
        </message>
        <message>
            <source>holds {times}</source>
            <translation>isométricos de {times}</translation>
        </message>
        <message>
            <source>{reps} reps</source>
            <translation>{reps} rep.</translation>
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
            <translation>el incremento de este elemento</translation>
        </message>
        <message>
            <source>our step</source>
            <translation>nuestro incremento</translation>
        </message>
        <message>
            <source>our step for a barbell</source>
            <translation>nuestro incremento para barra</translation>
        </message>
        <message>
            <source>our step for a dumbbell</source>
            <translation>nuestro incremento para mancuerna</translation>
        </message>
        <message>
            <source>our step for a {equipment}</source>
            <translation>nuestro incremento para {equipment}</translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n serie</numerusform>
                <numerusform>%n series</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s) of {total}</source>
            <translation>
                <numerusform>%n serie de {total}</numerusform>
                <numerusform>%n series de {total}</numerusform>
            </translation>
        </message>
        <message>
            <source>{reps} reps</source>
            <translation>{reps} rep.</translation>
        </message>
        <message>
            <source>There is no earlier workout with this exercise yet, so the target stays.</source>
            <translation>Aún no hay ningún entrenamiento anterior con este ejercicio, así que el objetivo se mantiene.</translation>
        </message>
        <message>
            <source>This exercise has no rep target, so the target stays.</source>
            <translation>Este ejercicio no tiene objetivo de repeticiones, así que el objetivo se mantiene.</translation>
        </message>
        <message>
            <source>The weight is at the most we allow.</source>
            <translation>El peso ya está en el máximo que permitimos.</translation>
        </message>
        <message>
            <source>{step}, to the nearest {weight}</source>
            <translation>{step}, redondeado a {weight}</translation>
        </message>
        <message>
            <source>All {sets} reached {top} reps at {weight} last time, so add {step} ({step_source}): {new_weight}, and start again from {bottom} reps (our rule: double progression).</source>
            <translation>La última vez, las {sets} llegaron a {top} rep. con {weight}, así que suma {step} ({step_source}): {new_weight}, y vuelve a empezar desde {bottom} rep. (nuestra regla: doble progresión).</translation>
        </message>
        <message>
            <source>{misses} workouts in a row at {weight} fell short of {sets} x {bottom} reps, so deload to {new_weight} and build back up (our rule: {percent}% lighter after {after} misses).</source>
            <translation>{misses} entrenamientos seguidos con {weight} se quedaron por debajo de {sets} x {bottom} rep., así que haz una descarga a {new_weight} y vuelve a subir (nuestra regla: un {percent} % menos tras {after} fallos).</translation>
        </message>
        <message>
            <source>Last time {done} at {weight}: stay at {weight} and aim for {top} reps in all {sets}.</source>
            <translation>La última vez {done} con {weight}: quédate en {weight} y apunta a {top} rep. en las {sets}.</translation>
        </message>
        <message>
            <source>All {sets} reached {top} reps, the top of the range, so add a set: {new_sets} x {range} reps (our rule: one set at a time, up to {most}, from {bottom} reps).</source>
            <translation>Las {sets} llegaron a {top} rep., el máximo del rango, así que suma una serie: {new_sets} x {range} rep. (nuestra regla: una serie cada vez, hasta {most}, desde {bottom} rep.).</translation>
        </message>
        <message>
            <source>All {sets} reached {top} reps at {most} sets, the most we suggest (our rule), so the next step is the harder variation the article names: {exercise}. Change the exercise in the routine when ready.</source>
            <translation>Las {sets} llegaron a {top} rep. con {most} series, lo máximo que sugerimos (nuestra regla), así que el siguiente paso es la variante más difícil que nombra el artículo: {exercise}. Cambia el ejercicio en la rutina cuando estés listo.</translation>
        </message>
        <message>
            <source>All {sets} reached {top} reps at {most} sets, the most we suggest (our rule), and the library names no harder variation: add a weight to make it harder.</source>
            <translation>Las {sets} llegaron a {top} rep. con {most} series, lo máximo que sugerimos (nuestra regla), y la biblioteca no nombra ninguna variante más difícil: añade peso para hacerlo más duro.</translation>
        </message>
        <message>
            <source>Every set reached {aim} reps last time ({done}), so aim for {new_aim} in every set (our rule: one more than your fewest, up to the top of {range}).</source>
            <translation>La última vez cada serie llegó a {aim} rep. ({done}), así que apunta a {new_aim} en cada serie (nuestra regla: una más que tu mínimo, hasta el máximo de {range}).</translation>
        </message>
        <message>
            <source>{misses} workouts in a row fell short of {sets} x {bottom} reps, so ease off: {fewer} x {range} reps, and build back up (our rule: one set fewer after {after} misses).</source>
            <translation>{misses} entrenamientos seguidos se quedaron por debajo de {sets} x {bottom} rep., así que afloja: {fewer} x {range} rep., y vuelve a subir (nuestra regla: una serie menos tras {after} fallos).</translation>
        </message>
        <message>
            <source>Last time {done}: aim for {aim} reps in all {sets} again.</source>
            <translation>La última vez {done}: vuelve a apuntar a {aim} rep. en las {sets}.</translation>
        </message>
        <message>
            <source>This hold has no time target, so there is nothing to add to.</source>
            <translation>Este isométrico no tiene objetivo de tiempo, así que no hay nada que aumentar.</translation>
        </message>
        <message>
            <source>The hold is already at the longest time we allow.</source>
            <translation>El isométrico ya está en el tiempo máximo que permitimos.</translation>
        </message>
        <message>
            <source>at least {held} s (target {goal} s)</source>
            <translation>al menos {held} s (objetivo {goal} s)</translation>
        </message>
        <message>
            <source>Every hold lasted {held} last time, so hold {step} s longer (our step): {new} s.</source>
            <translation>La última vez cada isométrico duró {held}, así que mantén {step} s más (nuestro incremento): {new} s.</translation>
        </message>
        <message>
            <source>{misses} workouts in a row had a hold shorter than {goal} s, so ease off to {new} s and build back up (our rule: one step back after {after} misses).</source>
            <translation>{misses} entrenamientos seguidos tuvieron un isométrico de menos de {goal} s, así que baja a {new} s y vuelve a subir (nuestra regla: un incremento menos tras {after} fallos).</translation>
        </message>
        <message>
            <source>Not every hold lasted {goal} s last time (shortest {shortest}), so aim for {goal} s again.</source>
            <translation>La última vez no todos los isométricos duraron {goal} s (el más corto: {shortest}), así que vuelve a apuntar a {goal} s.</translation>
        </message>
        <message>
            <source>This activity has no time target, so the target stays.</source>
            <translation>Esta actividad no tiene objetivo de tiempo, así que el objetivo se mantiene.</translation>
        </message>
        <message>
            <source>You did the full {minutes} min last time; {kind} time keeps the article's length (our rule: only cardio and strength time grows).</source>
            <translation>La última vez hiciste los {minutes} min completos; en {kind} se mantiene la duración del artículo (nuestra regla: solo crece el tiempo de cardio y de fuerza).</translation>
        </message>
        <message>
            <source>You did the full {minutes} min last time, the longest we suggest (our rule: up to {cap} min).</source>
            <translation>La última vez hiciste los {minutes} min completos, lo máximo que sugerimos (nuestra regla: hasta {cap} min).</translation>
        </message>
        <message>
            <source>the full {minutes} min</source>
            <translation>los {minutes} min completos</translation>
        </message>
        <message>
            <source>You did {done} last time, so add {step} min (our step): {new} min.</source>
            <translation>La última vez hiciste {done}, así que suma {step} min (nuestro incremento): {new} min.</translation>
        </message>
        <message>
            <source>{misses} workouts in a row were shorter than {minutes} min, so ease off to {new} min and build back up (our rule: one step back after {after} misses).</source>
            <translation>{misses} entrenamientos seguidos duraron menos de {minutes} min, así que baja a {new} min y vuelve a subir (nuestra regla: un incremento menos tras {after} fallos).</translation>
        </message>
        <message>
            <source>Last time {done} min of {minutes}: aim for the full {minutes} min again.</source>
            <translation>La última vez {done} min de {minutes}: vuelve a apuntar a los {minutes} min completos.</translation>
        </message>
        <message>
            <source>mobility</source>
            <translation>movilidad</translation>
        </message>
        <message>
            <source>recovery</source>
            <translation>recuperación</translation>
        </message>
        <message>
            <source>cardio</source>
            <translation>cardio</translation>
        </message>
        <message>
            <source>strength</source>
            <translation>fuerza</translation>
        </message>
    </context>
    <context>
        <name>core.insight.records</name>
        <message>
            <source>Heaviest weight</source>
            <translation>Peso máximo</translation>
        </message>
        <message>
            <source>Most reps at a weight</source>
            <translation>Más rep. con un peso</translation>
        </message>
        <message>
            <source>Best estimated 1RM (Epley)</source>
            <translation>Mejor 1RM estimado (Epley)</translation>
        </message>
        <message>
            <source>Longest hold</source>
            <translation>Isométrico más largo</translation>
        </message>
        <message>
            <source>Longest activity</source>
            <translation>Actividad más larga</translation>
        </message>
        <message>
            <source>Heaviest weight: {weight} × {reps}</source>
            <translation>Peso máximo: {weight} × {reps}</translation>
        </message>
        <message>
            <source>Heaviest weight: {weight}</source>
            <translation>Peso máximo: {weight}</translation>
        </message>
        <message>
            <source>Most reps at {weight}: {reps}</source>
            <translation>Más rep. con {weight}: {reps}</translation>
        </message>
        <message>
            <source>Most reps at bodyweight: {reps}</source>
            <translation>Más rep. con peso corporal: {reps}</translation>
        </message>
        <message>
            <source>Best estimated 1RM: {e1rm} ({weight} × {reps}, Epley)</source>
            <translation>Mejor 1RM estimado: {e1rm} ({weight} × {reps}, Epley)</translation>
        </message>
        <message>
            <source>Longest hold: {time}</source>
            <translation>Isométrico más largo: {time}</translation>
        </message>
        <message>
            <source>Longest activity: {time}</source>
            <translation>Actividad más larga: {time}</translation>
        </message>
        <message>
            <source>no logged set {id}</source>
            <translation>no existe la serie registrada {id}</translation>
        </message>
    </context>
    <context>
        <name>core.insight.targets</name>
        <message>
            <source>no routine item {id}</source>
            <translation>no existe el elemento de rutina {id}</translation>
        </message>
        <message>
            <source>must be at least the fewest reps</source>
            <translation>debe ser al menos el mínimo de rep.</translation>
        </message>
    </context>
    <context>
        <name>core.insight.trends</name>
        <message>
            <source>Heaviest set</source>
            <translation>Serie más pesada</translation>
        </message>
        <message>
            <source>Estimated 1RM</source>
            <translation>1RM estimado</translation>
        </message>
        <message>
            <source>Volume per workout</source>
            <translation>Volumen por entrenamiento</translation>
        </message>
        <message>
            <source>Total reps</source>
            <translation>Rep. totales</translation>
        </message>
        <message>
            <source>Longest hold</source>
            <translation>Isométrico más largo</translation>
        </message>
        <message>
            <source>Minutes of activity</source>
            <translation>Minutos de actividad</translation>
        </message>
        <message>
            <source>The heaviest weight lifted in one set, per workout</source>
            <translation>El peso más alto levantado en una serie, por entrenamiento</translation>
        </message>
        <message>
            <source>Estimated one-rep maximum (Epley: w × (1 + reps/30)), the best set per workout</source>
            <translation>Máximo estimado a una repetición (Epley: w × (1 + rep./30)), la mejor serie por entrenamiento</translation>
        </message>
        <message>
            <source>Weight × reps summed over the workout's sets</source>
            <translation>Peso × rep., sumado en las series del entrenamiento</translation>
        </message>
        <message>
            <source>Reps summed over the workout's sets</source>
            <translation>Rep. sumadas en las series del entrenamiento</translation>
        </message>
        <message>
            <source>The longest hold of the workout</source>
            <translation>El isométrico más largo del entrenamiento</translation>
        </message>
        <message>
            <source>Minutes of the activity, per workout</source>
            <translation>Minutos de la actividad, por entrenamiento</translation>
        </message>
        <message>
            <source>30 days</source>
            <translation>30 días</translation>
        </message>
        <message>
            <source>3 months</source>
            <translation>3 meses</translation>
        </message>
        <message>
            <source>1 year</source>
            <translation>1 año</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Todo</translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n rep.</numerusform>
                <numerusform>%n rep.</numerusform>
            </translation>
        </message>
        <message>
            <source>{reps} reps</source>
            <translation>{reps} rep.</translation>
        </message>
    </context>
    <context>
        <name>core.interchange.__init__</name>
        <message>
            <source>this looks like a {app} export, not {format}</source>
            <translation>parece una exportación de {app}, no de {format}</translation>
        </message>
        <message>
            <source>not UTF-8 text (byte {position})</source>
            <translation>no es texto UTF-8 (byte {position})</translation>
        </message>
    </context>
    <context>
        <name>core.interchange.backline</name>
        <message>
            <source>expected an object</source>
            <translation>se esperaba un objeto</translation>
        </message>
        <message>
            <source>missing {key}</source>
            <translation>falta {key}</translation>
        </message>
        <message>
            <source>expected a list</source>
            <translation>se esperaba una lista</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>debe ser texto</translation>
        </message>
        <message>
            <source>holds a NUL character (U+0000)</source>
            <translation>contiene un carácter NUL (U+0000)</translation>
        </message>
        <message>
            <source>{value} is not one of {choices}</source>
            <translation>{value} no es ninguno de {choices}</translation>
        </message>
        <message>
            <source>missing time</source>
            <translation>falta la hora</translation>
        </message>
        <message>
            <source>{value} is not an ISO 8601 time</source>
            <translation>{value} no es una hora ISO 8601</translation>
        </message>
        <message>
            <source>{value} has no UTC offset</source>
            <translation>{value} no tiene desfase UTC</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>debe ser un número entero</translation>
        </message>
        <message>
            <source>must be a list of texts</source>
            <translation>debe ser una lista de textos</translation>
        </message>
        <message>
            <source>must hold at most {count} lines</source>
            <translation>debe tener como máximo {count} líneas</translation>
        </message>
        <message>
            <source>{value} is not a date</source>
            <translation>{value} no es una fecha</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>debe ser true o false</translation>
        </message>
        <message>
            <source>must not be null</source>
            <translation>no puede ser null</translation>
        </message>
        <message>
            <source>not UTF-8 text</source>
            <translation>no es texto UTF-8</translation>
        </message>
        <message>
            <source>not valid JSON ({reason})</source>
            <translation>JSON no válido ({reason})</translation>
        </message>
        <message>
            <source>not valid JSON (too deeply nested)</source>
            <translation>JSON no válido (anidado a demasiada profundidad)</translation>
        </message>
        <message>
            <source>not valid JSON (a number too long)</source>
            <translation>JSON no válido (un número demasiado largo)</translation>
        </message>
        <message>
            <source>unknown exercise {slug}</source>
            <translation>ejercicio desconocido {slug}</translation>
        </message>
        <message>
            <source>is only for hold and duration items</source>
            <translation>solo vale para elementos isométricos y de duración</translation>
        </message>
        <message>
            <source>is only for reps items</source>
            <translation>solo vale para elementos de repeticiones</translation>
        </message>
        <message>
            <source>nests deeper than {count} levels</source>
            <translation>se anida en más de {count} niveles</translation>
        </message>
        <message>
            <source>is before the workout's started_at</source>
            <translation>es anterior al started_at del entrenamiento</translation>
        </message>
        <message>
            <source>holds no value</source>
            <translation>no contiene ningún valor</translation>
        </message>
        <message>
            <source>no item {position} in the routine {routine}</source>
            <translation>no hay elemento {position} en la rutina {routine}</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>es obligatorio</translation>
        </message>
        <message>
            <source>not a Backline export (format is not 'backline')</source>
            <translation>no es una exportación de Backline (format no es 'backline')</translation>
        </message>
        <message>
            <source>version {version} is newer than this app reads</source>
            <translation>la versión {version} es más reciente de lo que esta app sabe leer</translation>
        </message>
        <message>
            <source>a value the database refuses ({reason})</source>
            <translation>un valor que la base de datos rechaza ({reason})</translation>
        </message>
    </context>
    <context>
        <name>core.interchange.common</name>
        <message>
            <source>line {line}: {reason}</source>
            <translation>línea {line}: {reason}</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <source>this {dialect} export does not say whether weights are kg or lb: choose the unit</source>
            <translation>esta exportación {dialect} no indica si los pesos están en kg o en lb: elige la unidad</translation>
        </message>
        <message numerus="yes">
            <source>{names} and %n more</source>
            <translation>
                <numerusform>{names} y %n más</numerusform>
                <numerusform>{names} y %n más</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n exercise name(s) need a mapping: {names}</source>
            <translation>
                <numerusform>%n nombre de ejercicio necesita una asignación: {names}</numerusform>
                <numerusform>%n nombres de ejercicios necesitan una asignación: {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} is not a date and time</source>
            <translation>{value} no es una fecha y hora</translation>
        </message>
        <message>
            <source>{value} is not a number</source>
            <translation>{value} no es un número</translation>
        </message>
        <message>
            <source>reps</source>
            <translation>repeticiones</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>debe ser un número entero</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>duración</translation>
        </message>
        <message>
            <source>{value} is not a duration</source>
            <translation>{value} no es una duración</translation>
        </message>
        <message>
            <source>{value} is longer than {length}</source>
            <translation>{value} dura más de {length}</translation>
        </message>
        <message>
            <source>expected {expected} fields, found {found}</source>
            <translation>se esperaban {expected} campos, se encontraron {found}</translation>
        </message>
        <message>
            <source>unreadable CSV ({reason})</source>
            <translation>CSV ilegible ({reason})</translation>
        </message>
        <message>
            <source>{count} days</source>
            <translation>{count} días</translation>
        </message>
        <message>
            <source>{count} h</source>
            <translation>{count} h</translation>
        </message>
        <message>
            <source>the start</source>
            <translation>inicio</translation>
        </message>
        <message>
            <source>is more than {length} after {start}</source>
            <translation>es más de {length} posterior al {start}</translation>
        </message>
        <message>
            <source>is before {start}</source>
            <translation>es anterior al {start}</translation>
        </message>
        <message>
            <source>must be at most {count} characters</source>
            <translation>debe tener como máximo {count} caracteres</translation>
        </message>
        <message>
            <source>holds a control character (U+{code})</source>
            <translation>contiene un carácter de control (U+{code})</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>no existe el archivo</translation>
        </message>
        <message>
            <source>cannot be read</source>
            <translation>no se puede leer</translation>
        </message>
        <message>
            <source>is a folder</source>
            <translation>es una carpeta</translation>
        </message>
        <message>
            <source>is not a regular file</source>
            <translation>no es un archivo normal</translation>
        </message>
        <message>
            <source>the year {year} is not between {first} and {last}</source>
            <translation>el año {year} no está entre {first} y {last}</translation>
        </message>
        <message>
            <source>exercise name</source>
            <translation>nombre del ejercicio</translation>
        </message>
        <message>
            <source>workout name</source>
            <translation>nombre del entrenamiento</translation>
        </message>
        <message>
            <source>workout note</source>
            <translation>nota del entrenamiento</translation>
        </message>
        <message>
            <source>the workout ends before it starts</source>
            <translation>el entrenamiento termina antes de empezar</translation>
        </message>
        <message>
            <source>the workout's end</source>
            <translation>final del entrenamiento</translation>
        </message>
        <message>
            <source>the workout's end is more than {length} after the start</source>
            <translation>el final del entrenamiento es más de {length} posterior al inicio</translation>
        </message>
        <message>
            <source>the workout's end is before the start</source>
            <translation>el final del entrenamiento es anterior al inicio</translation>
        </message>
    </context>
    <context>
        <name>core.interchange.detect</name>
        <message>
            <source>the file is empty or starts with a blank line</source>
            <translation>el archivo está vacío o empieza con una línea en blanco</translation>
        </message>
        <message>
            <source>this is a Backline JSON file, not a Strong or Hevy export: import it as JSON</source>
            <translation>es un archivo JSON de Backline, no una exportación de Strong o Hevy: impórtalo como JSON</translation>
        </message>
        <message>
            <source>not a Strong or Hevy export (the header names no known columns)</source>
            <translation>no es una exportación de Strong o Hevy (el encabezado no nombra ninguna columna conocida)</translation>
        </message>
        <message>
            <source>unknown weight unit {unit}</source>
            <translation>unidad de peso desconocida {unit}</translation>
        </message>
    </context>
    <context>
        <name>core.interchange.hevy</name>
        <message>
            <source>unknown month in {value}</source>
            <translation>mes desconocido en {value}</translation>
        </message>
        <message>
            <source>{field} is empty</source>
            <translation>{field} está vacío</translation>
        </message>
        <message>
            <source>{value} is more than {length} after start_time</source>
            <translation>{value} es más de {length} posterior a start_time</translation>
        </message>
        <message>
            <source>{value} is before start_time</source>
            <translation>{value} es anterior a start_time</translation>
        </message>
        <message>
            <source>{value} is not a set type</source>
            <translation>{value} no es un tipo de serie</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>peso</translation>
        </message>
        <message>
            <source>distance</source>
            <translation>distancia</translation>
        </message>
    </context>
    <context>
        <name>core.interchange.strong</name>
        <message>
            <source>date</source>
            <translation>fecha</translation>
        </message>
        <message>
            <source>{value} is unknown</source>
            <translation>{value} es desconocida</translation>
        </message>
        <message>
            <source>unknown distance unit {unit}</source>
            <translation>unidad de distancia desconocida {unit}</translation>
        </message>
        <message>
            <source>set order</source>
            <translation>orden de series</translation>
        </message>
        <message>
            <source>{value} is not a set</source>
            <translation>{value} no es una serie</translation>
        </message>
        <message>
            <source>exercise name is empty</source>
            <translation>el nombre del ejercicio está vacío</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>peso</translation>
        </message>
        <message>
            <source>weight unit</source>
            <translation>unidad de peso</translation>
        </message>
        <message>
            <source>RPE</source>
            <translation>RPE</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>segundos</translation>
        </message>
        <message>
            <source>distance</source>
            <translation>distancia</translation>
        </message>
        <message>
            <source>distance unit</source>
            <translation>unidad de distancia</translation>
        </message>
    </context>
    <context>
        <name>core.interchange.writer</name>
        <message>
            <source>{name} is mapped to {slug}, which is not an exercise</source>
            <translation>{name} está asignado a {slug}, que no es un ejercicio</translation>
        </message>
    </context>
    <context>
        <name>core.library.custom</name>
        <message>
            <source>must be one of {choices}</source>
            <translation>debe ser uno de estos: {choices}</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>es obligatorio</translation>
        </message>
        <message>
            <source>is required for reps</source>
            <translation>es obligatorio en el modo repeticiones</translation>
        </message>
        <message>
            <source>is required for hold</source>
            <translation>es obligatorio en el modo isométrico</translation>
        </message>
        <message>
            <source>is required for duration</source>
            <translation>es obligatorio en el modo duración</translation>
        </message>
        <message>
            <source>must be at most {count} lines</source>
            <translation>debe tener como máximo {count} líneas</translation>
        </message>
        <message>
            <source>is already used by another exercise</source>
            <translation>ya lo usa otro ejercicio</translation>
        </message>
        <message>
            <source>must be yes or no</source>
            <translation>debe ser sí o no</translation>
        </message>
        <message>
            <source>is required when most reps is given</source>
            <translation>es obligatorio si se indica el máximo de repeticiones</translation>
        </message>
        <message>
            <source>must be at least the fewest reps ({low})</source>
            <translation>debe ser al menos el mínimo de repeticiones ({low})</translation>
        </message>
        <message>
            <source>is required when the other sessions-a-week field is given</source>
            <translation>es obligatorio si se rellena el otro campo de sesiones por semana</translation>
        </message>
        <message>
            <source>must be at least {low}</source>
            <translation>debe ser al menos {low}</translation>
        </message>
        <message>
            <source>“{muscle}” is not one of {choices}</source>
            <translation>«{muscle}» no es uno de estos: {choices}</translation>
        </message>
        <message>
            <source>needs two or more positions, or none</source>
            <translation>necesita dos o más posiciones, o ninguna</translation>
        </message>
        <message>
            <source>there is no exercise “{slug}”</source>
            <translation>no existe el ejercicio «{slug}»</translation>
        </message>
        <message>
            <source>My {name}</source>
            <translation>{name} (mi copia)</translation>
        </message>
        <message>
            <source>Copy of {name}</source>
            <translation>Copia de {name}</translation>
        </message>
        <message>
            <source>“{name}” is ready-made and cannot be archived</source>
            <translation>«{name}» es predefinido y no se puede archivar</translation>
        </message>
        <message>
            <source>“{name}” is ready-made and cannot be merged away</source>
            <translation>«{name}» es predefinido y no se puede fusionar</translation>
        </message>
        <message>
            <source>an exercise cannot be merged into itself</source>
            <translation>un ejercicio no se puede fusionar consigo mismo</translation>
        </message>
    </context>
    <context>
        <name>core.library.schema</name>
        <message>
            <source>must be a list of names</source>
            <translation>debe ser una lista de nombres</translation>
        </message>
        <message>
            <source>are only for hold exercises</source>
            <translation>solo son para ejercicios isométricos</translation>
        </message>
        <message>
            <source>at most {most} positions, got {count}</source>
            <translation>como máximo {most} posiciones, hay {count}</translation>
        </message>
        <message>
            <source>position {number} is not a name</source>
            <translation>la posición {number} no es un nombre</translation>
        </message>
        <message>
            <source>position {number} is empty</source>
            <translation>la posición {number} está vacía</translation>
        </message>
        <message>
            <source>position {number} ({name}) has spaces around it</source>
            <translation>la posición {number} ({name}) tiene espacios alrededor</translation>
        </message>
        <message>
            <source>position {number} is longer than {most} characters</source>
            <translation>la posición {number} tiene más de {most} caracteres</translation>
        </message>
        <message>
            <source>position {name} is given twice</source>
            <translation>la posición {name} aparece dos veces</translation>
        </message>
    </context>
    <context>
        <name>core.routines.service</name>
        <message>
            <source>routine {id} does not exist</source>
            <translation>la rutina {id} no existe</translation>
        </message>
        <message>
            <source>is already used by another routine</source>
            <translation>ya lo usa otra rutina</translation>
        </message>
        <message>
            <source>“{name}” is ready-made and cannot be renamed</source>
            <translation>«{name}» es predefinida y no se puede renombrar</translation>
        </message>
        <message>
            <source>“{name}” is ready-made and cannot be deleted</source>
            <translation>«{name}» es predefinida y no se puede eliminar</translation>
        </message>
        <message>
            <source>“{exercise}” is not in the library</source>
            <translation>«{exercise}» no está en la biblioteca</translation>
        </message>
        <message>
            <source>My {name}</source>
            <translation>{name} (mi copia)</translation>
        </message>
        <message>
            <source>there is no ready-made routine {key}</source>
            <translation>no existe la rutina predefinida {key}</translation>
        </message>
    </context>
    <context>
        <name>core.routines.text</name>
        <message>
            <source>{prescription}, as long as you can</source>
            <translation>{prescription}, todo lo que puedas</translation>
        </message>
        <message>
            <source>{prescription}, steps of {weight}</source>
            <translation>{prescription}, en incrementos de {weight}</translation>
        </message>
        <message>
            <source>no weekly target</source>
            <translation>sin objetivo semanal</translation>
        </message>
        <message>
            <source>daily{mark}</source>
            <translation>a diario{mark}</translation>
        </message>
        <message numerus="yes">
            <source>%n{mark} time(s) a week</source>
            <translation>
                <numerusform>%n{mark} vez por semana</numerusform>
                <numerusform>%n{mark} veces por semana</numerusform>
            </translation>
        </message>
        <message>
            <source>{low}-{high}{mark} times a week</source>
            <translation>{low}-{high}{mark} veces por semana</translation>
        </message>
        <message>
            <source>ready-made, from the article “{title}”</source>
            <translation>predefinida, del artículo «{title}»</translation>
        </message>
        <message>
            <source>ready-made</source>
            <translation>predefinida</translation>
        </message>
        <message>
            <source>your own, from the article “{title}”</source>
            <translation>tuya, del artículo «{title}»</translation>
        </message>
        <message>
            <source>your own</source>
            <translation>tuya</translation>
        </message>
        <message numerus="yes">
            <source>Circuit {circuit}, %n round(s):</source>
            <translation>
                <numerusform>Circuito {circuit}, %n ronda:</numerusform>
                <numerusform>Circuito {circuit}, %n rondas:</numerusform>
            </translation>
        </message>
        <message>
            <source>(* our default: the article does not give this value)</source>
            <translation>(* nuestro valor predeterminado: el artículo no da este valor)</translation>
        </message>
    </context>
    <context>
        <name>core.routines.validation</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Sessions a week (min)</source>
            <translation>Sesiones por semana (mín.)</translation>
        </message>
        <message>
            <source>Sessions a week (max)</source>
            <translation>Sesiones por semana (máx.)</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Ejercicio</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modo</translation>
        </message>
        <message>
            <source>Sets</source>
            <translation>Series</translation>
        </message>
        <message>
            <source>Reps (min)</source>
            <translation>Rep. (mín.)</translation>
        </message>
        <message>
            <source>Reps (max)</source>
            <translation>Rep. (máx.)</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Mantener</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Per side</source>
            <translation>Por lado</translation>
        </message>
        <message>
            <source>Rest between sets</source>
            <translation>Descanso entre series</translation>
        </message>
        <message>
            <source>Rest after</source>
            <translation>Descanso después</translation>
        </message>
        <message>
            <source>Target weight</source>
            <translation>Peso objetivo</translation>
        </message>
        <message>
            <source>Weight step</source>
            <translation>Incremento de peso</translation>
        </message>
        <message>
            <source>As long as you can</source>
            <translation>Todo lo que puedas</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Circuit</source>
            <translation>Circuito</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Rondas</translation>
        </message>
        <message>
            <source>{field} {problem}</source>
            <translation>{field} {problem}</translation>
        </message>
        <message>
            <source>Item {number}: {field} {problem}</source>
            <translation>Elemento {number}: {field} {problem}</translation>
        </message>
        <message>
            <source>({low}) is more than the max ({high})</source>
            <translation>({low}) es más que el máximo ({high})</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>no puede estar vacío</translation>
        </message>
        <message>
            <source>must be at most {count} characters</source>
            <translation>debe tener como máximo {count} caracteres</translation>
        </message>
        <message>
            <source>is required in reps mode</source>
            <translation>es obligatorio en el modo repeticiones</translation>
        </message>
        <message>
            <source>is required in hold mode</source>
            <translation>es obligatorio en el modo isométrico</translation>
        </message>
        <message>
            <source>is required in duration mode</source>
            <translation>es obligatorio en el modo duración</translation>
        </message>
        <message>
            <source>is required in {mode} mode</source>
            <translation>es obligatorio en el modo {mode}</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>es obligatorio</translation>
        </message>
        <message>
            <source>must be given with the other end of the range</source>
            <translation>debe indicarse junto con el otro extremo del rango</translation>
        </message>
        <message>
            <source>must be one of {choices}</source>
            <translation>debe ser uno de estos: {choices}</translation>
        </message>
        <message>
            <source>is required when a max is given</source>
            <translation>es obligatorio si se indica un máximo</translation>
        </message>
        <message>
            <source>is only for hold and duration items</source>
            <translation>solo es para elementos isométricos o de duración</translation>
        </message>
        <message>
            <source>is only for reps items</source>
            <translation>solo es para elementos de repeticiones</translation>
        </message>
        <message>
            <source>is only for items in a circuit</source>
            <translation>solo es para elementos de un circuito</translation>
        </message>
        <message>
            <source>{circuit}: its items must be next to each other</source>
            <translation>{circuit}: sus elementos deben ir seguidos</translation>
        </message>
        <message>
            <source>is required in a circuit</source>
            <translation>es obligatorio en un circuito</translation>
        </message>
        <message>
            <source>({rounds}) differs from the circuit's {expected}</source>
            <translation>({rounds}) no coincide con las {expected} del circuito</translation>
        </message>
    </context>
    <context>
        <name>core.store.backups</name>
        <message>
            <source>{path} does not exist</source>
            <translation>{path} no existe</translation>
        </message>
        <message>
            <source>the file is empty: no database was written to it yet</source>
            <translation>el archivo está vacío: aún no se ha escrito ninguna base de datos en él</translation>
        </message>
        <message>
            <source>cannot open: {reason}</source>
            <translation>no se puede abrir: {reason}</translation>
        </message>
        <message>
            <source>the database is damaged: {reason}</source>
            <translation>la base de datos está dañada: {reason}</translation>
        </message>
        <message>
            <source>row {row} of {table} points to a missing {parent}</source>
            <translation>la fila {row} de {table} apunta a un registro inexistente de {parent}</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>{path}: no such file</source>
            <translation>{path}: no existe el archivo</translation>
        </message>
        <message>
            <source>it is not a Backline database</source>
            <translation>no es una base de datos de Backline</translation>
        </message>
        <message>
            <source>{name} is not a usable backup: {reason}</source>
            <translation>{name} no es una copia de seguridad utilizable: {reason}</translation>
        </message>
        <message>
            <source>cannot restore over {path}: {reason}</source>
            <translation>no se puede restaurar sobre {path}: {reason}</translation>
        </message>
        <message>
            <source>{name} is the database itself; choose a backup</source>
            <translation>{name} es la propia base de datos; elige una copia de seguridad</translation>
        </message>
        <message>
            <source>cannot restore to {path}: no such folder</source>
            <translation>no se puede restaurar en {path}: no existe la carpeta</translation>
        </message>
        <message>
            <source>cannot restore over {path}: the file or its folder is read-only</source>
            <translation>no se puede restaurar sobre {path}: el archivo o su carpeta es de solo lectura</translation>
        </message>
        <message>
            <source>the copy of {name} is not sound: {reason}</source>
            <translation>la copia de {name} no está íntegra: {reason}</translation>
        </message>
        <message>
            <source>{name} changed while it was copied; try again</source>
            <translation>{name} cambió mientras se copiaba; inténtalo de nuevo</translation>
        </message>
        <message>
            <source>{name} is not a restore journal Backline can read; move it away once you have checked the database</source>
            <translation>{name} no es un registro de restauración que Backline pueda leer; muévelo cuando hayas revisado la base de datos</translation>
        </message>
        <message>
            <source>a restore of {name} was interrupted after the backup was in place; it is finished, and the previous database is kept as {kept}</source>
            <translation>una restauración de {name} se interrumpió cuando la copia ya estaba en su sitio; se ha completado y la base de datos anterior se conserva como {kept}</translation>
        </message>
        <message>
            <source>a restore of {name} was interrupted after the backup was in place; it is finished</source>
            <translation>una restauración de {name} se interrumpió cuando la copia ya estaba en su sitio; se ha completado</translation>
        </message>
        <message>
            <source>a restore of {name} was interrupted; the previous database is back</source>
            <translation>una restauración de {name} se interrumpió; se ha recuperado la base de datos anterior</translation>
        </message>
        <message>
            <source>a restore of {name} was interrupted before the backup was in place; it was undone and the database is as it was (restore again to replace it)</source>
            <translation>una restauración de {name} se interrumpió antes de que la copia estuviera en su sitio; se ha deshecho y la base de datos está como estaba (restaura de nuevo para reemplazarla)</translation>
        </message>
    </context>
    <context>
        <name>core.store.claims</name>
        <message>
            <source>this workout is open on another machine; finish or close it there to go on here</source>
            <translation>este entrenamiento está abierto en otro equipo; termínalo o ciérralo allí para seguir aquí</translation>
        </message>
    </context>
    <context>
        <name>core.store.db</name>
        <message>
            <source>this is a PostgreSQL database, not a file</source>
            <translation>es una base de datos PostgreSQL, no un archivo</translation>
        </message>
        <message>
            <source>no such database file</source>
            <translation>no existe el archivo de base de datos</translation>
        </message>
        <message>
            <source>the copy could not leave WAL mode</source>
            <translation>la copia no pudo salir del modo WAL</translation>
        </message>
        <message>
            <source>a folder</source>
            <translation>una carpeta</translation>
        </message>
        <message>
            <source>a FIFO (named pipe)</source>
            <translation>un FIFO (tubería con nombre)</translation>
        </message>
        <message>
            <source>a device</source>
            <translation>un dispositivo</translation>
        </message>
        <message>
            <source>a socket</source>
            <translation>un socket</translation>
        </message>
        <message>
            <source>not a regular file</source>
            <translation>un archivo especial</translation>
        </message>
        <message>
            <source>this is a link to {target}, which does not exist</source>
            <translation>es un enlace a {target}, que no existe</translation>
        </message>
        <message>
            <source>the file cannot be reached (permission denied)</source>
            <translation>no se puede acceder al archivo (permiso denegado)</translation>
        </message>
        <message>
            <source>this path cannot be used ({reason})</source>
            <translation>esta ruta no se puede usar ({reason})</translation>
        </message>
        <message>
            <source>this is a folder, not a database file</source>
            <translation>es una carpeta, no un archivo de base de datos</translation>
        </message>
        <message>
            <source>this is {kind}, not a database file</source>
            <translation>es {kind}, no un archivo de base de datos</translation>
        </message>
        <message>
            <source>its {name} is {kind}, not a file SQLite can use</source>
            <translation>su {name} es {kind}, no un archivo que SQLite pueda usar</translation>
        </message>
        <message>
            <source>its -wal cannot be read ({reason})</source>
            <translation>su archivo -wal no se puede leer ({reason})</translation>
        </message>
        <message>
            <source>its -wal is not valid and SQLite would discard it, but no copy could be kept ({reason}); nothing was changed</source>
            <translation>su archivo -wal no es válido y SQLite lo descartaría, pero no se pudo guardar una copia ({reason}); no se ha cambiado nada</translation>
        </message>
        <message>
            <source>this SQLite file is not a Backline database (unreadable alembic_version)</source>
            <translation>este archivo SQLite no es una base de datos de Backline (alembic_version ilegible)</translation>
        </message>
        <message>
            <source>this SQLite file is not a Backline database (several schema revisions)</source>
            <translation>este archivo SQLite no es una base de datos de Backline (varias revisiones de esquema)</translation>
        </message>
        <message>
            <source>this SQLite file is not a Backline database (it holds {names})</source>
            <translation>este archivo SQLite no es una base de datos de Backline (contiene {names})</translation>
        </message>
        <message>
            <source>this SQLite file is not a Backline database (another program's schema, revision {revision})</source>
            <translation>este archivo SQLite no es una base de datos de Backline (esquema de otro programa, revisión {revision})</translation>
        </message>
        <message>
            <source>this SQLite file is not a Backline database (it also holds {name}, which Backline does not make)</source>
            <translation>este archivo SQLite no es una base de datos de Backline (también contiene {name}, que Backline no crea)</translation>
        </message>
        <message>
            <source>this SQLite file is not a Backline database (no table {table})</source>
            <translation>este archivo SQLite no es una base de datos de Backline (no hay tabla {table})</translation>
        </message>
        <message>
            <source>this SQLite file is not a Backline database (table {table} has no column {column})</source>
            <translation>este archivo SQLite no es una base de datos de Backline (la tabla {table} no tiene la columna {column})</translation>
        </message>
        <message>
            <source>this SQLite file is not a Backline database at schema {revision} (table {table} has a column {column} that schema does not)</source>
            <translation>este archivo SQLite no es una base de datos de Backline con el esquema {revision} (la tabla {table} tiene una columna {column} que ese esquema no tiene)</translation>
        </message>
        <message>
            <source>the database was written by a newer version of Backline (schema {revision}); update the app to open it</source>
            <translation>la base de datos la escribió una versión más reciente de Backline (esquema {revision}); actualiza la app para abrirla</translation>
        </message>
        <message>
            <source>the database is damaged ({reason})</source>
            <translation>la base de datos está dañada ({reason})</translation>
        </message>
        <message>
            <source>the file cannot be read (permission denied)</source>
            <translation>no se puede leer el archivo (permiso denegado)</translation>
        </message>
        <message>
            <source>the file cannot be read ({reason})</source>
            <translation>no se puede leer el archivo ({reason})</translation>
        </message>
        <message>
            <source>this file is not a Backline database (not SQLite)</source>
            <translation>este archivo no es una base de datos de Backline (no es SQLite)</translation>
        </message>
        <message>
            <source>the database file is truncated</source>
            <translation>el archivo de base de datos está truncado</translation>
        </message>
        <message>
            <source>the database cannot be opened ({reason})</source>
            <translation>no se puede abrir la base de datos ({reason})</translation>
        </message>
        <message>
            <source>another program is using the database</source>
            <translation>otro programa está usando la base de datos</translation>
        </message>
        <message>
            <source>its folder is read-only and it has a -wal, so it cannot be read safely</source>
            <translation>su carpeta es de solo lectura y tiene un archivo -wal, así que no se puede leer con seguridad</translation>
        </message>
        <message>
            <source>the database cannot be read ({reason})</source>
            <translation>no se puede leer la base de datos ({reason})</translation>
        </message>
        <message>
            <source>the folder is not writable, so a database cannot be created there</source>
            <translation>la carpeta no admite escritura, así que no se puede crear ahí una base de datos</translation>
        </message>
        <message>
            <source>the database file or its folder is read-only</source>
            <translation>el archivo de base de datos o su carpeta es de solo lectura</translation>
        </message>
        <message>
            <source>{name}-wal was not a valid write-ahead log for this database, so SQLite ignores it; a copy was kept as {kept}</source>
            <translation>{name}-wal no era un registro de escritura anticipada válido para esta base de datos, así que SQLite lo ignora; se guardó una copia como {kept}</translation>
        </message>
        <message>
            <source>another program is writing to the database</source>
            <translation>otro programa está escribiendo en la base de datos</translation>
        </message>
        <message>
            <source>the database file is read-only</source>
            <translation>el archivo de base de datos es de solo lectura</translation>
        </message>
        <message>
            <source>the database cannot be written ({reason})</source>
            <translation>no se puede escribir en la base de datos ({reason})</translation>
        </message>
        <message>
            <source>the server went away while migrating: {reason}</source>
            <translation>el servidor se desconectó durante la migración: {reason}</translation>
        </message>
        <message>
            <source>its folder cannot be created ({reason})</source>
            <translation>no se puede crear su carpeta ({reason})</translation>
        </message>
    </context>
    <context>
        <name>core.store.location</name>
        <message>
            <source>SQLite file {path}</source>
            <translation>archivo SQLite {path}</translation>
        </message>
        <message>
            <source>local socket</source>
            <translation>socket local</translation>
        </message>
        <message>
            <source>PostgreSQL {name} on {host} ({user})</source>
            <translation>PostgreSQL {name} en {host} ({user})</translation>
        </message>
        <message>
            <source>PostgreSQL {name} on {host}</source>
            <translation>PostgreSQL {name} en {host}</translation>
        </message>
        <message>
            <source>{url}: more than one '@' before the host (write an '@' in a name as %40, and leave the password out: {places})</source>
            <translation>{url}: más de una '@' antes del host (escribe una '@' en un nombre como %40 y omite la contraseña: {places})</translation>
        </message>
        <message>
            <source>{url}: a sqlite URL needs a file (sqlite:///path/to/file.db)</source>
            <translation>{url}: una URL sqlite necesita un archivo (sqlite:///path/to/file.db)</translation>
        </message>
        <message>
            <source>{url}: not a database Backline can use (a SQLite path, or postgresql+psycopg://user@host/dbname)</source>
            <translation>{url}: no es una base de datos que Backline pueda usar (una ruta SQLite, o postgresql+psycopg://user@host/dbname)</translation>
        </message>
        <message>
            <source>{url}: the URL names no database (…/dbname at its end)</source>
            <translation>{url}: la URL no nombra ninguna base de datos (…/dbname al final)</translation>
        </message>
        <message>
            <source>{url}: not a URL SQLAlchemy can read</source>
            <translation>{url}: no es una URL que SQLAlchemy pueda leer</translation>
        </message>
        <message>
            <source>{name}: spaces at the start or end of a database's name</source>
            <translation>{name}: espacios al principio o al final del nombre de la base de datos</translation>
        </message>
        <message>
            <source>:memory:: the log must be kept in a file (give a path)</source>
            <translation>:memory:: el registro debe guardarse en un archivo (indica una ruta)</translation>
        </message>
        <message>
            <source>{url}: looks like a mistyped URL (postgresql+psycopg://user@host/dbname, or sqlite:///path/to/file.db)</source>
            <translation>{url}: parece una URL mal escrita (postgresql+psycopg://user@host/dbname, o sqlite:///path/to/file.db)</translation>
        </message>
        <message>
            <source>~/.pgpass, a libpq service file or PGPASSWORD</source>
            <translation>~/.pgpass, un archivo de servicio de libpq o PGPASSWORD</translation>
        </message>
        <message>
            <source>not UTF-8 text</source>
            <translation>no es texto UTF-8</translation>
        </message>
        <message>
            <source>{path}: the saved database choice cannot be read ({reason})</source>
            <translation>{path}: no se puede leer la base de datos elegida que se guardó ({reason})</translation>
        </message>
        <message>
            <source>{path}: not a saved database choice (delete the file to use the local database)</source>
            <translation>{path}: no es una elección de base de datos guardada (borra el archivo para usar la base de datos local)</translation>
        </message>
        <message>
            <source>{url}: leave the password out of the URL; put it in {places}</source>
            <translation>{url}: quita la contraseña de la URL; ponla en {places}</translation>
        </message>
    </context>
    <context>
        <name>core.store.lock</name>
        <message>
            <source>Backline is open with this database (pid {pid}); close it first</source>
            <translation>Backline está abierto con esta base de datos (pid {pid}); ciérralo primero</translation>
        </message>
        <message>
            <source>Backline is open with this database; close it first</source>
            <translation>Backline está abierto con esta base de datos; ciérralo primero</translation>
        </message>
        <message>
            <source>the lock file {name} cannot be used ({reason})</source>
            <translation>el archivo de bloqueo {name} no se puede usar ({reason})</translation>
        </message>
        <message>
            <source>the lock file {name} is not a regular file</source>
            <translation>el archivo de bloqueo {name} no es un archivo normal</translation>
        </message>
        <message>
            <source>the lock cannot be taken ({reason})</source>
            <translation>no se puede obtener el bloqueo ({reason})</translation>
        </message>
    </context>
    <context>
        <name>core.store.outputs</name>
        <message>
            <source>disk full</source>
            <translation>disco lleno</translation>
        </message>
        <message>
            <source>disk quota exceeded</source>
            <translation>cuota de disco superada</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>permiso denegado</translation>
        </message>
        <message>
            <source>read-only file system</source>
            <translation>sistema de archivos de solo lectura</translation>
        </message>
        <message>
            <source>no such folder</source>
            <translation>no existe la carpeta</translation>
        </message>
        <message>
            <source>a part of the path is not a folder</source>
            <translation>una parte de la ruta no es una carpeta</translation>
        </message>
        <message>
            <source>this is a folder</source>
            <translation>es una carpeta</translation>
        </message>
        <message>
            <source>the name is too long</source>
            <translation>el nombre es demasiado largo</translation>
        </message>
        <message>
            <source>input/output error</source>
            <translation>error de entrada/salida</translation>
        </message>
        <message>
            <source>the file cannot be created there</source>
            <translation>no se puede crear el archivo ahí</translation>
        </message>
        <message>
            <source>the path cannot be followed ({reason})</source>
            <translation>no se puede seguir la ruta ({reason})</translation>
        </message>
        <message>
            <source>this is the open database (or its -wal/-shm or lock file); choose another file</source>
            <translation>es la base de datos abierta (o su archivo -wal/-shm o de bloqueo); elige otro archivo</translation>
        </message>
        <message>
            <source>this is a folder; give a file name</source>
            <translation>es una carpeta; indica un nombre de archivo</translation>
        </message>
        <message>
            <source>this is not a regular file</source>
            <translation>no es un archivo normal</translation>
        </message>
        <message>
            <source>the file already exists (use --force to replace it)</source>
            <translation>el archivo ya existe (usa --force para reemplazarlo)</translation>
        </message>
        <message>
            <source>not in a folder</source>
            <translation>no está en una carpeta</translation>
        </message>
        <message>
            <source>no file can be created there</source>
            <translation>no se puede crear ningún archivo ahí</translation>
        </message>
    </context>
    <context>
        <name>core.store.postgres</name>
        <message>
            <source>psycopg is not installed (pip install 'backline[postgres]')</source>
            <translation>psycopg no está instalado (pip install 'backline[postgres]')</translation>
        </message>
        <message>
            <source>this database is not a Backline database (several revisions)</source>
            <translation>esta base de datos no es de Backline (varias revisiones)</translation>
        </message>
        <message>
            <source>the server cannot be reached: {reason}</source>
            <translation>no se puede conectar con el servidor: {reason}</translation>
        </message>
        <message>
            <source>the database cannot be read: {reason}</source>
            <translation>no se puede leer la base de datos: {reason}</translation>
        </message>
        <message>
            <source>this database is not a Backline database (it holds {names})</source>
            <translation>esta base de datos no es de Backline (contiene {names})</translation>
        </message>
        <message>
            <source>this database is not a Backline database (revision {revision})</source>
            <translation>esta base de datos no es de Backline (revisión {revision})</translation>
        </message>
        <message>
            <source>this database is not a Backline database (it also holds {name}, which Backline does not make)</source>
            <translation>esta base de datos no es de Backline (también contiene {name}, que Backline no crea)</translation>
        </message>
        <message>
            <source>this is not a Backline database (no table {table})</source>
            <translation>no es una base de datos de Backline (no hay tabla {table})</translation>
        </message>
        <message>
            <source>this is not a Backline database (table {table} has no column {column})</source>
            <translation>no es una base de datos de Backline (la tabla {table} no tiene la columna {column})</translation>
        </message>
        <message>
            <source>this is not a Backline database at schema {revision} (table {table} has a column {column} that schema does not)</source>
            <translation>no es una base de datos de Backline con el esquema {revision} (la tabla {table} tiene una columna {column} que ese esquema no tiene)</translation>
        </message>
    </context>
    <context>
        <name>core.store.settings</name>
        <message>
            <source>{choices} or {choice}</source>
            <translation>{choices} o {choice}</translation>
        </message>
        <message>
            <source>must be {choices}</source>
            <translation>debe ser {choices}</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>debe ser true o false</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>debe ser texto</translation>
        </message>
    </context>
    <context>
        <name>core.units</name>
        <message>
            <source>unknown weight unit {unit}</source>
            <translation>unidad de peso desconocida {unit}</translation>
        </message>
        <message>
            <source>unknown length unit {unit}</source>
            <translation>unidad de longitud desconocida {unit}</translation>
        </message>
    </context>
    <context>
        <name>core.version</name>
        <message>
            <source>{version} (not installed: run `pip install .`)</source>
            <translation>{version} (no instalado: ejecuta `pip install .`)</translation>
        </message>
    </context>
    <context>
        <name>core.workout.log</name>
        <message>
            <source>(L)</source>
            <translation>(I)</translation>
        </message>
        <message>
            <source>(R)</source>
            <translation>(D)</translation>
        </message>
        <message>
            <source>enter the reps done or the seconds held</source>
            <translation>introduce las repeticiones hechas o los segundos mantenidos</translation>
        </message>
        <message>
            <source>must be left, right or none</source>
            <translation>debe ser left, right o vacío</translation>
        </message>
        <message>
            <source>must be 1 or more</source>
            <translation>debe ser 1 o más</translation>
        </message>
        <message>
            <source>must be one of {choices}</source>
            <translation>debe ser uno de estos: {choices}</translation>
        </message>
        <message>
            <source>Weekly target met: {done} of {span} sessions this week; up to {more} more if you like.</source>
            <translation>Objetivo semanal cumplido: {done} de {span} sesiones esta semana; hasta {more} más si quieres.</translation>
        </message>
        <message>
            <source>Weekly target met: {done} of {span} sessions this week.</source>
            <translation>Objetivo semanal cumplido: {done} de {span} sesiones esta semana.</translation>
        </message>
        <message>
            <source>{done} of {span} sessions of {routine} this week: {left} more to go.</source>
            <translation>{done} de {span} sesiones de {routine} esta semana: faltan {left}.</translation>
        </message>
    </context>
    <context>
        <name>core.workout.plan</name>
        <message>
            <source>Workout</source>
            <translation>Entrenamiento</translation>
        </message>
        <message>
            <source>no exercises yet</source>
            <translation>aún no hay ejercicios</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s)</source>
            <translation>
                <numerusform>%n ejercicio</numerusform>
                <numerusform>%n ejercicios</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>core.workout.player</name>
        <message>
            <source>Set done</source>
            <translation>Serie completada</translation>
        </message>
        <message>
            <source>Halfway</source>
            <translation>A la mitad</translation>
        </message>
    </context>
    <context>
        <name>core.workout.run</name>
        <message>
            <source>there is no set to confirm now</source>
            <translation>ahora no hay ninguna serie que confirmar</translation>
        </message>
    </context>
    <context>
        <name>core.workout.speech</name>
        <message>
            <source>three</source>
            <translation>tres</translation>
        </message>
        <message>
            <source>two</source>
            <translation>dos</translation>
        </message>
        <message>
            <source>one</source>
            <translation>uno</translation>
        </message>
        <message>
            <source>Halfway</source>
            <translation>A la mitad</translation>
        </message>
        <message>
            <source>Workout complete</source>
            <translation>Entrenamiento completado</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>Suelta</translation>
        </message>
        <message>
            <source>Get ready. First: {name}</source>
            <translation>Prepárate. Primero: {name}</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Prepárate</translation>
        </message>
        <message>
            <source>Switch sides: {side}</source>
            <translation>Cambia de lado: {side}</translation>
        </message>
        <message>
            <source>Switch sides</source>
            <translation>Cambia de lado</translation>
        </message>
        <message>
            <source>Rest, {time}. Next: {name}</source>
            <translation>Descanso, {time}. Siguiente: {name}</translation>
        </message>
        <message>
            <source>Rest, {time}</source>
            <translation>Descanso, {time}</translation>
        </message>
        <message>
            <source>Next: {name}</source>
            <translation>Siguiente: {name}</translation>
        </message>
        <message>
            <source>round {number} of {total}</source>
            <translation>ronda {number} de {total}</translation>
        </message>
        <message>
            <source>set {number} of {total}</source>
            <translation>serie {number} de {total}</translation>
        </message>
        <message>
            <source>rep {number} of {total}</source>
            <translation>repetición {number} de {total}</translation>
        </message>
        <message>
            <source>{name}, left side</source>
            <translation>{name}, lado izquierdo</translation>
        </message>
        <message>
            <source>{name}, right side</source>
            <translation>{name}, lado derecho</translation>
        </message>
        <message>
            <source>{position}, hold {target}</source>
            <translation>{position}, mantén {target}</translation>
        </message>
        <message>
            <source>{position}, hold</source>
            <translation>{position}, mantén</translation>
        </message>
        <message>
            <source>hold {target}</source>
            <translation>mantén {target}</translation>
        </message>
        <message>
            <source>hold</source>
            <translation>mantén</translation>
        </message>
    </context>
    <context>
        <name>core.workout.steps</name>
        <message>
            <source>left</source>
            <translation>izquierda</translation>
        </message>
        <message>
            <source>right</source>
            <translation>derecha</translation>
        </message>
        <message>
            <source>Get ready — {name}</source>
            <translation>Prepárate — {name}</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Prepárate</translation>
        </message>
        <message>
            <source>Workout complete</source>
            <translation>Entrenamiento completado</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>Descanso</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>Suelta</translation>
        </message>
        <message>
            <source>Switch sides — {side}</source>
            <translation>Cambia de lado — {side}</translation>
        </message>
        <message>
            <source>Switch sides</source>
            <translation>Cambia de lado</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Mantén</translation>
        </message>
        <message>
            <source>Hold: {position} {number} of {total}</source>
            <translation>Mantén: {position} {number} de {total}</translation>
        </message>
        <message>
            <source>round {number} of {total}</source>
            <translation>ronda {number} de {total}</translation>
        </message>
        <message>
            <source>set {number} of {total}</source>
            <translation>serie {number} de {total}</translation>
        </message>
        <message>
            <source>rep {number} of {total}</source>
            <translation>repetición {number} de {total}</translation>
        </message>
        <message>
            <source>{minutes} minutes</source>
            <translation>{minutes} minutos</translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n segundo</numerusform>
                <numerusform>%n segundos</numerusform>
            </translation>
        </message>
        <message>
            <source>as long as you can, at least {time}</source>
            <translation>todo lo que puedas, al menos {time}</translation>
        </message>
        <message>
            <source>as long as you can</source>
            <translation>todo lo que puedas</translation>
        </message>
        <message>
            <source>{low} to {high} reps</source>
            <translation>{low} a {high} repeticiones</translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n repetición</numerusform>
                <numerusform>%n repeticiones</numerusform>
            </translation>
        </message>
        <message>
            <source>Get ready. First: {name}</source>
            <translation>Prepárate. Primero: {name}</translation>
        </message>
        <message>
            <source>Rest, {time}. Next: {name}</source>
            <translation>Descanso, {time}. Siguiente: {name}</translation>
        </message>
        <message>
            <source>Rest, {time}</source>
            <translation>Descanso, {time}</translation>
        </message>
        <message>
            <source>Switch sides: {side}</source>
            <translation>Cambia de lado: {side}</translation>
        </message>
    </context>
    <context>
        <name>ui.app</name>
        <message>
            <source>Something went wrong</source>
            <translation>Algo salió mal</translation>
        </message>
        <message>
            <source>{error}

What you saved is safe. Details were written to the terminal.</source>
            <translation>{error}

Lo que guardaste está a salvo. Los detalles se escribieron en la terminal.</translation>
        </message>
        <message>
            <source>Opening {store}…</source>
            <translation>Abriendo {store}…</translation>
        </message>
        <message>
            <source>Backline cannot start</source>
            <translation>Backline no puede iniciarse</translation>
        </message>
        <message>
            <source>Backline is already running</source>
            <translation>Backline ya se está ejecutando</translation>
        </message>
        <message>
            <source>{problem}

Switch to that window, or wait for the import or restore to finish.</source>
            <translation>{problem}

Cambia a esa ventana o espera a que termine la importación o la restauración.</translation>
        </message>
        <message>
            <source>backline: automatic backup failed: {error}</source>
            <translation>backline: falló la copia de seguridad automática: {error}</translation>
        </message>
        <message>
            <source>{store} could not be used</source>
            <translation>no se pudo usar {store}</translation>
        </message>
        <message>
            <source>Restore failed</source>
            <translation>La restauración falló</translation>
        </message>
        <message>
            <source>A shared database is restored with File &gt; Restore a backup (a Backline JSON backup), not by replacing a file.</source>
            <translation>Una base de datos compartida se restaura con Archivo &gt; Restaurar una copia de seguridad (una copia JSON de Backline), no reemplazando un archivo.</translation>
        </message>
        <message>
            <source>{problem}; the window shows English</source>
            <translation>{problem}; la ventana se muestra en inglés</translation>
        </message>
    </context>
    <context>
        <name>ui.appearance_settings</name>
        <message>
            <source>Follow the system</source>
            <translation>Como el sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Apariencia</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Colours of every window and chart; follow the system, light or dark</source>
            <translation>Colores de todas las ventanas y gráficos: como el sistema, claro u oscuro</translation>
        </message>
        <message>
            <source>Light or dark colours, or whichever the system uses</source>
            <translation>Colores claros u oscuros, o los del sistema</translation>
        </message>
        <message>
            <source>Th&amp;eme:</source>
            <translation>T&amp;ema:</translation>
        </message>
        <message>
            <source>Shown now, but not saved: the database is not open yet.</source>
            <translation>Se muestra ahora, pero no se guardó: la base de datos aún no está abierta.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <source>Theme not saved: {reason}</source>
            <translation>Tema no guardado: {reason}</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Follow the system ({language})</source>
            <translation>Como el sistema ({language})</translation>
        </message>
        <message>
            <source>The language of Backline's words, numbers and dates; applies at the next start</source>
            <translation>El idioma de los textos, números y fechas de Backline; se aplica en el próximo inicio</translation>
        </message>
        <message>
            <source>The language Backline speaks from the next start on, or the system's</source>
            <translation>El idioma de Backline a partir del próximo inicio, o el del sistema</translation>
        </message>
        <message>
            <source>Lan&amp;guage:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>Language not saved: {reason}</source>
            <translation>Idioma no guardado: {reason}</translation>
        </message>
        <message>
            <source>Applies at the next start.</source>
            <translation>Se aplica en el próximo inicio.</translation>
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
            <translation>Aún no hay peso corporal registrado</translation>
        </message>
        <message>
            <source>%Y-%m-%d</source>
            <translation>%d/%m/%Y</translation>
        </message>
        <message>
            <source>Weight:</source>
            <translation>Peso:</translation>
        </message>
        <message>
            <source>Waist:</source>
            <translation>Cintura:</translation>
        </message>
        <message>
            <source>Hips:</source>
            <translation>Cadera:</translation>
        </message>
        <message>
            <source>Thigh:</source>
            <translation>Muslo:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Nota:</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <source>Waist</source>
            <translation>Cintura</translation>
        </message>
        <message>
            <source>Hips</source>
            <translation>Cadera</translation>
        </message>
        <message>
            <source>Thigh</source>
            <translation>Muslo</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>Tendencia</translation>
        </message>
        <message>
            <source>Body weight</source>
            <translation>Peso corporal</translation>
        </message>
        <message>
            <source>The chart appears when the tab is shown.</source>
            <translation>El gráfico aparece cuando se muestra la pestaña.</translation>
        </message>
        <message>
            <source>Log a measurement</source>
            <translation>Registrar una medida</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation>dd/MM/yyyy</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Fecha:</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Add the measurement (Ctrl+Return)</source>
            <translation>Añadir la medida (Ctrl+Intro)</translation>
        </message>
        <message>
            <source>Cancel edit</source>
            <translation>Cancelar edición</translation>
        </message>
        <message>
            <source>Leave the measurement unchanged (Esc)</source>
            <translation>Dejar la medida sin cambios (Esc)</translation>
        </message>
        <message>
            <source>Measurements</source>
            <translation>Medidas</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <source>Load the selected measurement into the form (Enter)</source>
            <translation>Cargar la medida seleccionada en el formulario (Intro)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Delete the selected measurement (Delete)</source>
            <translation>Eliminar la medida seleccionada (Supr)</translation>
        </message>
        <message>
            <source>in {unit}</source>
            <translation>en {unit}</translation>
        </message>
        <message>
            <source>Not saved.</source>
            <translation>No guardado.</translation>
        </message>
        <message>
            <source>That measurement was deleted meanwhile; not saved.</source>
            <translation>Esa medida se eliminó mientras tanto; no se guardó.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <source>Changes saved.</source>
            <translation>Cambios guardados.</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Guardar cambios</translation>
        </message>
        <message>
            <source>Save the changed measurement (Ctrl+Return)</source>
            <translation>Guardar la medida modificada (Ctrl+Intro)</translation>
        </message>
        <message>
            <source>Edit the measurement of {date}</source>
            <translation>Editar la medida del {date}</translation>
        </message>
        <message>
            <source>measurement of {date}</source>
            <translation>medida del {date}</translation>
        </message>
        <message>
            <source>Deleted.</source>
            <translation>Eliminada.</translation>
        </message>
    </context>
    <context>
        <name>ui.body.plan_panel</name>
        <message>
            <source>Female</source>
            <translation>Mujer</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Hombre</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Cálculo</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Daily deficit below maintenance: {low} to {high} kcal ({source})</source>
            <translation>Déficit diario por debajo del mantenimiento: de {low} a {high} kcal ({source})</translation>
        </message>
        <message>
            <source>years</source>
            <translation>años</translation>
        </message>
        <message>
            <source>Sex:</source>
            <translation>Sexo:</translation>
        </message>
        <message>
            <source>Age:</source>
            <translation>Edad:</translation>
        </message>
        <message>
            <source>Height:</source>
            <translation>Altura:</translation>
        </message>
        <message>
            <source>Activity:</source>
            <translation>Actividad:</translation>
        </message>
        <message>
            <source>Deficit:</source>
            <translation>Déficit:</translation>
        </message>
        <message>
            <source>in years</source>
            <translation>en años</translation>
        </message>
        <message>
            <source>Update plan</source>
            <translation>Actualizar plan</translation>
        </message>
        <message>
            <source>Save these inputs and work the plan out again (Return)</source>
            <translation>Guardar estos datos y volver a calcular el plan (Intro)</translation>
        </message>
        <message>
            <source>The plan's figures</source>
            <translation>Los datos del plan</translation>
        </message>
        <message>
            <source>Estimates to start from, not medical advice. Figures marked “our default” are standard values the articles do not give.</source>
            <translation>Estimaciones para empezar, no consejo médico. Los datos marcados «nuestro valor predeterminado» son valores estándar que los artículos no dan.</translation>
        </message>
        <message>
            <source>log weigh-ins on the left and calories in the Today tab</source>
            <translation>registra tus pesajes a la izquierda y las calorías en la pestaña Hoy</translation>
        </message>
        <message>
            <source>in {unit}</source>
            <translation>en {unit}</translation>
        </message>
        <message>
            <source>Using your latest weight, {weight}.</source>
            <translation>Con tu último peso, {weight}.</translation>
        </message>
        <message>
            <source>Log a body weight on the left to see calories and protein.</source>
            <translation>Registra un peso corporal a la izquierda para ver calorías y proteína.</translation>
        </message>
        <message>
            <source>Plan inputs not saved.</source>
            <translation>Datos del plan no guardados.</translation>
        </message>
    </context>
    <context>
        <name>ui.cues</name>
        <message>
            <source>The voice is starting…</source>
            <translation>La voz se está iniciando…</translation>
        </message>
        <message>
            <source>speech is off</source>
            <translation>la voz está desactivada</translation>
        </message>
        <message>
            <source>Sound check.</source>
            <translation>Prueba de sonido.</translation>
        </message>
        <message>
            <source>No text-to-speech engine is installed.</source>
            <translation>No hay ningún motor de texto a voz instalado.</translation>
        </message>
        <message>
            <source>Text-to-speech engine '{name}' failed: {detail}.</source>
            <translation>El motor de texto a voz '{name}' falló: {detail}.</translation>
        </message>
        <message>
            <source>QtTextToSpeech could not be loaded ({error}).</source>
            <translation>No se pudo cargar QtTextToSpeech ({error}).</translation>
        </message>
        <message>
            <source>QtMultimedia could not be loaded ({error}); cues are silent.</source>
            <translation>No se pudo cargar QtMultimedia ({error}); los avisos sonoros están en silencio.</translation>
        </message>
        <message>
            <source>No audio output device was found; cues are silent.</source>
            <translation>No se encontró ningún dispositivo de salida de audio; los avisos sonoros están en silencio.</translation>
        </message>
        <message>
            <source>Sound files are missing from {folder}: {names}.</source>
            <translation>Faltan archivos de sonido en {folder}: {names}.</translation>
        </message>
        <message>
            <source>Voice: {engine}</source>
            <translation>Voz: {engine}</translation>
        </message>
        <message>
            <source>No text-to-speech engine: cues are beeps only</source>
            <translation>Ningún motor de texto a voz: los avisos son solo pitidos</translation>
        </message>
        <message>
            <source>{reason} Cues are beeps only.</source>
            <translation>{reason} Los avisos son solo pitidos.</translation>
        </message>
        <message>
            <source>Voice is off: cues are beeps only (installed: {engines})</source>
            <translation>Voz desactivada: los avisos son solo pitidos (instalados: {engines})</translation>
        </message>
        <message>
            <source>Text-to-speech engine '{name}' is not installed (available: {engines}).</source>
            <translation>El motor de texto a voz '{name}' no está instalado (disponibles: {engines}).</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>The speech service did not answer within {seconds} s.</source>
            <translation>El servicio de voz no respondió en {seconds} s.</translation>
        </message>
        <message>
            <source>The voice could not start ({error}).</source>
            <translation>La voz no pudo iniciarse ({error}).</translation>
        </message>
        <message>
            <source>The voice stopped (exit status {code}).</source>
            <translation>La voz se detuvo (código de salida {code}).</translation>
        </message>
    </context>
    <context>
        <name>ui.data_actions</name>
        <message>
            <source>Workout exports</source>
            <translation>Exportaciones de entrenamientos</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Todos los archivos</translation>
        </message>
        <message>
            <source>Backline JSON backups</source>
            <translation>Copias de seguridad JSON de Backline</translation>
        </message>
        <message numerus="yes">
            <source>%n workout(s)</source>
            <translation>
                <numerusform>%n entrenamiento</numerusform>
                <numerusform>%n entrenamientos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n serie</numerusform>
                <numerusform>%n series</numerusform>
            </translation>
        </message>
        <message>
            <source>Import workouts</source>
            <translation>Importar entrenamientos</translation>
        </message>
        <message numerus="yes">
            <source>%n were already here.</source>
            <translation>
                <numerusform>%n ya estaba aquí.</numerusform>
                <numerusform>%n ya estaban aquí.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Importación terminada</translation>
        </message>
        <message>
            <source>Imported {workouts} ({sets}). {skipped}</source>
            <translation>Importado: {workouts} ({sets}). {skipped}</translation>
        </message>
        <message>
            <source>End the workout first: a Backline file is imported in one transaction that holds the database, and a set confirmed meanwhile could not be saved.</source>
            <translation>Termina primero el entrenamiento: un archivo de Backline se importa en una sola transacción que ocupa la base de datos, y una serie confirmada mientras tanto no se podría guardar.</translation>
        </message>
        <message>
            <source>{file}: {reason}</source>
            <translation>{file}: {reason}</translation>
        </message>
        <message>
            <source>Import not started</source>
            <translation>Importación no iniciada</translation>
        </message>
        <message numerus="yes">
            <source>%n routine(s)</source>
            <translation>
                <numerusform>%n rutina</numerusform>
                <numerusform>%n rutinas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measurement(s)</source>
            <translation>
                <numerusform>%n medida</numerusform>
                <numerusform>%n medidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n logged day(s)</source>
            <translation>
                <numerusform>%n día registrado</numerusform>
                <numerusform>%n días registrados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n target(s)</source>
            <translation>
                <numerusform>%n objetivo</numerusform>
                <numerusform>%n objetivos</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported {workouts} ({sets}), {routines}, {measurements}, {days} and {targets}.</source>
            <translation>Importado: {workouts} ({sets}), {routines}, {measurements}, {days} y {targets}.</translation>
        </message>
        <message>
            <source>Import failed</source>
            <translation>La importación falló</translation>
        </message>
        <message>
            <source>{file}: {reason}
Nothing was imported.</source>
            <translation>{file}: {reason}
No se importó nada.</translation>
        </message>
        <message>
            <source>a Backline import</source>
            <translation>una importación de Backline</translation>
        </message>
        <message>
            <source>Export everything</source>
            <translation>Exportar todo</translation>
        </message>
        <message>
            <source>Export history as CSV</source>
            <translation>Exportar historial como CSV</translation>
        </message>
        <message>
            <source>Export finished</source>
            <translation>Exportación terminada</translation>
        </message>
        <message>
            <source>Exported {workouts} ({sets}) to {path}.</source>
            <translation>Exportado a {path}: {workouts} ({sets}).</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>La exportación falló</translation>
        </message>
        <message>
            <source>{reason}
Nothing was exported.</source>
            <translation>{reason}
No se exportó nada.</translation>
        </message>
        <message>
            <source>Saved a backup to {path}. The database holds nothing you entered yet.</source>
            <translation>Copia de seguridad guardada en {path}. La base de datos aún no contiene nada que hayas introducido.</translation>
        </message>
        <message>
            <source>Saved a backup to {path}.</source>
            <translation>Copia de seguridad guardada en {path}.</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Copia de seguridad hecha</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>La copia de seguridad falló</translation>
        </message>
        <message>
            <source>{reason}
No backup was made.</source>
            <translation>{reason}
No se hizo ninguna copia de seguridad.</translation>
        </message>
        <message>
            <source>Saved a backup of {database} to {path} (a Backline JSON export of one consistent moment).</source>
            <translation>Copia de seguridad de {database} guardada en {path} (una exportación JSON de Backline de un único momento coherente).</translation>
        </message>
        <message>
            <source>No backups</source>
            <translation>No hay copias de seguridad</translation>
        </message>
        <message>
            <source>There is no backup of this database yet.</source>
            <translation>Aún no hay ninguna copia de seguridad de esta base de datos.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurar una copia de seguridad</translation>
        </message>
        <message>
            <source>Replace the current data with this backup? The current database is kept beside it under a new name.</source>
            <translation>¿Reemplazar los datos actuales por esta copia de seguridad? La base de datos actual se conserva al lado con otro nombre.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Restore a JSON backup into the shared database</source>
            <translation>Restaurar una copia de seguridad JSON en la base de datos compartida</translation>
        </message>
        <message>
            <source>Restore not started</source>
            <translation>Restauración no iniciada</translation>
        </message>
        <message>
            <source>Add what {file} holds to {database}? Workouts already there are skipped and nothing is deleted; every machine using this database sees the result.</source>
            <translation>¿Añadir el contenido de {file} a {database}? Los entrenamientos que ya están se omiten y no se elimina nada; todos los equipos que usan esta base de datos verán el resultado.</translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%n ya existía</numerusform>
                <numerusform>%n ya existían</numerusform>
            </translation>
        </message>
        <message>
            <source>Restore finished</source>
            <translation>Restauración terminada</translation>
        </message>
        <message>
            <source>Restored {file}: {workouts} ({sets}) added, {skipped}.</source>
            <translation>{file} restaurado. Añadido: {workouts} ({sets}); {skipped}.</translation>
        </message>
        <message>
            <source>Restore failed</source>
            <translation>La restauración falló</translation>
        </message>
        <message>
            <source>{file}: {reason}
Nothing was restored.</source>
            <translation>{file}: {reason}
No se restauró nada.</translation>
        </message>
        <message>
            <source>a restore</source>
            <translation>una restauración</translation>
        </message>
        <message>
            <source>Database check</source>
            <translation>Comprobación de la base de datos</translation>
        </message>
        <message>
            <source>The database is sound.</source>
            <translation>La base de datos está en buen estado.</translation>
        </message>
        <message>
            <source>Problems found:
{problems}</source>
            <translation>Problemas encontrados:
{problems}</translation>
        </message>
        <message>
            <source>{database} is a sound Backline database (schema revision {revision}).</source>
            <translation>{database} es una base de datos de Backline en buen estado (revisión del esquema {revision}).</translation>
        </message>
    </context>
    <context>
        <name>ui.dialogs</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Delete “{name}”? This cannot be undone.</source>
            <translation>¿Eliminar «{name}»? No se puede deshacer.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>“{name}” has unsaved changes.</source>
            <translation>«{name}» tiene cambios sin guardar.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Backline cannot open its database</source>
            <translation>Backline no puede abrir su base de datos</translation>
        </message>
        <message>
            <source>Nothing has been changed or deleted. If you restore a backup or start a new database, the current file is kept beside it under a new name.</source>
            <translation>No se ha cambiado ni eliminado nada. Si restauras una copia de seguridad o empiezas una base de datos nueva, el archivo actual se conserva al lado con otro nombre.</translation>
        </message>
        <message>
            <source>Restore a backup…</source>
            <translation>Restaurar una copia de seguridad…</translation>
        </message>
        <message>
            <source>Start a new database</source>
            <translation>Empezar una base de datos nueva</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>%Y-%m-%d %H:%M</source>
            <translation>%d/%m/%Y %H:%M</translation>
        </message>
        <message>
            <source>{taken}  ({size} KB)</source>
            <translation>{taken}  ({size} KB)</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurar una copia de seguridad</translation>
        </message>
        <message>
            <source>Backup to restore:</source>
            <translation>Copia de seguridad que restaurar:</translation>
        </message>
        <message>
            <source>Backline cannot reach the shared database</source>
            <translation>Backline no puede conectar con la base de datos compartida</translation>
        </message>
        <message>
            <source>Backline cannot use the shared database</source>
            <translation>Backline no puede usar la base de datos compartida</translation>
        </message>
        <message>
            <source>You can use the local database on this machine instead ({database}); what you log there stays on this machine. Nothing has been written to either database.</source>
            <translation>Puedes usar en su lugar la base de datos local de este equipo ({database}); lo que registres allí se queda en este equipo. No se ha escrito nada en ninguna de las dos bases de datos.</translation>
        </message>
        <message>
            <source>Use the local database</source>
            <translation>Usar la base de datos local</translation>
        </message>
    </context>
    <context>
        <name>ui.help</name>
        <message>
            <source>A workout companion: follow a routine set by set, with timers, cues and a log.</source>
            <translation>Un compañero de entrenamiento: sigue una rutina serie a serie, con temporizadores, avisos y registro.</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>En todas partes</translation>
        </message>
        <message>
            <source>(no description)</source>
            <translation>(sin descripción)</translation>
        </message>
        <message>
            <source>About Qt</source>
            <translation>Acerca de Qt</translation>
        </message>
        <message>
            <source>{title} (title ours)</source>
            <translation>{title} (título puesto por nosotros)</translation>
        </message>
        <message>
            <source>not installed</source>
            <translation>no instalado</translation>
        </message>
        <message>
            <source>About Backline</source>
            <translation>Acerca de Backline</translation>
        </message>
        <message>
            <source>Backline {version}</source>
            <translation>Backline {version}</translation>
        </message>
        <message>
            <source>Free software under the {licence} licence.</source>
            <translation>Software libre bajo la licencia {licence}.</translation>
        </message>
        <message>
            <source>none (see the start-up message)</source>
            <translation>ninguna (consulta el mensaje de inicio)</translation>
        </message>
        <message>
            <source>Open data folder</source>
            <translation>Abrir carpeta de datos</translation>
        </message>
        <message>
            <source>Show the folder with the database and its backups</source>
            <translation>Mostrar la carpeta con la base de datos y sus copias de seguridad</translation>
        </message>
        <message>
            <source>Your data</source>
            <translation>Tus datos</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Carpeta:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Base de datos:</translation>
        </message>
        <message>
            <source>Exercises from these articles</source>
            <translation>Ejercicios de estos artículos</translation>
        </message>
        <message>
            <source>Built with</source>
            <translation>Creado con</translation>
        </message>
        <message>
            <source>{name}:</source>
            <translation>{name}:</translation>
        </message>
        <message>
            <source>or</source>
            <translation>o</translation>
        </message>
        <message>
            <source>window</source>
            <translation>ventana</translation>
        </message>
        <message>
            <source>{tab}: {window}</source>
            <translation>{tab}: {window}</translation>
        </message>
        <message>
            <source>{menu} menu</source>
            <translation>Menú {menu}</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Tecla</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Filter by key, action or tab…</source>
            <translation>Filtrar por tecla, acción o pestaña…</translation>
        </message>
        <message>
            <source>Filter shortcuts</source>
            <translation>Filtrar atajos</translation>
        </message>
        <message>
            <source>By key, action or tab</source>
            <translation>Por tecla, acción o pestaña</translation>
        </message>
    </context>
    <context>
        <name>ui.history.models</name>
        <message>
            <source>unfinished</source>
            <translation>sin terminar</translation>
        </message>
        <message>
            <source>%a %d %b %Y  %H:%M</source>
            <translation>%a %-d %b %Y  %H:%M</translation>
        </message>
        <message>
            <source>warmup</source>
            <translation>calentamiento</translation>
        </message>
        <message>
            <source>dropset</source>
            <translation>serie descendente</translation>
        </message>
        <message>
            <source>failure</source>
            <translation>hasta el fallo</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Rutina</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Sets</source>
            <translation>Series</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volumen</translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n rep.</numerusform>
                <numerusform>%n rep.</numerusform>
            </translation>
        </message>
        <message>
            <source>{time} hold</source>
            <translation>isométrico de {time}</translation>
        </message>
        <message>
            <source>Set {number} ({side})</source>
            <translation>Serie {number} ({side})</translation>
        </message>
        <message>
            <source>Set {number}</source>
            <translation>Serie {number}</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Ejercicio</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Serie</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>RPE</source>
            <translation>RPE</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
    </context>
    <context>
        <name>ui.history.tab</name>
        <message>
            <source>Past workouts, newest first; more load as you scroll</source>
            <translation>Entrenamientos anteriores, los más recientes primero; se cargan más al desplazarte</translation>
        </message>
        <message>
            <source>Past workouts</source>
            <translation>Entrenamientos anteriores</translation>
        </message>
        <message>
            <source>Sets of the chosen workout</source>
            <translation>Series del entrenamiento elegido</translation>
        </message>
        <message>
            <source>Choose a workout to see its sets.</source>
            <translation>Elige un entrenamiento para ver sus series.</translation>
        </message>
        <message>
            <source>Delete workout…</source>
            <translation>Eliminar entrenamiento…</translation>
        </message>
        <message>
            <source>Delete this workout and all its sets (Shift+Del)</source>
            <translation>Eliminar este entrenamiento y todas sus series (Mayús+Supr)</translation>
        </message>
        <message>
            <source>Seconds</source>
            <translation>Segundos</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>Rep.</translation>
        </message>
        <message>
            <source>Reps done (empty for none)</source>
            <translation>Repeticiones hechas (vacío si ninguna)</translation>
        </message>
        <message>
            <source>Weight used (empty: bodyweight)</source>
            <translation>Peso usado (vacío: peso corporal)</translation>
        </message>
        <message>
            <source>Seconds held, or minutes of an activity</source>
            <translation>Segundos mantenidos o minutos de una actividad</translation>
        </message>
        <message>
            <source>RPE</source>
            <translation>RPE</translation>
        </message>
        <message>
            <source>Rate of perceived exertion, 1 to 10</source>
            <translation>Esfuerzo percibido, de 1 a 10</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>A note on this set</source>
            <translation>Una nota sobre esta serie</translation>
        </message>
        <message>
            <source>Save set</source>
            <translation>Guardar serie</translation>
        </message>
        <message>
            <source>Save the corrections to this set (Ctrl+Enter)</source>
            <translation>Guardar las correcciones de esta serie (Ctrl+Intro)</translation>
        </message>
        <message>
            <source>Delete set…</source>
            <translation>Eliminar serie…</translation>
        </message>
        <message>
            <source>Delete the selected set (Del)</source>
            <translation>Eliminar la serie seleccionada (Supr)</translation>
        </message>
        <message>
            <source>Selected set</source>
            <translation>Serie seleccionada</translation>
        </message>
        <message>
            <source>Weight ({unit})</source>
            <translation>Peso ({unit})</translation>
        </message>
        <message>
            <source>Sets</source>
            <translation>Series</translation>
        </message>
        <message>
            <source>No workouts yet.</source>
            <translation>Aún no hay entrenamientos.</translation>
        </message>
        <message numerus="yes">
            <source>%n workout(s)</source>
            <translation>
                <numerusform>%n entrenamiento</numerusform>
                <numerusform>%n entrenamientos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n serie</numerusform>
                <numerusform>%n series</numerusform>
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
            <translation>No se guardó nada: corrige los campos en rojo.</translation>
        </message>
        <message>
            <source>This set no longer exists.</source>
            <translation>Esta serie ya no existe.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <source>{exercise}, set {number}</source>
            <translation>{exercise}, serie {number}</translation>
        </message>
        <message>
            <source>{workout} of {when}</source>
            <translation>{workout} del {when}</translation>
        </message>
    </context>
    <context>
        <name>ui.import_dialog</name>
        <message>
            <source>Import {file}</source>
            <translation>Importar {file}</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Leyendo el archivo…</translation>
        </message>
        <message>
            <source>&amp;Weights in this file are in:</source>
            <translation>Los &amp;pesos de este archivo están en:</translation>
        </message>
        <message>
            <source>choose…</source>
            <translation>elegir…</translation>
        </message>
        <message>
            <source>kilograms (kg)</source>
            <translation>kilogramos (kg)</translation>
        </message>
        <message>
            <source>pounds (lb)</source>
            <translation>libras (lb)</translation>
        </message>
        <message>
            <source>These exercise names are not in the library. Pick the library exercise each one means, or keep it as your own exercise. Your choices are remembered.</source>
            <translation>Estos nombres de ejercicios no están en la biblioteca. Elige el ejercicio de la biblioteca que corresponde a cada uno o consérvalo como ejercicio propio. Tus elecciones se recuerdan.</translation>
        </message>
        <message>
            <source>Exercise names to map</source>
            <translation>Nombres de ejercicios por asignar</translation>
        </message>
        <message>
            <source>Name in the file</source>
            <translation>Nombre en el archivo</translation>
        </message>
        <message>
            <source>Becomes</source>
            <translation>Se convierte en</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>{file} does not say whether its weights are in kilograms or pounds.</source>
            <translation>{file} no indica si sus pesos están en kilogramos o en libras.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{file} cannot be imported.&lt;/b&gt;&lt;br&gt;{error}&lt;br&gt;Nothing was written.</source>
            <translation>&lt;b&gt;{file} no se puede importar.&lt;/b&gt;&lt;br&gt;{error}&lt;br&gt;No se escribió nada.</translation>
        </message>
        <message>
            <source>%d %b %Y</source>
            <translation>%-d %b %Y</translation>
        </message>
        <message numerus="yes">
            <source>%n workout(s)</source>
            <translation>
                <numerusform>%n entrenamiento</numerusform>
                <numerusform>%n entrenamientos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n serie</numerusform>
                <numerusform>%n series</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s)</source>
            <translation>
                <numerusform>%n ejercicio</numerusform>
                <numerusform>%n ejercicios</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Detected:&lt;/b&gt; {app} export ({dialect}), weights in {unit}.&lt;br&gt;&lt;b&gt;From&lt;/b&gt; {first} &lt;b&gt;to&lt;/b&gt; {last}: {workouts}, {sets}, {exercises}.&lt;br&gt;Nothing has been written yet. Workouts already imported are skipped.</source>
            <translation>&lt;b&gt;Detectado:&lt;/b&gt; exportación de {app} ({dialect}), pesos en {unit}.&lt;br&gt;&lt;b&gt;Del&lt;/b&gt; {first} &lt;b&gt;al&lt;/b&gt; {last}: {workouts}, {sets}, {exercises}.&lt;br&gt;Aún no se ha escrito nada. Los entrenamientos ya importados se omiten.</translation>
        </message>
        <message>
            <source>Keep as my own exercise</source>
            <translation>Conservar como ejercicio propio</translation>
        </message>
        <message>
            <source>{name} becomes</source>
            <translation>{name} se convierte en</translation>
        </message>
        <message>
            <source>&lt;b&gt;The import failed; nothing was written.&lt;/b&gt;&lt;br&gt;{error}</source>
            <translation>&lt;b&gt;La importación falló; no se escribió nada.&lt;/b&gt;&lt;br&gt;{error}</translation>
        </message>
    </context>
    <context>
        <name>ui.inhibit</name>
        <message>
            <source>A workout is running</source>
            <translation>Hay un entrenamiento en curso</translation>
        </message>
        <message>
            <source>no session D-Bus to ask the screen saver</source>
            <translation>no hay D-Bus de sesión para consultar al salvapantallas</translation>
        </message>
        <message>
            <source>the screen saver cannot be held off ({error})</source>
            <translation>no se puede retener el salvapantallas ({error})</translation>
        </message>
        <message>
            <source>SetThreadExecutionState exists on Windows only</source>
            <translation>SetThreadExecutionState solo existe en Windows</translation>
        </message>
        <message>
            <source>Windows cannot be asked to keep the display on ({error})</source>
            <translation>no se puede pedir a Windows que mantenga la pantalla encendida ({error})</translation>
        </message>
        <message>
            <source>Windows refused to keep the display on</source>
            <translation>Windows se negó a mantener la pantalla encendida</translation>
        </message>
    </context>
    <context>
        <name>ui.library.detail</name>
        <message>
            <source>Sets</source>
            <translation>Series</translation>
        </message>
        <message>
            <source>Reps (min)</source>
            <translation>Rep. (mín.)</translation>
        </message>
        <message>
            <source>Reps (max)</source>
            <translation>Rep. (máx.)</translation>
        </message>
        <message>
            <source>Hold per rep</source>
            <translation>Mantener por rep.</translation>
        </message>
        <message>
            <source>Rest between sets</source>
            <translation>Descanso entre series</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Sessions a week (min)</source>
            <translation>Sesiones por semana (mín.)</translation>
        </message>
        <message>
            <source>Sessions a week (max)</source>
            <translation>Sesiones por semana (máx.)</translation>
        </message>
        <message>
            <source>low impact</source>
            <translation>bajo impacto</translation>
        </message>
        <message>
            <source>medium impact</source>
            <translation>impacto medio</translation>
        </message>
        <message>
            <source>high impact</source>
            <translation>alto impacto</translation>
        </message>
        <message>
            <source>{impact} impact</source>
            <translation>impacto {impact}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Archived&lt;/b&gt;: hidden from the pickers; its history is kept.</source>
            <translation>&lt;b&gt;Archivado&lt;/b&gt;: oculto en las listas de selección; su historial se conserva.</translation>
        </message>
        <message>
            <source>each side in turn</source>
            <translation>cada lado por turno</translation>
        </message>
        <message>
            <source>our default</source>
            <translation>nuestro valor predeterminado</translation>
        </message>
        <message>
            <source>yours</source>
            <translation>tu valor</translation>
        </message>
        <message>
            <source>from the article</source>
            <translation>del artículo</translation>
        </message>
        <message>
            <source>Prescription</source>
            <translation>Pauta</translation>
        </message>
        <message>
            <source>Positions each rep:</source>
            <translation>Posiciones en cada rep.:</translation>
        </message>
        <message>
            <source>How to do it</source>
            <translation>Cómo hacerlo</translation>
        </message>
        <message>
            <source>Cautions</source>
            <translation>Precauciones</translation>
        </message>
        <message>
            <source>Equipment:</source>
            <translation>Equipo:</translation>
        </message>
        <message>
            <source>Muscles:</source>
            <translation>Músculos:</translation>
        </message>
        <message>
            <source>Variations:</source>
            <translation>Variantes:</translation>
        </message>
        <message>
            <source>Based on</source>
            <translation>Basado en</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Your own exercise: yours to edit, archive or merge.</source>
            <translation>Tu propio ejercicio: puedes editarlo, archivarlo o fusionarlo.</translation>
        </message>
        <message>
            <source>Ready-made: Edit makes your own copy.</source>
            <translation>Predefinido: «Crear mi copia…» crea tu propia copia.</translation>
        </message>
    </context>
    <context>
        <name>ui.library.dialogs</name>
        <message>
            <source>Merge “{name}” into…</source>
            <translation>Fusionar «{name}» con…</translation>
        </message>
        <message>
            <source>Merge into this</source>
            <translation>Fusionar con este</translation>
        </message>
        <message>
            <source>Merge exercises</source>
            <translation>Fusionar ejercicios</translation>
        </message>
        <message>
            <source>Move every logged set, routine item and import name of “{name}” to “{target}”, then remove “{name}”?</source>
            <translation>¿Mover todas las series registradas, elementos de rutina y nombres de importación de «{name}» a «{target}» y después eliminar «{name}»?</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Fusionar</translation>
        </message>
    </context>
    <context>
        <name>ui.library.editor</name>
        <message>
            <source>Sets</source>
            <translation>Series</translation>
        </message>
        <message>
            <source>Reps, fewest</source>
            <translation>Rep., mínimo</translation>
        </message>
        <message>
            <source>Reps, most</source>
            <translation>Rep., máximo</translation>
        </message>
        <message>
            <source>Hold each rep</source>
            <translation>Mantener cada rep.</translation>
        </message>
        <message>
            <source>Rest between sets</source>
            <translation>Descanso entre series</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>New exercise</source>
            <translation>Nuevo ejercicio</translation>
        </message>
        <message>
            <source>My copy of {name}</source>
            <translation>Mi copia de {name}</translation>
        </message>
        <message>
            <source>Edit {name}</source>
            <translation>Editar {name}</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>Repeticiones</translation>
        </message>
        <message>
            <source>Hold (each rep held)</source>
            <translation>Isométrico (cada rep. mantenida)</translation>
        </message>
        <message>
            <source>Duration (continuous)</source>
            <translation>Duración (continua)</translation>
        </message>
        <message>
            <source>Each side in turn</source>
            <translation>Cada lado por turno</translation>
        </message>
        <message>
            <source>Not said</source>
            <translation>Sin indicar</translation>
        </message>
        <message>
            <source>e.g. rounded, arched (blank: one position)</source>
            <translation>p. ej. redondeada, arqueada (vacío: una posición)</translation>
        </message>
        <message>
            <source>e.g. {first}, {second}</source>
            <translation>p. ej. {first}, {second}</translation>
        </message>
        <message>
            <source>e.g. {first}, {second} (blank: none)</source>
            <translation>p. ej. {first}, {second} (vacío: ninguno)</translation>
        </message>
        <message>
            <source>One step a line</source>
            <translation>Un paso por línea</translation>
        </message>
        <message>
            <source>One caution a line</source>
            <translation>Una precaución por línea</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>&amp;Mode</source>
            <translation>&amp;Modo</translation>
        </message>
        <message>
            <source>&amp;Positions</source>
            <translation>&amp;Posiciones</translation>
        </message>
        <message>
            <source>M&amp;uscles</source>
            <translation>Mú&amp;sculos</translation>
        </message>
        <message>
            <source>&amp;Equipment</source>
            <translation>&amp;Equipo</translation>
        </message>
        <message>
            <source>&amp;Impact</source>
            <translation>&amp;Impacto</translation>
        </message>
        <message>
            <source>Su&amp;mmary</source>
            <translation>&amp;Resumen</translation>
        </message>
        <message>
            <source>Ins&amp;tructions</source>
            <translation>Instr&amp;ucciones</translation>
        </message>
        <message>
            <source>&amp;Cautions</source>
            <translation>Pre&amp;cauciones</translation>
        </message>
        <message>
            <source>Save my copy</source>
            <translation>Guardar mi copia</translation>
        </message>
        <message>
            <source>Save (Enter; Ctrl+Enter from instructions or cautions)</source>
            <translation>Guardar (Intro; Ctrl+Intro desde instrucciones o precauciones)</translation>
        </message>
        <message>
            <source>“{name}” is ready-made and stays as the article gives it. Saving makes your own copy.</source>
            <translation>«{name}» es predefinido y se mantiene tal como lo da el artículo. Al guardar se crea tu propia copia.</translation>
        </message>
    </context>
    <context>
        <name>ui.library.models</name>
        <message>
            <source>strength</source>
            <translation>fuerza</translation>
        </message>
        <message>
            <source>cardio</source>
            <translation>cardio</translation>
        </message>
        <message>
            <source>mobility</source>
            <translation>movilidad</translation>
        </message>
        <message>
            <source>recovery</source>
            <translation>recuperación</translation>
        </message>
        <message>
            <source>reps</source>
            <translation>rep.</translation>
        </message>
        <message>
            <source>hold</source>
            <translation>isométrico</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>duración</translation>
        </message>
        <message>
            <source>low</source>
            <translation>bajo</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>medio</translation>
        </message>
        <message>
            <source>high</source>
            <translation>alto</translation>
        </message>
        <message>
            <source>glutes</source>
            <translation>glúteos</translation>
        </message>
        <message>
            <source>hamstrings</source>
            <translation>isquiotibiales</translation>
        </message>
        <message>
            <source>quads</source>
            <translation>cuádriceps</translation>
        </message>
        <message>
            <source>calves</source>
            <translation>gemelos</translation>
        </message>
        <message>
            <source>hips</source>
            <translation>caderas</translation>
        </message>
        <message>
            <source>core</source>
            <translation>core</translation>
        </message>
        <message>
            <source>lower-back</source>
            <translation>zona lumbar</translation>
        </message>
        <message>
            <source>upper-back</source>
            <translation>espalda alta</translation>
        </message>
        <message>
            <source>shoulders</source>
            <translation>hombros</translation>
        </message>
        <message>
            <source>chest</source>
            <translation>pecho</translation>
        </message>
        <message>
            <source>arms</source>
            <translation>brazos</translation>
        </message>
        <message>
            <source>full-body</source>
            <translation>cuerpo completo</translation>
        </message>
        <message>
            <source>ball</source>
            <translation>balón</translation>
        </message>
        <message>
            <source>barbell</source>
            <translation>barra</translation>
        </message>
        <message>
            <source>bench</source>
            <translation>banco</translation>
        </message>
        <message>
            <source>bicycle</source>
            <translation>bicicleta</translation>
        </message>
        <message>
            <source>chair</source>
            <translation>silla</translation>
        </message>
        <message>
            <source>dumbbells</source>
            <translation>mancuernas</translation>
        </message>
        <message>
            <source>mat</source>
            <translation>esterilla</translation>
        </message>
        <message>
            <source>oil</source>
            <translation>aceite</translation>
        </message>
        <message>
            <source>pool</source>
            <translation>piscina</translation>
        </message>
        <message>
            <source>racket</source>
            <translation>raqueta</translation>
        </message>
        <message>
            <source>stability-ball</source>
            <translation>fitball</translation>
        </message>
        <message>
            <source>stairs</source>
            <translation>escaleras</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>{name} (archived)</source>
            <translation>{name} (archivado)</translation>
        </message>
        <message>
            <source>{mode} · per side</source>
            <translation>{mode} · por lado</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modo</translation>
        </message>
        <message>
            <source>Prescription</source>
            <translation>Pauta</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impacto</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Equipo</translation>
        </message>
    </context>
    <context>
        <name>ui.library.tab</name>
        <message>
            <source>Muscle: any</source>
            <translation>Músculo: todos</translation>
        </message>
        <message>
            <source>Muscle filter</source>
            <translation>Filtro de músculo</translation>
        </message>
        <message>
            <source>Equipment: any</source>
            <translation>Equipo: todos</translation>
        </message>
        <message>
            <source>Equipment filter</source>
            <translation>Filtro de equipo</translation>
        </message>
        <message>
            <source>Mode: any</source>
            <translation>Modo: todos</translation>
        </message>
        <message>
            <source>Mode filter</source>
            <translation>Filtro de modo</translation>
        </message>
        <message>
            <source>Impact: any</source>
            <translation>Impacto: todos</translation>
        </message>
        <message>
            <source>Impact filter</source>
            <translation>Filtro de impacto</translation>
        </message>
        <message>
            <source>Article: any</source>
            <translation>Artículo: todos</translation>
        </message>
        <message>
            <source>Article filter</source>
            <translation>Filtro de artículo</translation>
        </message>
        <message>
            <source>Search exercises (name, muscle, equipment)…</source>
            <translation>Buscar ejercicios (nombre, músculo, equipo)…</translation>
        </message>
        <message>
            <source>Search exercises</source>
            <translation>Buscar ejercicios</translation>
        </message>
        <message>
            <source>By name, muscle or equipment; Up and Down move in the list</source>
            <translation>Por nombre, músculo o equipo; las flechas arriba y abajo recorren la lista</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Limpiar</translation>
        </message>
        <message>
            <source>Clear the search and every filter</source>
            <translation>Limpiar la búsqueda y todos los filtros</translation>
        </message>
        <message>
            <source>Show &amp;archived</source>
            <translation>Mostrar archi&amp;vados</translation>
        </message>
        <message>
            <source>List your archived exercises too</source>
            <translation>Mostrar también tus ejercicios archivados</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Nuevo…</translation>
        </message>
        <message>
            <source>A new exercise of your own (Ctrl+N)</source>
            <translation>Un nuevo ejercicio propio (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>&amp;Duplicate</source>
            <translation>&amp;Duplicar</translation>
        </message>
        <message>
            <source>Your own copy of this exercise (Ctrl+D)</source>
            <translation>Tu propia copia de este ejercicio (Ctrl+D)</translation>
        </message>
        <message>
            <source>Arc&amp;hive</source>
            <translation>Arc&amp;hivar</translation>
        </message>
        <message>
            <source>&amp;Merge into…</source>
            <translation>&amp;Fusionar con…</translation>
        </message>
        <message>
            <source>Move this exercise's logged sets, routine items and import names onto another exercise, then remove it</source>
            <translation>Mover las series registradas, elementos de rutina y nombres de importación de este ejercicio a otro ejercicio y después eliminarlo</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Ejercicios</translation>
        </message>
        <message>
            <source>Exercise details</source>
            <translation>Detalles del ejercicio</translation>
        </message>
        <message>
            <source>No exercise matches the search and filters.</source>
            <translation>Ningún ejercicio coincide con la búsqueda y los filtros.</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n entries  ·  * marks our default where the articles give no number</source>
            <translation>
                <numerusform>{shown} de %n entrada  ·  * indica nuestro valor predeterminado donde los artículos no dan cifra</numerusform>
                <numerusform>{shown} de %n entradas  ·  * indica nuestro valor predeterminado donde los artículos no dan cifra</numerusform>
            </translation>
        </message>
        <message>
            <source>Make my &amp;copy…</source>
            <translation>Crear mi &amp;copia…</translation>
        </message>
        <message>
            <source>Ready-made exercises stay as the article gives them: edit your own copy (F2)</source>
            <translation>Los ejercicios predefinidos se mantienen tal como los da el artículo: edita tu propia copia (F2)</translation>
        </message>
        <message>
            <source>Edit this exercise (F2, or Enter in the list)</source>
            <translation>Editar este ejercicio (F2, o Intro en la lista)</translation>
        </message>
        <message>
            <source>Unarc&amp;hive</source>
            <translation>Desarc&amp;hivar</translation>
        </message>
        <message>
            <source>Bring it back into the pickers</source>
            <translation>Volver a mostrarlo en las listas de selección</translation>
        </message>
        <message>
            <source>Hide it from the pickers; its history is kept</source>
            <translation>Ocultarlo en las listas de selección; su historial se conserva</translation>
        </message>
        <message>
            <source>Only your own exercises can be archived</source>
            <translation>Solo tus propios ejercicios se pueden archivar</translation>
        </message>
        <message numerus="yes">
            <source>%n logged set(s)</source>
            <translation>
                <numerusform>%n serie registrada</numerusform>
                <numerusform>%n series registradas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n routine item(s)</source>
            <translation>
                <numerusform>%n elemento de rutina</numerusform>
                <numerusform>%n elementos de rutina</numerusform>
            </translation>
        </message>
        <message>
            <source>Merged “{name}” into this exercise: {sets} and {items} moved.</source>
            <translation>«{name}» fusionado con este ejercicio: se movieron {sets} y {items}.</translation>
        </message>
    </context>
    <context>
        <name>ui.main_window</name>
        <message>
            <source>&amp;Import workouts…</source>
            <translation>&amp;Importar entrenamientos…</translation>
        </message>
        <message>
            <source>Export history as Strong &amp;CSV…</source>
            <translation>Exportar historial como &amp;CSV de Strong…</translation>
        </message>
        <message>
            <source>Export &amp;everything as JSON…</source>
            <translation>Exportar &amp;todo como JSON…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>Hacer copia de seguridad a&amp;hora</translation>
        </message>
        <message>
            <source>&amp;Restore a backup…</source>
            <translation>&amp;Restaurar una copia de seguridad…</translation>
        </message>
        <message>
            <source>Chec&amp;k the database</source>
            <translation>Com&amp;probar la base de datos</translation>
        </message>
        <message>
            <source>&amp;Back up the shared database now (JSON snapshot)</source>
            <translation>Hacer copia de seguridad a&amp;hora de la base de datos compartida (instantánea JSON)</translation>
        </message>
        <message>
            <source>&amp;Restore a JSON backup into the shared database…</source>
            <translation>&amp;Restaurar una copia de seguridad JSON en la base de datos compartida…</translation>
        </message>
        <message>
            <source>Chec&amp;k the shared database</source>
            <translation>Com&amp;probar la base de datos compartida</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Biblioteca</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>Rutinas</translation>
        </message>
        <message>
            <source>Workout</source>
            <translation>Entrenamiento</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <source>Body &amp; plan</source>
            <translation>Cuerpo y plan</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>Backline</source>
            <translation>Backline</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Abriendo la base de datos…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Next tab</source>
            <translation>Pestaña siguiente</translation>
        </message>
        <message>
            <source>Previous tab</source>
            <translation>Pestaña anterior</translation>
        </message>
        <message>
            <source>Go to the {tab} tab</source>
            <translation>Ir a la pestaña {tab}</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Atajos de teclado</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Guía del usuario</translation>
        </message>
        <message>
            <source>&amp;About Backline</source>
            <translation>Acerca &amp;de Backline</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Acerca de &amp;Qt</translation>
        </message>
        <message>
            <source>Database: {database}</source>
            <translation>Base de datos: {database}</translation>
        </message>
        <message>
            <source>Backline is still running</source>
            <translation>Backline sigue en ejecución</translation>
        </message>
        <message>
            <source>Quit it from the tray icon.</source>
            <translation>Ciérralo desde el icono de la bandeja del sistema.</translation>
        </message>
        <message>
            <source>The screen may blank during the workout: {problem}</source>
            <translation>La pantalla puede apagarse durante el entrenamiento: {problem}</translation>
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
            <translation>no hay D-Bus de sesión</translation>
        </message>
        <message>
            <source>the session D-Bus cannot be reached ({error})</source>
            <translation>no se puede acceder al D-Bus de sesión ({error})</translation>
        </message>
        <message>
            <source>no notification service ({error})</source>
            <translation>no hay servicio de notificaciones ({error})</translation>
        </message>
    </context>
    <context>
        <name>ui.ops</name>
        <message>
            <source>the database is not open yet</source>
            <translation>la base de datos aún no está abierta</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>No guardado</translation>
        </message>
        <message>
            <source>Nothing was saved: {error}</source>
            <translation>No se guardó nada: {error}</translation>
        </message>
    </context>
    <context>
        <name>ui.progress.models</name>
        <message>
            <source>%Y-%m-%d</source>
            <translation>%d/%m/%Y</translation>
        </message>
        <message>
            <source>{workouts}, {sets}; last on {day}</source>
            <translation>{workouts}, {sets}; la última el {day}</translation>
        </message>
        <message numerus="yes">
            <source>%n workout(s)</source>
            <translation>
                <numerusform>%n entrenamiento</numerusform>
                <numerusform>%n entrenamientos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n serie</numerusform>
                <numerusform>%n series</numerusform>
            </translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Récord</translation>
        </message>
        <message>
            <source>Set on</source>
            <translation>Logrado el</translation>
        </message>
    </context>
    <context>
        <name>ui.progress.plots</name>
        <message>
            <source>best {value}</source>
            <translation>mejor {value}</translation>
        </message>
        <message>
            <source>{exercise}: {measure}</source>
            <translation>{exercise}: {measure}</translation>
        </message>
        <message>
            <source>%d %b</source>
            <translation>%-d %b</translation>
        </message>
        <message>
            <source>{routine}: no weekly target</source>
            <translation>{routine}: sin objetivo semanal</translation>
        </message>
        <message numerus="yes">
            <source>{routine}: target {target} a week, met {met} of %n week(s) since {day}</source>
            <translation>
                <numerusform>{routine}: objetivo {target} por semana, cumplido {met} de %n semana desde el {day}</numerusform>
                <numerusform>{routine}: objetivo {target} por semana, cumplido {met} de %n semanas desde el {day}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{routine}: target {target} a week, met {met} of %n week(s)</source>
            <translation>
                <numerusform>{routine}: objetivo {target} por semana, cumplido {met} de %n semana</numerusform>
                <numerusform>{routine}: objetivo {target} por semana, cumplido {met} de %n semanas</numerusform>
            </translation>
        </message>
        <message>
            <source>target met</source>
            <translation>objetivo cumplido</translation>
        </message>
        <message>
            <source>below target</source>
            <translation>por debajo del objetivo</translation>
        </message>
        <message>
            <source>target</source>
            <translation>objetivo</translation>
        </message>
        <message>
            <source>not in use yet</source>
            <translation>aún sin usar</translation>
        </message>
        <message>
            <source>not
in use</source>
            <translation>sin
usar</translation>
        </message>
        <message>
            <source>sessions a week</source>
            <translation>sesiones por semana</translation>
        </message>
        <message numerus="yes">
            <source>Active days, last %n week(s)</source>
            <translation>
                <numerusform>Días activos, %n semana</numerusform>
                <numerusform>Días activos, últimas %n semanas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.progress.tab</name>
        <message>
            <source>Log a workout to see progress here.</source>
            <translation>Registra un entrenamiento para ver aquí tu progreso.</translation>
        </message>
        <message>
            <source>&amp;30 days</source>
            <translation>&amp;30 días</translation>
        </message>
        <message>
            <source>3 &amp;months</source>
            <translation>3 &amp;meses</translation>
        </message>
        <message>
            <source>1 &amp;year</source>
            <translation>1 añ&amp;o</translation>
        </message>
        <message>
            <source>&amp;All</source>
            <translation>&amp;Todo</translation>
        </message>
        <message>
            <source>the last 30 days</source>
            <translation>los últimos 30 días</translation>
        </message>
        <message>
            <source>the last 3 months</source>
            <translation>los últimos 3 meses</translation>
        </message>
        <message>
            <source>the last year</source>
            <translation>el último año</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Ejercicio</translation>
        </message>
        <message>
            <source>&amp;Exercise:</source>
            <translation>&amp;Ejercicio:</translation>
        </message>
        <message>
            <source>Exercises you have logged; type to search ({keys})</source>
            <translation>Ejercicios que has registrado; escribe para buscar ({keys})</translation>
        </message>
        <message>
            <source>Mea&amp;sure:</source>
            <translation>Me&amp;dida:</translation>
        </message>
        <message>
            <source>Show {range} ({keys})</source>
            <translation>Mostrar {range} ({keys})</translation>
        </message>
        <message>
            <source>everything</source>
            <translation>todo</translation>
        </message>
        <message>
            <source>Sa&amp;ve chart…</source>
            <translation>&amp;Guardar gráfico…</translation>
        </message>
        <message>
            <source>Save this chart as a PNG or SVG file ({keys})</source>
            <translation>Guardar este gráfico como archivo PNG o SVG ({keys})</translation>
        </message>
        <message>
            <source>Personal records</source>
            <translation>Récords personales</translation>
        </message>
        <message>
            <source>&amp;Routine:</source>
            <translation>&amp;Rutina:</translation>
        </message>
        <message>
            <source>The routine whose weeks are shown ({keys})</source>
            <translation>La rutina cuyas semanas se muestran ({keys})</translation>
        </message>
        <message>
            <source>Weekly adherence</source>
            <translation>Constancia semanal</translation>
        </message>
        <message>
            <source>Active days</source>
            <translation>Días activos</translation>
        </message>
        <message>
            <source>How targets progress</source>
            <translation>Cómo avanzan los objetivos</translation>
        </message>
        <message>
            <source>Save this chart…</source>
            <translation>Guardar este gráfico…</translation>
        </message>
        <message>
            <source>Save the chart below as a PNG or SVG file</source>
            <translation>Guardar el gráfico de abajo como archivo PNG o SVG</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <source>Personal records appear here after your first workout.</source>
            <translation>Tus récords personales aparecerán aquí tras tu primer entrenamiento.</translation>
        </message>
        <message>
            <source>{hint} ({keys})</source>
            <translation>{hint} ({keys})</translation>
        </message>
        <message>
            <source>What to chart for this exercise ({keys})</source>
            <translation>Qué mostrar en el gráfico para este ejercicio ({keys})</translation>
        </message>
        <message>
            <source>Personal records: {name}</source>
            <translation>Récords personales: {name}</translation>
        </message>
        <message>
            <source>No personal records for {name} yet.</source>
            <translation>Aún no hay récords personales de {name}.</translation>
        </message>
        <message>
            <source>Could not load progress: {error}</source>
            <translation>No se pudo cargar el progreso: {error}</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Guardar gráfico</translation>
        </message>
        <message>
            <source>There is no chart to save yet.</source>
            <translation>Aún no hay ningún gráfico que guardar.</translation>
        </message>
        <message>
            <source>The chart was not saved: {error}</source>
            <translation>El gráfico no se guardó: {error}</translation>
        </message>
        <message>
            <source>No {measure} for {name} in {range}. Choose another measure, or “All” to see your older workouts.</source>
            <translation>No hay {measure} de {name} en {range}. Elige otra medida, o «Todo» para ver tus entrenamientos anteriores.</translation>
        </message>
        <message>
            <source>Nothing to chart for this measure. {hint}</source>
            <translation>No hay nada que mostrar para esta medida. {hint}</translation>
        </message>
        <message>
            <source>Follow a routine from the Routines tab to see your weeks against its target.</source>
            <translation>Sigue una rutina de la pestaña Rutinas para ver tus semanas frente a su objetivo.</translation>
        </message>
        <message>
            <source>Log a workout to fill this calendar of active days.</source>
            <translation>Registra un entrenamiento para llenar este calendario de días activos.</translation>
        </message>
        <message>
            <source>No current streak: a workout today starts one.</source>
            <translation>No tienes racha actual: un entrenamiento hoy empieza una.</translation>
        </message>
        <message>
            <source>Current streak: 1 day.</source>
            <translation>Racha actual: 1 día.</translation>
        </message>
        <message numerus="yes">
            <source>Current streak: %n day(s) in a row.</source>
            <translation>
                <numerusform>Racha actual: %n día seguido.</numerusform>
                <numerusform>Racha actual: %n días seguidos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n active day(s)</source>
            <translation>
                <numerusform>%n día activo</numerusform>
                <numerusform>%n días activos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{days} in the last %n week(s).</source>
            <translation>
                <numerusform>{days} en %n semana.</numerusform>
                <numerusform>{days} en las últimas %n semanas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.reminder_settings</name>
        <message>
            <source>Reminders</source>
            <translation>Recordatorios</translation>
        </message>
        <message>
            <source>Local time; the suggested time is ours</source>
            <translation>Hora local; la hora sugerida es nuestra</translation>
        </message>
        <message>
            <source>Time of the reminder: {reminder}</source>
            <translation>Hora del recordatorio: {reminder}</translation>
        </message>
        <message>
            <source>A day of the reminder: {reminder}</source>
            <translation>Un día del recordatorio: {reminder}</translation>
        </message>
        <message>
            <source>Keep Backline running in the tray when the window is closed</source>
            <translation>Mantener Backline en la bandeja del sistema al cerrar la ventana</translation>
        </message>
        <message>
            <source>Shown as desktop notifications while Backline runs; a reminder stays silent when that part of the program is already done that day.</source>
            <translation>Se muestran como notificaciones del escritorio mientras Backline está abierto; un recordatorio no aparece si esa parte del programa ya está hecha ese día.</translation>
        </message>
        <message>
            <source>A reminder needs at least one day.</source>
            <translation>Un recordatorio necesita al menos un día.</translation>
        </message>
    </context>
    <context>
        <name>ui.routines.dialogs</name>
        <message>
            <source>Add exercise</source>
            <translation>Añadir ejercicio</translation>
        </message>
        <message>
            <source>Search by name, muscle, equipment…</source>
            <translation>Buscar por nombre, músculo, equipo…</translation>
        </message>
        <message>
            <source>Search exercises</source>
            <translation>Buscar ejercicios</translation>
        </message>
        <message>
            <source>By name, muscle or equipment</source>
            <translation>Por nombre, músculo o equipo</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Ejercicios</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Pick an exercise from the library:</source>
            <translation>Elige un ejercicio de la biblioteca:</translation>
        </message>
        <message>
            <source>Group as circuit</source>
            <translation>Agrupar como circuito</translation>
        </message>
        <message>
            <source>Rounds (the moves back to back, then rest):</source>
            <translation>Rondas (los movimientos seguidos, luego descanso):</translation>
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
            <translation>ninguno</translation>
        </message>
        <message>
            <source>Sessions a week (1-14); 'none' for no weekly target</source>
            <translation>Sesiones por semana (1-14); «ninguno»: sin objetivo semanal</translation>
        </message>
        <message>
            <source>Daily</source>
            <translation>Diario</translation>
        </message>
        <message>
            <source>Every day: 7 sessions a week</source>
            <translation>Todos los días: 7 sesiones por semana</translation>
        </message>
        <message>
            <source>Suggest the next target from my history</source>
            <translation>Sugerir el próximo objetivo según mi historial</translation>
        </message>
        <message>
            <source>{rule} Turn off to always use the targets written here.</source>
            <translation>{rule} Desactívalo para usar siempre los objetivos escritos aquí.</translation>
        </message>
        <message>
            <source>Why this routine, in a line</source>
            <translation>Para qué esta rutina, en una línea</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>sessions a week</source>
            <translation>sesiones por semana</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Weekly target</source>
            <translation>Objetivo semanal</translation>
        </message>
        <message>
            <source>Weekly target: at least, sessions a week</source>
            <translation>Objetivo semanal: al menos, sesiones por semana</translation>
        </message>
        <message>
            <source>Weekly target: at most, sessions a week</source>
            <translation>Objetivo semanal: como máximo, sesiones por semana</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Progression</source>
            <translation>Progresión</translation>
        </message>
        <message>
            <source>Items of the routine</source>
            <translation>Elementos de la rutina</translation>
        </message>
        <message>
            <source>Drag to reorder, or Ctrl+Up / Ctrl+Down; Delete removes the selected item</source>
            <translation>Arrastra para reordenar, o Ctrl+Arriba / Ctrl+Abajo; Supr quita el elemento seleccionado</translation>
        </message>
        <message>
            <source>Add exercise…</source>
            <translation>Añadir ejercicio…</translation>
        </message>
        <message>
            <source>Add an exercise from the library (Ctrl+E)</source>
            <translation>Añadir un ejercicio de la biblioteca (Ctrl+E)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove the selected item (Delete)</source>
            <translation>Quitar el elemento seleccionado (Supr)</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move the item up (Ctrl+Up)</source>
            <translation>Subir el elemento (Ctrl+Arriba)</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Move the item down (Ctrl+Down)</source>
            <translation>Bajar el elemento (Ctrl+Abajo)</translation>
        </message>
        <message>
            <source>Group as circuit…</source>
            <translation>Agrupar como circuito…</translation>
        </message>
        <message>
            <source>Do the selected items back to back for a number of rounds</source>
            <translation>Hacer los elementos seleccionados seguidos durante varias rondas</translation>
        </message>
        <message>
            <source>Ungroup</source>
            <translation>Desagrupar</translation>
        </message>
        <message>
            <source>Take the selected items out of their circuit</source>
            <translation>Sacar los elementos seleccionados de su circuito</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Undo the last edit (Ctrl+Z)</source>
            <translation>Deshacer el último cambio (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <source>Redo (Ctrl+Shift+Z)</source>
            <translation>Rehacer (Ctrl+Mayús+Z)</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Drop every unsaved change</source>
            <translation>Descartar todos los cambios sin guardar</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Save this routine (Ctrl+S)</source>
            <translation>Guardar esta rutina (Ctrl+S)</translation>
        </message>
        <message>
            <source>Item {number}: {problem}</source>
            <translation>Elemento {number}: {problem}</translation>
        </message>
        <message>
            <source>Not saved: {problem}</source>
            <translation>No guardado: {problem}</translation>
        </message>
        <message>
            <source>Added {name}.</source>
            <translation>{name} añadido.</translation>
        </message>
        <message>
            <source>Ready-made, from the article “{title}” ({file}). Saving creates your own copy; “Restore article version” undoes any change.</source>
            <translation>Predefinida, del artículo «{title}» ({file}). Al guardar se crea tu propia copia; «Restaurar original» deshace cualquier cambio.</translation>
        </message>
        <message>
            <source>Your copy of a routine from “{title}”.</source>
            <translation>Tu copia de una rutina de «{title}».</translation>
        </message>
        <message>
            <source>Unsaved changes: saving creates your own copy.</source>
            <translation>Cambios sin guardar: al guardar se crea tu propia copia.</translation>
        </message>
        <message>
            <source>Unsaved changes.</source>
            <translation>Cambios sin guardar.</translation>
        </message>
    </context>
    <context>
        <name>ui.routines.item_panel</name>
        <message>
            <source>Reps</source>
            <translation>Repeticiones</translation>
        </message>
        <message>
            <source>Hold (seconds per rep)</source>
            <translation>Isométrico (segundos por rep.)</translation>
        </message>
        <message>
            <source>Duration (minutes)</source>
            <translation>Duración (minutos)</translation>
        </message>
        <message>
            <source>Sets</source>
            <translation>Series</translation>
        </message>
        <message>
            <source>Reps (min)</source>
            <translation>Rep. (mín.)</translation>
        </message>
        <message>
            <source>Reps (max)</source>
            <translation>Rep. (máx.)</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Mantener</translation>
        </message>
        <message>
            <source>s per rep</source>
            <translation>s por rep.</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Rest between sets</source>
            <translation>Descanso entre series</translation>
        </message>
        <message>
            <source>Rest after</source>
            <translation>Descanso después</translation>
        </message>
        <message>
            <source>Target weight</source>
            <translation>Peso objetivo</translation>
        </message>
        <message>
            <source>Weight step</source>
            <translation>Incremento de peso</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Rondas</translation>
        </message>
        <message>
            <source>(whole circuit)</source>
            <translation>(circuito completo)</translation>
        </message>
        <message>
            <source>Selected item</source>
            <translation>Elemento seleccionado</translation>
        </message>
        <message>
            <source>Each side in turn</source>
            <translation>Cada lado por turno</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modo</translation>
        </message>
        <message>
            <source>As long as you can</source>
            <translation>Todo lo que puedas</translation>
        </message>
        <message>
            <source>The clock counts up and Enter stops it; the time above is the mark to reach</source>
            <translation>El reloj cuenta hacia arriba e Intro lo detiene; el tiempo de arriba es la marca a alcanzar</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Several items selected: group them as a circuit, or pick one to edit.</source>
            <translation>Varios elementos seleccionados: agrúpalos como circuito o elige uno para editarlo.</translation>
        </message>
        <message>
            <source>Select an item to edit it.</source>
            <translation>Selecciona un elemento para editarlo.</translation>
        </message>
        <message>
            <source> (library: {mode})</source>
            <translation> (biblioteca: {mode})</translation>
        </message>
        <message>
            <source>Our default, not the article's: {fields}</source>
            <translation>Nuestro valor predeterminado, no el del artículo: {fields}</translation>
        </message>
    </context>
    <context>
        <name>ui.routines.models</name>
        <message>
            <source>Ready-made</source>
            <translation>Predefinida</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Rutina</translation>
        </message>
        <message>
            <source>Ready-made routine from the article “{title}” ({file})</source>
            <translation>Rutina predefinida del artículo «{title}» ({file})</translation>
        </message>
        <message>
            <source>Your copy of a routine from the article “{title}” ({file})</source>
            <translation>Tu copia de una rutina del artículo «{title}» ({file})</translation>
        </message>
        <message>
            <source>Your own routine</source>
            <translation>Tu propia rutina</translation>
        </message>
        <message>
            <source>Circuit {number} × {rounds}</source>
            <translation>Circuito {number} × {rounds}</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Ejercicio</translation>
        </message>
        <message>
            <source>Circuit</source>
            <translation>Circuito</translation>
        </message>
        <message>
            <source>Prescription</source>
            <translation>Pauta</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>{name} ({mode})</source>
            <translation>{name} ({mode})</translation>
        </message>
        <message>
            <source>target {weight}</source>
            <translation>objetivo {weight}</translation>
        </message>
        <message>
            <source>* our default: {fields}</source>
            <translation>* nuestro valor predeterminado: {fields}</translation>
        </message>
        <message>
            <source>This item has a problem: select it to see which field.</source>
            <translation>Este elemento tiene un problema: selecciónalo para ver qué campo.</translation>
        </message>
        <message>
            <source>{name}  ({kind}, {mode}, per side)</source>
            <translation>{name}  ({kind}, {mode}, por lado)</translation>
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
            <translation>Rutinas</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Nueva…</translation>
        </message>
        <message>
            <source>Create an empty routine of your own</source>
            <translation>Crear una rutina propia vacía</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Renombrar…</translation>
        </message>
        <message>
            <source>Rename this routine</source>
            <translation>Renombrar esta rutina</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicar</translation>
        </message>
        <message>
            <source>Make your own copy of this routine</source>
            <translation>Hacer tu propia copia de esta rutina</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Eliminar…</translation>
        </message>
        <message>
            <source>Delete this routine (workouts done with it are kept)</source>
            <translation>Eliminar esta rutina (los entrenamientos hechos con ella se conservan)</translation>
        </message>
        <message>
            <source>Restore article version</source>
            <translation>Restaurar original</translation>
        </message>
        <message>
            <source>Put this ready-made routine back exactly as the article gives it</source>
            <translation>Devolver esta rutina predefinida exactamente a como la da el artículo</translation>
        </message>
        <message>
            <source>This routine</source>
            <translation>Esta rutina</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Rutina</translation>
        </message>
        <message>
            <source>My routine</source>
            <translation>Mi rutina</translation>
        </message>
        <message>
            <source>New routine</source>
            <translation>Nueva rutina</translation>
        </message>
        <message>
            <source>Name of the new routine:</source>
            <translation>Nombre de la nueva rutina:</translation>
        </message>
        <message>
            <source>Created “{name}”. Add exercises, then Save.</source>
            <translation>«{name}» creada. Añade ejercicios y luego pulsa Guardar.</translation>
        </message>
        <message>
            <source>Rename routine</source>
            <translation>Renombrar rutina</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Nuevo nombre:</translation>
        </message>
        <message>
            <source>Made “{name}”.</source>
            <translation>«{name}» creada.</translation>
        </message>
        <message>
            <source>Deleted “{name}”. Workouts done with it are kept.</source>
            <translation>«{name}» eliminada. Los entrenamientos hechos con ella se conservan.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Drop your unsaved changes and restore the article's version?</source>
            <translation>¿Descartar tus cambios sin guardar y restaurar la versión del artículo?</translation>
        </message>
        <message>
            <source>“{name}” is as the article gives it.</source>
            <translation>«{name}» está tal como la da el artículo.</translation>
        </message>
        <message>
            <source>Saved as your own copy “{name}”; the ready-made one is unchanged.</source>
            <translation>Guardada como tu propia copia «{name}»; la predefinida no cambia.</translation>
        </message>
        <message>
            <source>Saved “{name}”.</source>
            <translation>«{name}» guardada.</translation>
        </message>
    </context>
    <context>
        <name>ui.settings_tab</name>
        <message>
            <source>Left side first</source>
            <translation>Primero el lado izquierdo</translation>
        </message>
        <message>
            <source>Right side first</source>
            <translation>Primero el lado derecho</translation>
        </message>
        <message>
            <source>Kilograms (kg)</source>
            <translation>Kilogramos (kg)</translation>
        </message>
        <message>
            <source>Pounds (lb)</source>
            <translation>Libras (lb)</translation>
        </message>
        <message>
            <source>Centimetres (cm)</source>
            <translation>Centímetros (cm)</translation>
        </message>
        <message>
            <source>Inches (in)</source>
            <translation>Pulgadas (in)</translation>
        </message>
        <message>
            <source>The exercise and side at each start</source>
            <translation>El ejercicio y el lado al empezar cada uno</translation>
        </message>
        <message>
            <source>The set and round (“set 2 of 3”)</source>
            <translation>La serie y la ronda («serie 2 de 3»)</translation>
        </message>
        <message>
            <source>“Hold” and “release”</source>
            <translation>«Mantén» y «suelta»</translation>
        </message>
        <message>
            <source>The rest and its length (“rest, 60 seconds”)</source>
            <translation>El descanso y su duración («descanso, 60 segundos»)</translation>
        </message>
        <message>
            <source>What comes next (“next: glute bridge”)</source>
            <translation>Lo que viene después («siguiente: puente de glúteos»)</translation>
        </message>
        <message>
            <source>Halfway</source>
            <translation>A la mitad</translation>
        </message>
        <message>
            <source>The last three seconds (“three, two, one”)</source>
            <translation>Los últimos tres segundos («tres, dos, uno»)</translation>
        </message>
        <message>
            <source>The end of the workout</source>
            <translation>El final del entrenamiento</translation>
        </message>
        <message>
            <source>Keep the screen on during a workout</source>
            <translation>Mantener la pantalla encendida durante el entrenamiento</translation>
        </message>
        <message>
            <source>Notify me when a rest ends and Backline is not in front</source>
            <translation>Avisarme cuando termine un descanso y Backline no esté en primer plano</translation>
        </message>
        <message>
            <source>Volume of the cue sounds (arrow keys: 1 %, Page Up/Down: 10 %)</source>
            <translation>Volumen de los avisos sonoros (flechas: 1 %, Re Pág/Av Pág: 10 %)</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volumen</translation>
        </message>
        <message>
            <source>Mute cue sounds</source>
            <translation>Silenciar los avisos</translation>
        </message>
        <message>
            <source>Speak cues (text to speech)</source>
            <translation>Avisos hablados (texto a voz)</translation>
        </message>
        <message>
            <source>Test sound</source>
            <translation>Probar sonido</translation>
        </message>
        <message>
            <source>Play a sample cue (and speak, if speech is on) — Alt+T</source>
            <translation>Reproducir un aviso de ejemplo (y hablar, si la voz está activada) — Alt+T</translation>
        </message>
        <message>
            <source>Seconds of countdown before the first exercise of a workout (0 to 60)</source>
            <translation>Segundos de cuenta atrás antes del primer ejercicio de un entrenamiento (0 a 60)</translation>
        </message>
        <message>
            <source>off</source>
            <translation>desactivado</translation>
        </message>
        <message>
            <source>A metronome tick every N seconds during a reps set, to pace each rep (0 = off)</source>
            <translation>Un tic de metrónomo cada N segundos durante una serie de repeticiones, para marcar el ritmo de cada una (0 = desactivado)</translation>
        </message>
        <message>
            <source>Which side one-sided moves start with</source>
            <translation>Con qué lado empiezan los ejercicios unilaterales</translation>
        </message>
        <message>
            <source>While a workout runs, the screen saver and idle sleep wait; paused or ended, they come back</source>
            <translation>Mientras dura un entrenamiento, el salvapantallas y la suspensión esperan; en pausa o al terminar, vuelven</translation>
        </message>
        <message>
            <source>A desktop notification when a rest or a timed step ends while another window is in front</source>
            <translation>Una notificación del escritorio cuando termina un descanso o un paso cronometrado mientras otra ventana está en primer plano</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Unidades</translation>
        </message>
        <message>
            <source>Weight:</source>
            <translation>Peso:</translation>
        </message>
        <message>
            <source>Lengths:</source>
            <translation>Longitudes:</translation>
        </message>
        <message>
            <source>Sound</source>
            <translation>Sonido</translation>
        </message>
        <message>
            <source>Volume:</source>
            <translation>Volumen:</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Voz</translation>
        </message>
        <message>
            <source>What the voice says during a workout, while speech is on</source>
            <translation>Lo que dice la voz durante un entrenamiento, mientras la voz está activada</translation>
        </message>
        <message>
            <source>During a workout</source>
            <translation>Durante el entrenamiento</translation>
        </message>
        <message>
            <source>Workout player</source>
            <translation>Reproductor de entrenamiento</translation>
        </message>
        <message>
            <source>Get ready:</source>
            <translation>Preparación:</translation>
        </message>
        <message>
            <source>Rep cadence:</source>
            <translation>Cadencia de rep.:</translation>
        </message>
        <message>
            <source>Per-side moves:</source>
            <translation>Ejercicios unilaterales:</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <source>No voice in this window: cues are beeps only</source>
            <translation>No hay voz en esta ventana: los avisos son solo pitidos</translation>
        </message>
        <message>
            <source>Voice: on</source>
            <translation>Voz: activada</translation>
        </message>
        <message>
            <source>Voice is off: cues are beeps only</source>
            <translation>Voz desactivada: los avisos son solo pitidos</translation>
        </message>
        <message>
            <source>Sound is not available in this window.</source>
            <translation>El sonido no está disponible en esta ventana.</translation>
        </message>
        <message>
            <source>Sound cannot play.</source>
            <translation>No se puede reproducir el sonido.</translation>
        </message>
    </context>
    <context>
        <name>ui.store_settings</name>
        <message>
            <source>Database</source>
            <translation>Base de datos</translation>
        </message>
        <message>
            <source>In use now: not open yet</source>
            <translation>En uso ahora: aún no abierta</translation>
        </message>
        <message>
            <source>Shared database URL</source>
            <translation>URL de la base de datos compartida</translation>
        </message>
        <message>
            <source>A PostgreSQL URL without the password; the password comes from {places}</source>
            <translation>Una URL de PostgreSQL sin contraseña; la contraseña viene de {places}</translation>
        </message>
        <message>
            <source>For example {url}. Leave the password out: Backline reads it from {places}.</source>
            <translation>Por ejemplo {url}. No pongas la contraseña: Backline la lee de {places}.</translation>
        </message>
        <message>
            <source>&amp;Test</source>
            <translation>&amp;Probar</translation>
        </message>
        <message>
            <source>Connect to the shared database now (reads only)</source>
            <translation>Conectar ahora con la base de datos compartida (solo lectura)</translation>
        </message>
        <message>
            <source>Use the &amp;shared database</source>
            <translation>Usar la base de datos &amp;compartida</translation>
        </message>
        <message>
            <source>Open this database from the next start on</source>
            <translation>Abrir esta base de datos a partir del próximo inicio</translation>
        </message>
        <message>
            <source>Use the &amp;local database</source>
            <translation>Usar la base de datos &amp;local</translation>
        </message>
        <message>
            <source>Open the database file on this machine from the next start</source>
            <translation>Abrir el archivo de base de datos de este equipo a partir del próximo inicio</translation>
        </message>
        <message>
            <source>The password is never saved by Backline: put it in {places}. A change applies at the next start.</source>
            <translation>Backline nunca guarda la contraseña: ponla en {places}. Un cambio se aplica en el próximo inicio.</translation>
        </message>
        <message>
            <source>Shared database &amp;URL:</source>
            <translation>&amp;URL de la base de datos compartida:</translation>
        </message>
        <message>
            <source>Saved: the shared database is used at each start.</source>
            <translation>Guardado: se usa la base de datos compartida en cada inicio.</translation>
        </message>
        <message>
            <source>Saved: the local database is used at each start.</source>
            <translation>Guardado: se usa la base de datos local en cada inicio.</translation>
        </message>
        <message>
            <source>In use now: {database} (BACKLINE_DB is set: it wins over the choice saved here)</source>
            <translation>En uso ahora: {database} (BACKLINE_DB está definida: prevalece sobre la elección guardada aquí)</translation>
        </message>
        <message>
            <source>In use now: {database}</source>
            <translation>En uso ahora: {database}</translation>
        </message>
        <message>
            <source>Shared database URL: type one, e.g. {url}</source>
            <translation>URL de la base de datos compartida: escribe una, p. ej. {url}</translation>
        </message>
        <message>
            <source>Shared database URL: {problem}</source>
            <translation>URL de la base de datos compartida: {problem}</translation>
        </message>
        <message>
            <source>Shared database URL: not a PostgreSQL URL (e.g. {url})</source>
            <translation>URL de la base de datos compartida: no es una URL de PostgreSQL (p. ej. {url})</translation>
        </message>
        <message>
            <source>Shared database URL: leave the password out; put it in {places}</source>
            <translation>URL de la base de datos compartida: no pongas la contraseña; ponla en {places}</translation>
        </message>
        <message>
            <source>Connecting to {database}…</source>
            <translation>Conectando con {database}…</translation>
        </message>
        <message>
            <source>{database}: reachable, an empty database (Backline sets it up at the first start).</source>
            <translation>{database}: accesible, una base de datos vacía (Backline la prepara en el primer inicio).</translation>
        </message>
        <message>
            <source>{database}: reachable, schema revision {revision}.</source>
            <translation>{database}: accesible, revisión del esquema {revision}.</translation>
        </message>
        <message>
            <source>Not reachable: {reason}</source>
            <translation>No accesible: {reason}</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>No guardado: {reason}</translation>
        </message>
        <message>
            <source>Saved: Backline opens {database} at the next start.</source>
            <translation>Guardado: Backline abrirá {database} en el próximo inicio.</translation>
        </message>
        <message>
            <source>Not changed: {reason}</source>
            <translation>Sin cambios: {reason}</translation>
        </message>
        <message>
            <source>Saved: Backline opens the local database ({database}) at the next start.</source>
            <translation>Guardado: Backline abrirá la base de datos local ({database}) en el próximo inicio.</translation>
        </message>
    </context>
    <context>
        <name>ui.theme</name>
        <message>
            <source>theme must be one of {modes}, not {mode}</source>
            <translation>el tema debe ser uno de {modes}, no {mode}</translation>
        </message>
    </context>
    <context>
        <name>ui.today.chart</name>
        <message>
            <source>sleep, h</source>
            <translation>sueño, h</translation>
        </message>
        <message>
            <source>Calories and sleep, the last 30 days (shaded: the target)</source>
            <translation>Calorías y sueño, los últimos 30 días (sombreado: el objetivo)</translation>
        </message>
    </context>
    <context>
        <name>ui.today.tab</name>
        <message>
            <source>Calories</source>
            <translation>Calorías</translation>
        </message>
        <message>
            <source>Protein</source>
            <translation>Proteína</translation>
        </message>
        <message>
            <source>Fruit and vegetables</source>
            <translation>Fruta y verdura</translation>
        </message>
        <message>
            <source>Sleep last night</source>
            <translation>Sueño anoche</translation>
        </message>
        <message>
            <source>Water</source>
            <translation>Agua</translation>
        </message>
        <message>
            <source>✓ met</source>
            <translation>✓ cumplido</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>todavía no</translation>
        </message>
        <message>
            <source>no target</source>
            <translation>sin objetivo</translation>
        </message>
        <message>
            <source>sessions</source>
            <translation>sesiones</translation>
        </message>
        <message>
            <source>servings</source>
            <translation>raciones</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n sesión</numerusform>
                <numerusform>%n sesiones</numerusform>
            </translation>
        </message>
        <message>
            <source>{amount} sessions</source>
            <translation>{amount} sesiones</translation>
        </message>
        <message numerus="yes">
            <source>%n serving(s)</source>
            <translation>
                <numerusform>%n ración</numerusform>
                <numerusform>%n raciones</numerusform>
            </translation>
        </message>
        <message>
            <source>{amount} servings</source>
            <translation>{amount} raciones</translation>
        </message>
        <message>
            <source>once a week</source>
            <translation>una vez por semana</translation>
        </message>
        <message>
            <source>once today</source>
            <translation>una vez hoy</translation>
        </message>
        <message>
            <source>at least {quantity}</source>
            <translation>al menos {quantity}</translation>
        </message>
        <message>
            <source>{quantity} a week</source>
            <translation>{quantity} por semana</translation>
        </message>
        <message>
            <source>{quantity} today</source>
            <translation>{quantity} hoy</translation>
        </message>
        <message>
            <source>nothing logged</source>
            <translation>nada registrado</translation>
        </message>
        <message>
            <source>◀ Previous day</source>
            <translation>◀ Día anterior</translation>
        </message>
        <message>
            <source>Next day ▶</source>
            <translation>Día siguiente ▶</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Today: the day before</source>
            <translation>Hoy: el día anterior</translation>
        </message>
        <message>
            <source>Today: the day after</source>
            <translation>Hoy: el día siguiente</translation>
        </message>
        <message>
            <source>Today: back to today</source>
            <translation>Hoy: volver a hoy</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Parte</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Today's program</source>
            <translation>El programa de hoy</translation>
        </message>
        <message>
            <source>{field}:</source>
            <translation>{field}:</translation>
        </message>
        <message>
            <source>Save the day</source>
            <translation>Guardar el día</translation>
        </message>
        <message>
            <source>The day's log</source>
            <translation>Registro del día</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Esta semana</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Últimos 30 días</translation>
        </message>
        <message>
            <source>Streak</source>
            <translation>Racha</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Cumplido</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Fallado</translation>
        </message>
        <message>
            <source>Streaks and misses</source>
            <translation>Rachas y fallos</translation>
        </message>
        <message>
            <source>Streaks over</source>
            <translation>Rachas durante</translation>
        </message>
        <message>
            <source>Calories and sleep appear here once logged.</source>
            <translation>Las calorías y el sueño aparecen aquí en cuanto los registres.</translation>
        </message>
        <message>
            <source>%A, %-d %B %Y</source>
            <translation>%A, %-d de %B de %Y</translation>
        </message>
        <message numerus="yes">
            <source>{met} of %n part(s) met. Nothing left to start.</source>
            <translation>
                <numerusform>{met} de %n parte cumplida. No queda nada por empezar.</numerusform>
                <numerusform>{met} de %n partes cumplidas. No queda nada por empezar.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{met} of %n part(s) met. Due next:</source>
            <translation>
                <numerusform>{met} de %n parte cumplida. Lo siguiente:</numerusform>
                <numerusform>{met} de %n partes cumplidas. Lo siguiente:</numerusform>
            </translation>
        </message>
        <message>
            <source>our default</source>
            <translation>nuestro valor predeterminado</translation>
        </message>
        <message>
            <source>Not saved.</source>
            <translation>No guardado.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n semana</numerusform>
                <numerusform>%n semanas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.tray</name>
        <message>
            <source>Show Backline</source>
            <translation>Mostrar Backline</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
    </context>
    <context>
        <name>ui.widgets.chart_canvas</name>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
        </message>
        <message>
            <source>%b-%d</source>
            <translation>%-d %b</translation>
        </message>
        <message>
            <source>%Y-%b</source>
            <translation>%b %Y</translation>
        </message>
        <message>
            <source>%Y-%b-%d</source>
            <translation>%-d %b %Y</translation>
        </message>
        <message>
            <source>%Y-%b-%d %H:%M</source>
            <translation>%-d %b %Y %H:%M</translation>
        </message>
        <message>
            <source>a chart can be saved as .png or .svg, not '{name}'</source>
            <translation>un gráfico se puede guardar como .png o .svg, no como «{name}»</translation>
        </message>
    </context>
    <context>
        <name>ui.widgets.number_field</name>
        <message>
            <source>seconds</source>
            <translation>segundos</translation>
        </message>
        <message>
            <source>seconds per rep</source>
            <translation>segundos por repetición</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minutos</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>horas</translation>
        </message>
        <message>
            <source>kilograms</source>
            <translation>kilogramos</translation>
        </message>
        <message>
            <source>pounds</source>
            <translation>libras</translation>
        </message>
        <message>
            <source>centimetres</source>
            <translation>centímetros</translation>
        </message>
        <message>
            <source>inches</source>
            <translation>pulgadas</translation>
        </message>
        <message>
            <source>grams</source>
            <translation>gramos</translation>
        </message>
        <message>
            <source>litres</source>
            <translation>litros</translation>
        </message>
        <message>
            <source>kilocalories</source>
            <translation>kilocalorías</translation>
        </message>
        <message>
            <source>in {unit}</source>
            <translation>en {unit}</translation>
        </message>
    </context>
    <context>
        <name>ui.widgets.phase_display</name>
        <message>
            <source>Round {number} of {total}</source>
            <translation>Ronda {number} de {total}</translation>
        </message>
        <message>
            <source>Set {number} of {total}</source>
            <translation>Serie {number} de {total}</translation>
        </message>
        <message>
            <source>Side: {side}</source>
            <translation>Lado: {side}</translation>
        </message>
        <message>
            <source>Rep {number} of {total}</source>
            <translation>Rep. {number} de {total}</translation>
        </message>
        <message>
            <source>Position {number} of {total}: {position}</source>
            <translation>Posición {number} de {total}: {position}</translation>
        </message>
        <message>
            <source>As long as you can (mark {time}): Enter stops</source>
            <translation>Todo lo que puedas (marca {time}): Intro detiene</translation>
        </message>
        <message>
            <source>As long as you can: Enter stops</source>
            <translation>Todo lo que puedas: Intro detiene</translation>
        </message>
        <message>
            <source>No workout in progress</source>
            <translation>Ningún entrenamiento en curso</translation>
        </message>
        <message>
            <source>Paused — {step}</source>
            <translation>En pausa — {step}</translation>
        </message>
        <message>
            <source>Next: finish</source>
            <translation>Siguiente: fin</translation>
        </message>
        <message>
            <source>Next: {step}</source>
            <translation>Siguiente: {step}</translation>
        </message>
    </context>
    <context>
        <name>ui.widgets.set_form</name>
        <message>
            <source>Reps</source>
            <translation>Rep.</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <source>Seconds</source>
            <translation>Segundos</translation>
        </message>
        <message>
            <source>RPE</source>
            <translation>RPE</translation>
        </message>
        <message>
            <source>Distance (km)</source>
            <translation>Distancia (km)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>opcional</translation>
        </message>
        <message>
            <source>optional, 1-10</source>
            <translation>opcional, 1-10</translation>
        </message>
        <message>
            <source>Seconds per hold</source>
            <translation>Segundos mantenidos</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutos</translation>
        </message>
        <message>
            <source>Distance ({unit})</source>
            <translation>Distancia ({unit})</translation>
        </message>
        <message>
            <source>in {unit}</source>
            <translation>en {unit}</translation>
        </message>
        <message>
            <source>e.g. 30</source>
            <translation>p. ej. 30</translation>
        </message>
    </context>
    <context>
        <name>ui.workout.announcer</name>
        <message>
            <source>Workout status</source>
            <translation>Estado del entrenamiento</translation>
        </message>
    </context>
    <context>
        <name>ui.workout.controls</name>
        <message>
            <source>Pause or resume the workout</source>
            <translation>Pausar o reanudar el entrenamiento</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>Volver al paso anterior</translation>
        </message>
        <message>
            <source>Skip to the next step</source>
            <translation>Saltar al siguiente paso</translation>
        </message>
        <message>
            <source>Take 15 seconds off this phase</source>
            <translation>Quitar 15 segundos a esta fase</translation>
        </message>
        <message>
            <source>Add 15 seconds to this phase (+ or =)</source>
            <translation>Añadir 15 segundos a esta fase (+ o =)</translation>
        </message>
        <message>
            <source>Confirm the set with the values in the form; stop a running timed set</source>
            <translation>Confirmar la serie con los valores del formulario; detener una serie cronometrada en curso</translation>
        </message>
        <message>
            <source>Undo the last logged set</source>
            <translation>Deshacer la última serie registrada</translation>
        </message>
        <message>
            <source>One more set of this exercise</source>
            <translation>Una serie más de este ejercicio</translation>
        </message>
        <message>
            <source>Skip to the next exercise</source>
            <translation>Saltar al siguiente ejercicio</translation>
        </message>
        <message>
            <source>End the workout</source>
            <translation>Terminar el entrenamiento</translation>
        </message>
        <message>
            <source>Floor mode: the workout full screen in large type (F11 or Esc leaves it)</source>
            <translation>Modo esterilla: el entrenamiento a pantalla completa en letra grande (F11 o Esc para salir)</translation>
        </message>
        <message>
            <source>Leave the log field, or floor mode</source>
            <translation>Salir del campo de registro o del modo esterilla</translation>
        </message>
        <message>
            <source>Accept the suggested next target of this exercise</source>
            <translation>Aceptar el siguiente objetivo sugerido para este ejercicio</translation>
        </message>
        <message>
            <source>Keep your target (the suggestion is not taken)</source>
            <translation>Mantener tu objetivo (no se toma la sugerencia)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>◀ Back</source>
            <translation>◀ Atrás</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Siguiente ▶</translation>
        </message>
        <message>
            <source>Confirm set</source>
            <translation>Confirmar serie</translation>
        </message>
        <message>
            <source>Undo set</source>
            <translation>Deshacer serie</translation>
        </message>
        <message>
            <source>Add set</source>
            <translation>Añadir serie</translation>
        </message>
        <message>
            <source>Skip exercise</source>
            <translation>Saltar ejercicio</translation>
        </message>
        <message>
            <source>End workout</source>
            <translation>Terminar entrenamiento</translation>
        </message>
        <message>
            <source>Stop ■</source>
            <translation>Detener ■</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reanudar</translation>
        </message>
    </context>
    <context>
        <name>ui.workout.dialogs</name>
        <message>
            <source>%a %d %b, %H:%M</source>
            <translation>%a %-d %b, %H:%M</translation>
        </message>
        <message numerus="yes">
            <source>“{name}” from {when} was not finished (%n set(s) logged). Continue where you were?</source>
            <translation>
                <numerusform>El entrenamiento «{name}» del {when} no se terminó (%n serie registrada). ¿Continuar donde lo dejaste?</numerusform>
                <numerusform>El entrenamiento «{name}» del {when} no se terminó (%n series registradas). ¿Continuar donde lo dejaste?</numerusform>
            </translation>
        </message>
        <message>
            <source>The timed step that was running (one hold, or a set on the clock) starts again from its beginning, paused.</source>
            <translation>El paso cronometrado que estaba en curso (un isométrico o una serie con tiempo) vuelve a empezar desde su inicio, en pausa.</translation>
        </message>
        <message>
            <source>It is open on another machine right now: finish or close it there to go on here.</source>
            <translation>Ahora mismo está abierto en otro equipo: termínalo o ciérralo allí para seguir aquí.</translation>
        </message>
        <message>
            <source>Unfinished workout</source>
            <translation>Entrenamiento sin terminar</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reanudar</translation>
        </message>
        <message>
            <source>Finish it as it is</source>
            <translation>Terminarlo tal como está</translation>
        </message>
        <message>
            <source>Discard it</source>
            <translation>Descartarlo</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Más tarde</translation>
        </message>
        <message numerus="yes">
            <source>%n timed set(s) are not logged yet and will be dropped.</source>
            <translation>
                <numerusform>%n serie cronometrada aún no está registrada y se descartará.</numerusform>
                <numerusform>%n series cronometradas aún no están registradas y se descartarán.</numerusform>
            </translation>
        </message>
        <message>
            <source>No set is logged: the workout will not be saved.</source>
            <translation>No hay ninguna serie registrada: el entrenamiento no se guardará.</translation>
        </message>
        <message>
            <source>End the workout now?</source>
            <translation>¿Terminar el entrenamiento ahora?</translation>
        </message>
        <message>
            <source>End workout</source>
            <translation>Terminar entrenamiento</translation>
        </message>
        <message>
            <source>Go on</source>
            <translation>Seguir</translation>
        </message>
        <message>
            <source>Timed and not logged yet:</source>
            <translation>Cronometrado y aún sin registrar:</translation>
        </message>
        <message>
            <source>Without them no set is logged, and the workout will not be saved.</source>
            <translation>Sin ellas no hay ninguna serie registrada y el entrenamiento no se guardará.</translation>
        </message>
        <message>
            <source>Log what was timed (only that), then end the workout?</source>
            <translation>¿Registrar lo cronometrado (solo eso) y luego terminar el entrenamiento?</translation>
        </message>
        <message>
            <source>Log them and end</source>
            <translation>Registrar y terminar</translation>
        </message>
        <message>
            <source>End without them</source>
            <translation>Terminar sin ellas</translation>
        </message>
        <message>
            <source>Workout in progress</source>
            <translation>Entrenamiento en curso</translation>
        </message>
        <message numerus="yes">
            <source>A workout is in progress (%n set(s) logged). Every logged set is saved.
Quit and resume it at the next start, or end it now?</source>
            <translation>
                <numerusform>Hay un entrenamiento en curso (%n serie registrada). Cada serie registrada está guardada.
¿Salir y reanudarlo en el próximo inicio, o terminarlo ahora?</numerusform>
                <numerusform>Hay un entrenamiento en curso (%n series registradas). Cada serie registrada está guardada.
¿Salir y reanudarlo en el próximo inicio, o terminarlo ahora?</numerusform>
            </translation>
        </message>
        <message>
            <source>Quit, resume later</source>
            <translation>Salir, reanudar luego</translation>
        </message>
        <message>
            <source>End it and quit</source>
            <translation>Terminarlo y salir</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s)</source>
            <translation>
                <numerusform>%n ejercicio</numerusform>
                <numerusform>%n ejercicios</numerusform>
            </translation>
        </message>
        <message>
            <source>Time: {duration}</source>
            <translation>Tiempo: {duration}</translation>
        </message>
        <message>
            <source>Sets: {sets} ({exercises})</source>
            <translation>Series: {sets} ({exercises})</translation>
        </message>
        <message>
            <source>Volume: {volume}</source>
            <translation>Volumen: {volume}</translation>
        </message>
        <message>
            <source>New records: {records}</source>
            <translation>Nuevos récords: {records}</translation>
        </message>
        <message>
            <source>Workout saved — {name}</source>
            <translation>Entrenamiento guardado — {name}</translation>
        </message>
    </context>
    <context>
        <name>ui.workout.floor</name>
        <message>
            <source>Floor mode</source>
            <translation>Modo esterilla</translation>
        </message>
        <message>
            <source>The workout in large type, full screen</source>
            <translation>El entrenamiento en letra grande, a pantalla completa</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tiempo</translation>
        </message>
        <message>
            <source>Leave floor mode</source>
            <translation>Salir del modo esterilla</translation>
        </message>
        <message>
            <source>Space resumes · Esc leaves floor mode</source>
            <translation>Espacio reanuda · Esc sale del modo esterilla</translation>
        </message>
        <message>
            <source>Space pauses · Enter logs the set · Esc leaves floor mode</source>
            <translation>Espacio pausa · Intro registra la serie · Esc sale del modo esterilla</translation>
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
            <translation>Calentamiento</translation>
        </message>
        <message>
            <source>Drop set</source>
            <translation>Serie descendente</translation>
        </message>
        <message>
            <source>To failure</source>
            <translation>Hasta el fallo</translation>
        </message>
        <message>
            <source>left</source>
            <translation>izquierda</translation>
        </message>
        <message>
            <source>right</source>
            <translation>derecha</translation>
        </message>
        <message>
            <source>{exercise}: set {number} of {total} ({side})</source>
            <translation>{exercise}: serie {number} de {total} ({side})</translation>
        </message>
        <message>
            <source>{exercise}: set {number} of {total}</source>
            <translation>{exercise}: serie {number} de {total}</translation>
        </message>
        <message>
            <source>{target} or more, as long as you can</source>
            <translation>{target} o más, todo lo que puedas</translation>
        </message>
        <message>
            <source>{before} then {after}</source>
            <translation>{before} y luego {after}</translation>
        </message>
        <message>
            <source>{target} ({positions}, each)</source>
            <translation>{target} ({positions}, cada una)</translation>
        </message>
        <message>
            <source>Target: {target}</source>
            <translation>Objetivo: {target}</translation>
        </message>
        <message>
            <source>Log the set</source>
            <translation>Registrar la serie</translation>
        </message>
        <message>
            <source>Warm-up sets stay out of progress and records</source>
            <translation>Las series de calentamiento no cuentan para el progreso ni los récords</translation>
        </message>
        <message>
            <source>Seconds</source>
            <translation>Segundos</translation>
        </message>
        <message>
            <source>Set type:</source>
            <translation>Tipo de serie:</translation>
        </message>
        <message>
            <source>{set} — replaces the one logged before</source>
            <translation>{set} — sustituye a la registrada antes</translation>
        </message>
        <message>
            <source>{set} — being timed, log it when it ends</source>
            <translation>{set} — en curso (cronometrada), regístrala al terminar</translation>
        </message>
        <message>
            <source>{set} — in progress, log it when it ends</source>
            <translation>{set} — en curso, regístrala cuando termine</translation>
        </message>
        <message>
            <source>Nothing to log right now</source>
            <translation>Nada que registrar ahora</translation>
        </message>
    </context>
    <context>
        <name>ui.workout.mini_timer</name>
        <message>
            <source>Backline timer</source>
            <translation>Temporizador de Backline</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>Pause or resume</source>
            <translation>Pausar o reanudar</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Skip to the next step</source>
            <translation>Saltar al siguiente paso</translation>
        </message>
        <message>
            <source>Set done</source>
            <translation>Serie hecha</translation>
        </message>
        <message>
            <source>Confirm the set with the values in the form</source>
            <translation>Confirmar la serie con los valores del formulario</translation>
        </message>
        <message>
            <source>Full window</source>
            <translation>Ventana completa</translation>
        </message>
        <message>
            <source>Back to the full window</source>
            <translation>Volver a la ventana completa</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reanudar</translation>
        </message>
    </context>
    <context>
        <name>ui.workout.screen_keeper</name>
        <message>
            <source>A workout is running</source>
            <translation>Hay un entrenamiento en curso</translation>
        </message>
        <message>
            <source>Rest over</source>
            <translation>Fin del descanso</translation>
        </message>
        <message>
            <source>Time to start</source>
            <translation>Hora de empezar</translation>
        </message>
        <message>
            <source>Time's up: {exercise}</source>
            <translation>Se acabó el tiempo: {exercise}</translation>
        </message>
        <message>
            <source>Time's up: the set</source>
            <translation>Se acabó el tiempo: la serie</translation>
        </message>
        <message>
            <source>Next: {step}</source>
            <translation>Siguiente: {step}</translation>
        </message>
        <message>
            <source>the notification failed ({error})</source>
            <translation>la notificación falló ({error})</translation>
        </message>
    </context>
    <context>
        <name>ui.workout.suggestion</name>
        <message numerus="yes">
            <source>+%n set(s)</source>
            <translation>
                <numerusform>+%n serie</numerusform>
                <numerusform>+%n series</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>-%n set(s)</source>
            <translation>
                <numerusform>-%n serie</numerusform>
                <numerusform>-%n series</numerusform>
            </translation>
        </message>
        <message>
            <source>{sign}{seconds} s hold</source>
            <translation>isométrico {sign}{seconds} s</translation>
        </message>
        <message>
            <source>reps {range}</source>
            <translation>rep. {range}</translation>
        </message>
        <message>
            <source>Suggested: {target} ({change}), or the harder variation: {name}</source>
            <translation>Sugerencia: {target} ({change}), o la variante más difícil: {name}</translation>
        </message>
        <message>
            <source>Suggested: {target} ({change})</source>
            <translation>Sugerencia: {target} ({change})</translation>
        </message>
        <message>
            <source>Suggested: {target}, or the harder variation: {name}</source>
            <translation>Sugerencia: {target}, o la variante más difícil: {name}</translation>
        </message>
        <message>
            <source>Suggested: {target}</source>
            <translation>Sugerencia: {target}</translation>
        </message>
        <message>
            <source>Suggested: the harder variation, {name}</source>
            <translation>Sugerencia: la variante más difícil, {name}</translation>
        </message>
        <message>
            <source>Suggested: keep your target</source>
            <translation>Sugerencia: mantén tu objetivo</translation>
        </message>
        <message>
            <source> To switch, change the exercise in the Routines tab; A takes only the target.</source>
            <translation> Para cambiar, cambia el ejercicio en la pestaña Rutinas; A solo toma el objetivo.</translation>
        </message>
        <message>
            <source>Accept ({key})</source>
            <translation>Aceptar ({key})</translation>
        </message>
        <message>
            <source>Keep ({key})</source>
            <translation>Mantener ({key})</translation>
        </message>
    </context>
    <context>
        <name>ui.workout.tab</name>
        <message>
            <source>Not saved: connection to the shared database lost — retrying</source>
            <translation>No guardado: se perdió la conexión con la base de datos compartida — reintentando</translation>
        </message>
        <message>
            <source>Connection to the shared database lost: the timer goes on; where you are is saved at the next step once it is back</source>
            <translation>Se perdió la conexión con la base de datos compartida: el temporizador sigue; tu posición se guardará en el siguiente paso cuando vuelva</translation>
        </message>
        <message>
            <source>Empty workout (add exercises as you go)</source>
            <translation>Entrenamiento vacío (añade ejercicios sobre la marcha)</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Iniciar</translation>
        </message>
        <message>
            <source>Start a workout from the chosen routine</source>
            <translation>Iniciar un entrenamiento con la rutina elegida</translation>
        </message>
        <message>
            <source>Resume unfinished workout…</source>
            <translation>Reanudar entrenamiento sin terminar…</translation>
        </message>
        <message>
            <source>Ask again about the workout left unfinished</source>
            <translation>Volver a preguntar por el entrenamiento sin terminar</translation>
        </message>
        <message>
            <source>Add exercise</source>
            <translation>Añadir ejercicio</translation>
        </message>
        <message>
            <source>Add this exercise to the workout in progress</source>
            <translation>Añadir este ejercicio al entrenamiento en curso</translation>
        </message>
        <message>
            <source>Mini timer</source>
            <translation>Minitemporizador</translation>
        </message>
        <message>
            <source>Switch to a small always-on-top timer ({key})</source>
            <translation>Cambiar a un temporizador pequeño siempre visible ({key})</translation>
        </message>
        <message>
            <source>Floor mode</source>
            <translation>Modo esterilla</translation>
        </message>
        <message>
            <source>Note for this workout (saved when it ends)</source>
            <translation>Nota de este entrenamiento (se guarda al terminar)</translation>
        </message>
        <message>
            <source>Routine:</source>
            <translation>Rutina:</translation>
        </message>
        <message>
            <source>Workout note</source>
            <translation>Nota del entrenamiento</translation>
        </message>
        <message>
            <source>No workout in progress</source>
            <translation>Ningún entrenamiento en curso</translation>
        </message>
        <message>
            <source>Choose a routine and press Start</source>
            <translation>Elige una rutina y pulsa Iniciar</translation>
        </message>
        <message>
            <source>What you did last time: click to copy it into the form</source>
            <translation>Lo que hiciste la última vez: haz clic para copiarlo en el formulario</translation>
        </message>
        <message>
            <source>Last time</source>
            <translation>La última vez</translation>
        </message>
        <message>
            <source>Exercise to add</source>
            <translation>Ejercicio para añadir</translation>
        </message>
        <message>
            <source>Resumed: press Space to start “{step}”.</source>
            <translation>Reanudado: pulsa Espacio para empezar «{step}».</translation>
        </message>
        <message>
            <source>Not resumed: {error}.</source>
            <translation>No reanudado: {error}.</translation>
        </message>
        <message>
            <source>Wait for {task} to finish first.</source>
            <translation>Espera a que termine {task}.</translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s) of {duration}</source>
            <translation>
                <numerusform>%n repetición de {duration}</numerusform>
                <numerusform>%n repeticiones de {duration}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n repetición</numerusform>
                <numerusform>%n repeticiones</numerusform>
            </translation>
        </message>
        <message>
            <source>{exercise}, set {number} ({side}): {what} timed</source>
            <translation>{exercise}, serie {number} ({side}), cronometrado: {what}</translation>
        </message>
        <message>
            <source>{exercise}, set {number}: {what} timed</source>
            <translation>{exercise}, serie {number}, cronometrado: {what}</translation>
        </message>
        <message>
            <source>Not saved: {error}</source>
            <translation>No guardado: {error}</translation>
        </message>
        <message>
            <source>Nothing was logged: the workout was not saved</source>
            <translation>No se registró nada: el entrenamiento no se guardó</translation>
        </message>
        <message>
            <source>Workout saved</source>
            <translation>Entrenamiento guardado</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <source>Going on</source>
            <translation>Seguimos</translation>
        </message>
        <message>
            <source>Not undone: {error}</source>
            <translation>No se deshizo: {error}</translation>
        </message>
        <message>
            <source>No set to undo.</source>
            <translation>No hay ninguna serie que deshacer.</translation>
        </message>
        <message>
            <source>Undone: set {number} is back in the form.</source>
            <translation>Deshecho: la serie {number} vuelve a estar en el formulario.</translation>
        </message>
        <message>
            <source>Nothing to log right now.</source>
            <translation>Nada que registrar ahora.</translation>
        </message>
        <message>
            <source>Stopped here, the set not saved: {error}.</source>
            <translation>Detenido aquí, la serie no se guardó: {error}.</translation>
        </message>
        <message>
            <source>Saved ✓ {exercise}, set {number} (replaced)</source>
            <translation>Guardado ✓ {exercise}, serie {number} (sustituida)</translation>
        </message>
        <message>
            <source>Saved: {exercise}, set {number} (replaced)</source>
            <translation>Guardado: {exercise}, serie {number} (sustituida)</translation>
        </message>
        <message>
            <source>Saved ✓ {exercise}, set {number}</source>
            <translation>Guardado ✓ {exercise}, serie {number}</translation>
        </message>
        <message>
            <source>Saved: {exercise}, set {number}</source>
            <translation>Guardado: {exercise}, serie {number}</translation>
        </message>
        <message>
            <source> — New record! {records}</source>
            <translation> — ¡Nuevo récord! {records}</translation>
        </message>
        <message>
            <source>New record. {record}</source>
            <translation>Nuevo récord. {record}</translation>
        </message>
        <message>
            <source>Nothing to log right now: last time can be copied once a set is ready to log.</source>
            <translation>Nada que registrar ahora: la última vez se puede copiar cuando haya una serie lista para registrar.</translation>
        </message>
        <message>
            <source>No suggestion to accept right now.</source>
            <translation>No hay ninguna sugerencia que aceptar ahora.</translation>
        </message>
        <message>
            <source>New target for {exercise}: {target}.</source>
            <translation>Nuevo objetivo para {exercise}: {target}.</translation>
        </message>
        <message>
            <source> This workout keeps the sets and times it started with; the next plays it all.</source>
            <translation> Este entrenamiento mantiene las series y tiempos con los que empezó; el próximo lo aplica todo.</translation>
        </message>
        <message>
            <source>Kept your target for {exercise}.</source>
            <translation>Se mantiene tu objetivo para {exercise}.</translation>
        </message>
        <message>
            <source>Last time: {sets}</source>
            <translation>La última vez: {sets}</translation>
        </message>
        <message>
            <source>Add an exercise to begin</source>
            <translation>Añade un ejercicio para empezar</translation>
        </message>
        <message>
            <source>About {left} left of {total}</source>
            <translation>Quedan unos {left} de {total}</translation>
        </message>
    </context>
</TS>
