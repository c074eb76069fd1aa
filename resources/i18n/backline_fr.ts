<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>core.body.energy</name>
        <message>
            <source>within the last {window} days, at least {weigh_ins} weigh-ins spanning {days} days and calories logged on {percent}% of those days</source>
            <translation>sur les {window} derniers jours, au moins {weigh_ins} pesées couvrant {days} jours et des calories saisies pour {percent} % de ces jours</translation>
        </message>
        <message>
            <source>low</source>
            <translation>faible</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>moyenne</translation>
        </message>
        <message>
            <source>high</source>
            <translation>élevée</translation>
        </message>
        <message>
            <source>Maintenance from your log: not enough data yet (it needs, {needs}; {how_to_log})</source>
            <translation>Maintien d'après votre journal : pas encore assez de données (il faut, {needs} ; {how_to_log})</translation>
        </message>
        <message>
            <source>Maintenance from your log: {kcal} ± {margin} kcal/day, confidence {confidence} ({days} days, {weigh_ins} weigh-ins, calories on {intake_days} days; mean intake minus the weight change at {kcal_per_kg} kcal per kg, our figure after Wishnofsky 1958)</source>
            <translation>Maintien d'après votre journal : {kcal} ± {margin} kcal/jour, confiance {confidence} ({days} jours, {weigh_ins} pesées, calories sur {intake_days} jours ; apport moyen moins la variation de poids à {kcal_per_kg} kcal par kg, notre valeur d'après Wishnofsky 1958)</translation>
        </message>
        <message>
            <source>your weight holds steady: you eat at maintenance, with no deficit</source>
            <translation>votre poids reste stable : vous mangez au niveau de maintien, sans déficit</translation>
        </message>
        <message>
            <source>less than the articles' {low}-{high} kcal deficit</source>
            <translation>moins que le déficit de {low}-{high} kcal des articles</translation>
        </message>
        <message>
            <source>more than the articles' {low}-{high} kcal deficit</source>
            <translation>plus que le déficit de {low}-{high} kcal des articles</translation>
        </message>
        <message>
            <source>within the articles' {low}-{high} kcal deficit</source>
            <translation>dans le déficit de {low}-{high} kcal des articles</translation>
        </message>
        <message>
            <source>you are losing {rate} kg a week, a deficit of {deficit} kcal a day, {where}</source>
            <translation>vous perdez {rate} kg par semaine, soit un déficit de {deficit} kcal par jour, {where}</translation>
        </message>
        <message>
            <source>you are gaining {rate} kg a week, {excess} kcal a day above maintenance: no deficit</source>
            <translation>vous prenez {rate} kg par semaine, {excess} kcal par jour au-dessus du maintien : pas de déficit</translation>
        </message>
        <message>
            <source>At your logged intake of {intake} kcal/day {meaning}.</source>
            <translation>Avec votre apport saisi de {intake} kcal/jour, {meaning}.</translation>
        </message>
        <message>
            <source>The formula's maintenance is {gap} kcal above the estimate</source>
            <translation>Le maintien selon la formule est {gap} kcal au-dessus de l'estimation</translation>
        </message>
        <message>
            <source>The formula's maintenance is {gap} kcal below the estimate</source>
            <translation>Le maintien selon la formule est {gap} kcal en dessous de l'estimation</translation>
        </message>
        <message>
            <source>{comparison}; its target of {target} kcal would be a {deficit} kcal deficit against the estimate.</source>
            <translation>{comparison} ; son objectif de {target} kcal représenterait un déficit de {deficit} kcal par rapport à l'estimation.</translation>
        </message>
        <message>
            <source>{comparison}; its target of {target} kcal would be {excess} kcal above the estimate: no deficit.</source>
            <translation>{comparison} ; son objectif de {target} kcal serait {excess} kcal au-dessus de l'estimation : pas de déficit.</translation>
        </message>
    </context>
    <context>
        <name>core.body.measurements</name>
        <message>
            <source>is required</source>
            <translation>est obligatoire</translation>
        </message>
        <message>
            <source>enter a weight or at least one measurement</source>
            <translation>saisissez un poids ou au moins une mesure</translation>
        </message>
        <message>
            <source>measurement {id} does not exist</source>
            <translation>la mesure {id} n'existe pas</translation>
        </message>
    </context>
    <context>
        <name>core.body.nutrition</name>
        <message>
            <source>our default</source>
            <translation>notre valeur par défaut</translation>
        </message>
        <message>
            <source>article {number}</source>
            <translation>article {number}</translation>
        </message>
        <message>
            <source>article {number} — {title}</source>
            <translation>article {number} — {title}</translation>
        </message>
        <message>
            <source>years</source>
            <translation>ans</translation>
        </message>
        <message>
            <source>Missing: {inputs}.</source>
            <translation>Manquant : {inputs}.</translation>
        </message>
        <message>
            <source>{input} {problem}.</source>
            <translation>{input} : {problem}.</translation>
        </message>
        <message>
            <source>sex</source>
            <translation>sexe</translation>
        </message>
        <message>
            <source>age</source>
            <translation>âge</translation>
        </message>
        <message>
            <source>height</source>
            <translation>taille</translation>
        </message>
        <message>
            <source>body weight</source>
            <translation>poids corporel</translation>
        </message>
        <message>
            <source>activity level</source>
            <translation>niveau d'activité</translation>
        </message>
        <message>
            <source>deficit</source>
            <translation>déficit</translation>
        </message>
        <message>
            <source>must be female or male</source>
            <translation>doit être femme ou homme</translation>
        </message>
        <message>
            <source>Resting energy (BMR)</source>
            <translation>Métabolisme de base (MB)</translation>
        </message>
        <message>
            <source>kcal/day</source>
            <translation>kcal/jour</translation>
        </message>
        <message>
            <source>factor {factor}</source>
            <translation>facteur {factor}</translation>
        </message>
        <message>
            <source>Maintenance calories</source>
            <translation>Calories de maintien</translation>
        </message>
        <message>
            <source>BMR × {factor} ({level})</source>
            <translation>MB × {factor} ({level})</translation>
        </message>
        <message>
            <source>Daily target range</source>
            <translation>Fourchette cible quotidienne</translation>
        </message>
        <message>
            <source>maintenance − {low} to {high} kcal a day, never below {floor} (our floor)</source>
            <translation>maintien − {low} à {high} kcal par jour, jamais sous {floor} (notre plancher)</translation>
        </message>
        <message>
            <source>maintenance − {low} to {high} kcal a day</source>
            <translation>maintien − {low} à {high} kcal par jour</translation>
        </message>
        <message>
            <source>Your daily target</source>
            <translation>Votre objectif quotidien</translation>
        </message>
        <message>
            <source>maintenance − {deficit} kcal (reduced to stay above our floor)</source>
            <translation>maintien − {deficit} kcal (réduit pour rester au-dessus de notre plancher)</translation>
        </message>
        <message>
            <source>maintenance − {deficit} kcal (your choice within the article's range)</source>
            <translation>maintien − {deficit} kcal (votre choix dans la fourchette de l'article)</translation>
        </message>
        <message>
            <source>Protein</source>
            <translation>Protéines</translation>
        </message>
        <message>
            <source>g/day</source>
            <translation>g/jour</translation>
        </message>
        <message>
            <source>{low}–{high} g per lb of body weight ({pounds} lb)</source>
            <translation>{low}–{high} g par lb de poids corporel ({pounds} lb)</translation>
        </message>
        <message>
            <source>Sleep</source>
            <translation>Sommeil</translation>
        </message>
        <message>
            <source>hours a night</source>
            <translation>heures par nuit</translation>
        </message>
        <message>
            <source>consistent, good-quality sleep</source>
            <translation>un sommeil régulier et de qualité</translation>
        </message>
        <message>
            <source>your maintenance estimate ({maintenance} kcal a day) is at or below {floor} kcal, so the plan keeps you at maintenance, with no deficit</source>
            <translation>votre maintien estimé ({maintenance} kcal par jour) est inférieur ou égal à {floor} kcal, le plan vous garde donc au maintien, sans déficit</translation>
        </message>
        <message>
            <source>the deficit was reduced so the target stays at or above {floor} kcal a day (maintenance is {maintenance} kcal)</source>
            <translation>le déficit a été réduit pour que l'objectif reste à {floor} kcal par jour ou plus (maintien : {maintenance} kcal)</translation>
        </message>
        <message>
            <source>Calorie floor: {reduced}. {floor} kcal is our floor for women, not the articles' figure ({reference}). Ask a health professional before eating less.</source>
            <translation>Plancher calorique : {reduced}. {floor} kcal est notre plancher pour les femmes, pas un chiffre des articles ({reference}). Demandez l'avis d'un professionnel de santé avant de manger moins.</translation>
        </message>
        <message>
            <source>Calorie floor: {reduced}. {floor} kcal is our floor for men, not the articles' figure ({reference}). Ask a health professional before eating less.</source>
            <translation>Plancher calorique : {reduced}. {floor} kcal est notre plancher pour les hommes, pas un chiffre des articles ({reference}). Demandez l'avis d'un professionnel de santé avant de manger moins.</translation>
        </message>
        <message>
            <source>{formula}: {weight} × kg {height} × cm {age} × age {constant} (female)</source>
            <translation>{formula} : {weight} × kg {height} × cm {age} × âge {constant} (femme)</translation>
        </message>
        <message>
            <source>{formula}: {weight} × kg {height} × cm {age} × age {constant} (male)</source>
            <translation>{formula} : {weight} × kg {height} × cm {age} × âge {constant} (homme)</translation>
        </message>
    </context>
    <context>
        <name>core.bounds</name>
        <message>
            <source>{field}: {message}</source>
            <translation>{field} : {message}</translation>
        </message>
        <message>
            <source>reps</source>
            <translation>répétitions</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>poids</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>secondes</translation>
        </message>
        <message>
            <source>distance</source>
            <translation>distance</translation>
        </message>
        <message>
            <source>RPE</source>
            <translation>RPE</translation>
        </message>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <source>sets</source>
            <translation>séries</translation>
        </message>
        <message>
            <source>fewest reps</source>
            <translation>répétitions (min.)</translation>
        </message>
        <message>
            <source>most reps</source>
            <translation>répétitions (max.)</translation>
        </message>
        <message>
            <source>hold</source>
            <translation>temps de maintien</translation>
        </message>
        <message>
            <source>rest</source>
            <translation>repos</translation>
        </message>
        <message>
            <source>rest after the round</source>
            <translation>repos après le tour</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minutes</translation>
        </message>
        <message>
            <source>rounds</source>
            <translation>tours</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>résumé</translation>
        </message>
        <message>
            <source>fewest sessions a week</source>
            <translation>séances par semaine (min.)</translation>
        </message>
        <message>
            <source>most sessions a week</source>
            <translation>séances par semaine (max.)</translation>
        </message>
        <message>
            <source>waist</source>
            <translation>tour de taille</translation>
        </message>
        <message>
            <source>hips</source>
            <translation>hanches</translation>
        </message>
        <message>
            <source>thigh</source>
            <translation>cuisse</translation>
        </message>
        <message>
            <source>calories</source>
            <translation>calories</translation>
        </message>
        <message>
            <source>protein</source>
            <translation>protéines</translation>
        </message>
        <message>
            <source>servings of fruit and vegetables</source>
            <translation>portions de fruits et légumes</translation>
        </message>
        <message>
            <source>sleep</source>
            <translation>sommeil</translation>
        </message>
        <message>
            <source>water</source>
            <translation>eau</translation>
        </message>
        <message>
            <source>age</source>
            <translation>âge</translation>
        </message>
        <message>
            <source>height</source>
            <translation>taille</translation>
        </message>
        <message>
            <source>get-ready time</source>
            <translation>temps de préparation</translation>
        </message>
        <message>
            <source>rep cadence</source>
            <translation>cadence des répétitions</translation>
        </message>
        <message>
            <source>weight step</source>
            <translation>palier de charge</translation>
        </message>
        <message>
            <source>volume</source>
            <translation>volume</translation>
        </message>
        <message>
            <source>origin</source>
            <translation>origine</translation>
        </message>
        <message>
            <source>import key</source>
            <translation>clé d'import</translation>
        </message>
        <message>
            <source>name key</source>
            <translation>clé de nom</translation>
        </message>
        <message>
            <source>slug</source>
            <translation>identifiant</translation>
        </message>
        <message>
            <source>source</source>
            <translation>source</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>type</translation>
        </message>
        <message>
            <source>mode</source>
            <translation>mode</translation>
        </message>
        <message>
            <source>impact</source>
            <translation>impact</translation>
        </message>
        <message>
            <source>per side</source>
            <translation>par côté</translation>
        </message>
        <message>
            <source>equipment</source>
            <translation>équipement</translation>
        </message>
        <message>
            <source>muscles</source>
            <translation>muscles</translation>
        </message>
        <message>
            <source>instructions</source>
            <translation>instructions</translation>
        </message>
        <message>
            <source>cautions</source>
            <translation>précautions</translation>
        </message>
        <message>
            <source>positions</source>
            <translation>positions</translation>
        </message>
        <message>
            <source>side</source>
            <translation>côté</translation>
        </message>
        <message>
            <source>set</source>
            <translation>série</translation>
        </message>
        <message>
            <source>set type</source>
            <translation>type de série</translation>
        </message>
        <message>
            <source>measured on</source>
            <translation>mesuré le</translation>
        </message>
        <message>
            <source>reminders</source>
            <translation>rappels</translation>
        </message>
        <message>
            <source>must be between {minimum} and {maximum} {unit}</source>
            <translation>doit être compris entre {minimum} et {maximum} {unit}</translation>
        </message>
        <message>
            <source>must be between {minimum} and {maximum}</source>
            <translation>doit être compris entre {minimum} et {maximum}</translation>
        </message>
        <message>
            <source>is not a number</source>
            <translation>n'est pas un nombre</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>doit être un nombre entier</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>doit être du texte</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>est obligatoire</translation>
        </message>
        <message>
            <source>must be at most {count} characters</source>
            <translation>doit comporter au plus {count} caractères</translation>
        </message>
        <message>
            <source>holds a NUL character (U+0000)</source>
            <translation>contient un caractère NUL (U+0000)</translation>
        </message>
        <message>
            <source>“{text}” could be a thousand: write {whole} or {decimal}</source>
            <translation>« {text} » pourrait vouloir dire mille : écrivez {whole} ou {decimal}</translation>
        </message>
        <message>
            <source>“{text}” is not a number</source>
            <translation>« {text} » n'est pas un nombre</translation>
        </message>
        <message>
            <source>use a point for decimals (“{number}”)</source>
            <translation>utilisez un point pour les décimales (« {number} »)</translation>
        </message>
    </context>
    <context>
        <name>core.cli.__init__</name>
        <message>
            <source>usage: </source>
            <translation>utilisation : </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>arguments positionnels</translation>
        </message>
        <message>
            <source>options</source>
            <translation>options</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>afficher cette aide et quitter</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s : erreur : %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s : %(message)s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>les arguments suivants sont obligatoires : %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>arguments non reconnus : %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>choix invalide : %(value)r (choisissez parmi %(choices)s)</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valeur %(type)s invalide : %(value)r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>un argument attendu</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>option ambiguë : %(option)s peut correspondre à %(matches)s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>non autorisé avec l'argument %s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>argument explicite %r ignoré</translation>
        </message>
        <message>
            <source>Backline, a desktop workout companion. Without a command, opens the window.</source>
            <translation>Backline, un compagnon d'entraînement pour ordinateur. Sans commande, ouvre la fenêtre.</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>afficher le numéro de version et quitter</translation>
        </message>
        <message>
            <source>database file, or a PostgreSQL URL such as postgresql://user@host/dbname (password from ~/.pgpass or PGPASSWORD; default: $BACKLINE_DB, else the user data directory)</source>
            <translation>fichier de base de données, ou une URL PostgreSQL comme postgresql://user@host/dbname (mot de passe depuis ~/.pgpass ou PGPASSWORD ; par défaut : $BACKLINE_DB, sinon le dossier de données de l'utilisateur)</translation>
        </message>
        <message>
            <source>language of the human-readable output (de, en, es, fr, pt_BR; default: the Settings choice, else the system locale)</source>
            <translation>langue de la sortie lisible (de, en, es, fr, pt_BR ; par défaut : le choix des Paramètres, sinon la langue du système)</translation>
        </message>
        <message>
            <source>list the exercise library</source>
            <translation>lister la bibliothèque d'exercices</translation>
        </message>
        <message>
            <source>print JSON instead of a table</source>
            <translation>afficher du JSON au lieu d'un tableau</translation>
        </message>
        <message>
            <source>list routines</source>
            <translation>lister les routines</translation>
        </message>
        <message>
            <source>print JSON instead of text</source>
            <translation>afficher du JSON au lieu du texte</translation>
        </message>
        <message>
            <source>import a Strong or Hevy CSV, or a Backline JSON</source>
            <translation>importer un CSV Strong ou Hevy, ou un JSON Backline</translation>
        </message>
        <message>
            <source>the export to import</source>
            <translation>l'export à importer</translation>
        </message>
        <message>
            <source>weight unit, for files that carry none</source>
            <translation>unité de poids, pour les fichiers qui n'en indiquent pas</translation>
        </message>
        <message>
            <source>map an exercise name in the file to a library slug (repeatable)</source>
            <translation>associer un nom d'exercice du fichier à un identifiant (slug) de la bibliothèque (répétable)</translation>
        </message>
        <message>
            <source>show what would be imported, write nothing</source>
            <translation>montrer ce qui serait importé, sans rien écrire</translation>
        </message>
        <message>
            <source>export your history</source>
            <translation>exporter votre historique</translation>
        </message>
        <message>
            <source>strong: Strong's comma CSV, names as they are (for apps that read Strong files); csv: the same columns for a spreadsheet (a text cell starting with = + - @ gets a leading '); json: everything</source>
            <translation>strong : le CSV à virgules de Strong, noms tels quels (pour les apps qui lisent les fichiers Strong) ; csv : les mêmes colonnes pour un tableur (une cellule de texte commençant par = + - @ reçoit un ' en tête) ; json : tout</translation>
        </message>
        <message>
            <source>replace FILE if it exists</source>
            <translation>remplacer FILE s'il existe</translation>
        </message>
        <message>
            <source>weight unit of the CSV (default: your setting)</source>
            <translation>unité de poids du CSV (par défaut : votre réglage)</translation>
        </message>
        <message>
            <source>back up the database (SQLite backup API)</source>
            <translation>sauvegarder la base de données (API de sauvegarde SQLite)</translation>
        </message>
        <message>
            <source>where to write it (default: the backups folder)</source>
            <translation>où l'écrire (par défaut : le dossier des sauvegardes)</translation>
        </message>
        <message>
            <source>replace the database with a backup</source>
            <translation>remplacer la base de données par une sauvegarde</translation>
        </message>
        <message>
            <source>a backup made by Backline</source>
            <translation>une sauvegarde faite par Backline</translation>
        </message>
        <message>
            <source>check the database's integrity</source>
            <translation>vérifier l'intégrité de la base de données</translation>
        </message>
        <message>
            <source>the daily plan: maintenance, target calories, protein and sleep</source>
            <translation>le plan quotidien : maintien, objectif calorique, protéines et sommeil</translation>
        </message>
        <message>
            <source>The plan's figures from the flags, each with its source; beside the formula's maintenance, the estimate from the weigh-ins and calories in the database (read only, when it exists).</source>
            <translation>Les chiffres du plan d'après les options, chacun avec sa source ; à côté du maintien selon la formule, l'estimation tirée des pesées et des calories de la base de données (lue seulement, si elle existe).</translation>
        </message>
        <message>
            <source>daily deficit within the article's 250-500 kcal (default: 500)</source>
            <translation>déficit quotidien dans les 250-500 kcal de l'article (par défaut : 500)</translation>
        </message>
        <message>
            <source>open the window on the Workout tab, ready to start a routine</source>
            <translation>ouvrir la fenêtre sur l'onglet Séance, prête à lancer une routine</translation>
        </message>
        <message>
            <source>routine name, as `backline routines` lists it</source>
            <translation>nom de la routine, tel que `backline routines` l'affiche</translation>
        </message>
        <message>
            <source>the database</source>
            <translation>la base de données</translation>
        </message>
        <message>
            <source>--db: empty; give a database file (leave --db out for the default one)</source>
            <translation>--db : vide ; indiquez un fichier de base de données (omettez --db pour celui par défaut)</translation>
        </message>
        <message>
            <source>--db: {path} names a folder; give a database file in it</source>
            <translation>--db : {path} désigne un dossier ; indiquez un fichier de base de données dans ce dossier</translation>
        </message>
        <message>
            <source>BACKLINE_DB: only spaces; give a database file or URL, or unset it</source>
            <translation>BACKLINE_DB : que des espaces ; indiquez un fichier ou une URL de base de données, ou supprimez la variable</translation>
        </message>
        <message>
            <source>the saved database choice</source>
            <translation>le choix de base de données enregistré</translation>
        </message>
        <message>
            <source>cannot use the database: {reason}. Nothing was changed.</source>
            <translation>impossible d'utiliser la base de données : {reason}. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>cannot use the database: {reason}. The file was not changed.</source>
            <translation>impossible d'utiliser la base de données : {reason}. Le fichier n'a pas été modifié.</translation>
        </message>
        <message>
            <source>cannot use the database: {reason}. The file was not changed; `backline restore FILE` puts a backup in its place.</source>
            <translation>impossible d'utiliser la base de données : {reason}. Le fichier n'a pas été modifié ; `backline restore FILE` le remplace par une sauvegarde.</translation>
        </message>
        <message>
            <source>{problem}; nothing was changed</source>
            <translation>{problem} ; rien n'a été modifié</translation>
        </message>
        <message>
            <source>{store}: cannot use the database: {reason}</source>
            <translation>{store} : impossible d'utiliser la base de données : {reason}</translation>
        </message>
        <message>
            <source>no command given; run `backline` (or `python main.py`) to open the window, or see --help</source>
            <translation>aucune commande donnée ; lancez `backline` (ou `python main.py`) pour ouvrir la fenêtre, ou voyez --help</translation>
        </message>
    </context>
    <context>
        <name>core.cli.catalog</name>
        <message>
            <source>strength</source>
            <translation>force</translation>
        </message>
        <message>
            <source>cardio</source>
            <translation>cardio</translation>
        </message>
        <message>
            <source>mobility</source>
            <translation>mobilité</translation>
        </message>
        <message>
            <source>recovery</source>
            <translation>récupération</translation>
        </message>
        <message>
            <source>reps</source>
            <translation>rép.</translation>
        </message>
        <message>
            <source>hold</source>
            <translation>maintien</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>durée</translation>
        </message>
        <message>
            <source>low</source>
            <translation>faible</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>moyen</translation>
        </message>
        <message>
            <source>high</source>
            <translation>élevé</translation>
        </message>
        <message>
            <source>slug</source>
            <translation>identifiant</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>type</translation>
        </message>
        <message>
            <source>mode</source>
            <translation>mode</translation>
        </message>
        <message>
            <source>prescription</source>
            <translation>consigne</translation>
        </message>
        <message>
            <source>impact</source>
            <translation>impact</translation>
        </message>
        <message>
            <source>articles</source>
            <translation>articles</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies); * marks our default where the articles give no number.</source>
            <translation>
                <numerusform>%n entrée ; * signale notre valeur par défaut là où les articles ne donnent pas de chiffre.</numerusform>
                <numerusform>%n entrées ; * signale notre valeur par défaut là où les articles ne donnent pas de chiffre.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>core.cli.common</name>
        <message>
            <source>no routine named {name}; the routines are: {routines}</source>
            <translation>aucune routine nommée {name} ; les routines sont : {routines}</translation>
        </message>
    </context>
    <context>
        <name>core.cli.daily</name>
        <message>
            <source>calories</source>
            <translation>calories</translation>
        </message>
        <message>
            <source>protein</source>
            <translation>protéines</translation>
        </message>
        <message>
            <source>servings</source>
            <translation>portions</translation>
        </message>
        <message>
            <source>sleep</source>
            <translation>sommeil</translation>
        </message>
        <message>
            <source>water</source>
            <translation>eau</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>poids</translation>
        </message>
        <message>
            <source>waist</source>
            <translation>tour de taille</translation>
        </message>
        <message>
            <source>hips</source>
            <translation>hanches</translation>
        </message>
        <message>
            <source>thigh</source>
            <translation>cuisse</translation>
        </message>
        <message>
            <source>record (or update) a day's calories, protein, servings, sleep and water</source>
            <translation>enregistrer (ou mettre à jour) les calories, les protéines, les portions, le sommeil et l'eau d'un jour</translation>
        </message>
        <message>
            <source>Record a day's log: only the values given change. With no value, print the day as stored (read-only).</source>
            <translation>Enregistrer le journal d'un jour : seules les valeurs données changent. Sans valeur, affiche le jour tel qu'enregistré (lecture seule).</translation>
        </message>
        <message>
            <source>the day (default: today, local)</source>
            <translation>le jour (par défaut : aujourd'hui, heure locale)</translation>
        </message>
        <message>
            <source>print the day as JSON</source>
            <translation>afficher le jour en JSON</translation>
        </message>
        <message>
            <source>where you stand today on the whole program: each part, its target and source</source>
            <translation>où vous en êtes aujourd'hui sur tout le programme : chaque volet, son objectif et sa source</translation>
        </message>
        <message>
            <source>Each part of the articles' program for a day and its week: the target, what is done, whether it is met, and the article it comes from. Read-only.</source>
            <translation>Chaque volet du programme des articles pour un jour et sa semaine : l'objectif, ce qui est fait, s'il est atteint, et l'article d'où il vient. Lecture seule.</translation>
        </message>
        <message>
            <source>print JSON: {shape}</source>
            <translation>afficher du JSON : {shape}</translation>
        </message>
        <message>
            <source>body measurements</source>
            <translation>mesures corporelles</translation>
        </message>
        <message>
            <source>add a body measurement</source>
            <translation>ajouter une mesure corporelle</translation>
        </message>
        <message>
            <source>the day measured (required)</source>
            <translation>le jour de la mesure (obligatoire)</translation>
        </message>
        <message>
            <source>body weight in kg (required)</source>
            <translation>poids corporel en kg (obligatoire)</translation>
        </message>
        <message>
            <source>{measure} in cm</source>
            <translation>{measure} en cm</translation>
        </message>
        <message>
            <source>a note</source>
            <translation>une note</translation>
        </message>
        <message>
            <source>print the measurement as JSON</source>
            <translation>afficher la mesure en JSON</translation>
        </message>
        <message>
            <source>{flag}: {value} is not a date (YYYY-MM-DD)</source>
            <translation>{flag} : {value} n'est pas une date (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>{flag}: must be between {earliest} and {latest}</source>
            <translation>{flag} : doit être entre {earliest} et {latest}</translation>
        </message>
        <message>
            <source>{flag}: {day} is in the future (today is {today})</source>
            <translation>{flag} : {day} est dans le futur (nous sommes le {today})</translation>
        </message>
        <message>
            <source>{values}; note: {note}</source>
            <translation>{values} ; note : {note}</translation>
        </message>
        <message>
            <source>{day}: nothing logged</source>
            <translation>{day} : rien d'enregistré</translation>
        </message>
        <message>
            <source>Saved {day}</source>
            <translation>Enregistré — {day}</translation>
        </message>
        <message>
            <source>{flag}: {problem}; nothing was saved</source>
            <translation>{flag} : {problem} ; rien n'a été enregistré</translation>
        </message>
        <message numerus="yes">
            <source>at least %n session(s)</source>
            <translation>
                <numerusform>au moins %n séance</numerusform>
                <numerusform>au moins %n séances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{low}–%n session(s)</source>
            <translation>
                <numerusform>{low}–%n séance</numerusform>
                <numerusform>{low}–%n séances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n séance</numerusform>
                <numerusform>%n séances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>at least %n serving(s)</source>
            <translation>
                <numerusform>au moins %n portion</numerusform>
                <numerusform>au moins %n portions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{low}–%n serving(s)</source>
            <translation>
                <numerusform>{low}–%n portion</numerusform>
                <numerusform>{low}–%n portions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n serving(s)</source>
            <translation>
                <numerusform>%n portion</numerusform>
                <numerusform>%n portions</numerusform>
            </translation>
        </message>
        <message>
            <source>no target</source>
            <translation>pas d'objectif</translation>
        </message>
        <message>
            <source>at least {amount}</source>
            <translation>au moins {amount}</translation>
        </message>
        <message>
            <source>our default</source>
            <translation>notre valeur par défaut</translation>
        </message>
        <message>
            <source>article {number}</source>
            <translation>article {number}</translation>
        </message>
        <message>
            <source>article {number} — {title}</source>
            <translation>article {number} — {title}</translation>
        </message>
        <message>
            <source>{weekday} {day} (week from {week_start})</source>
            <translation>{weekday} {day} (semaine du {week_start})</translation>
        </message>
        <message>
            <source>{part} this week</source>
            <translation>{part} cette semaine</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>rien</translation>
        </message>
        <message>
            <source>{part}: {done}; {note}</source>
            <translation>{part} : {done} ; {note}</translation>
        </message>
        <message>
            <source>{part}: nothing of {target}; {met}; {source}</source>
            <translation>{part} : rien sur {target} ; {met} ; {source}</translation>
        </message>
        <message>
            <source>{part}: {done} of {target}; {met}; {source}</source>
            <translation>{part} : {done} sur {target} ; {met} ; {source}</translation>
        </message>
        <message>
            <source>met</source>
            <translation>atteint</translation>
        </message>
        <message>
            <source>not met</source>
            <translation>non atteint</translation>
        </message>
        <message>
            <source>Next: {action}</source>
            <translation>Ensuite : {action}</translation>
        </message>
        <message>
            <source>Next: nothing due</source>
            <translation>Ensuite : rien de prévu</translation>
        </message>
        <message>
            <source>--date: is required (YYYY-MM-DD)</source>
            <translation>--date : est obligatoire (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>--weight-kg: is required</source>
            <translation>--weight-kg : est obligatoire</translation>
        </message>
        <message>
            <source>Added {day}: {values}</source>
            <translation>Ajouté — {day} : {values}</translation>
        </message>
    </context>
    <context>
        <name>core.cli.data</name>
        <message numerus="yes">
            <source>%n workout(s)</source>
            <translation>
                <numerusform>%n séance</numerusform>
                <numerusform>%n séances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n série</numerusform>
                <numerusform>%n séries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n routine(s)</source>
            <translation>
                <numerusform>%n routine</numerusform>
                <numerusform>%n routines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measurement(s)</source>
            <translation>
                <numerusform>%n mesure</numerusform>
                <numerusform>%n mesures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n logged day(s)</source>
            <translation>
                <numerusform>%n jour enregistré</numerusform>
                <numerusform>%n jours enregistrés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n target(s)</source>
            <translation>
                <numerusform>%n objectif</numerusform>
                <numerusform>%n objectifs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n workout(s) were already here</source>
            <translation>
                <numerusform>%n séance était déjà là</numerusform>
                <numerusform>%n séances étaient déjà là</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n were already here</source>
            <translation>
                <numerusform>%n était déjà là</numerusform>
                <numerusform>%n étaient déjà là</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n were already there</source>
            <translation>
                <numerusform>%n était déjà là</numerusform>
                <numerusform>%n étaient déjà là</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new exercise(s)</source>
            <translation>
                <numerusform>%n nouvel exercice</numerusform>
                <numerusform>%n nouveaux exercices</numerusform>
            </translation>
        </message>
        <message>
            <source>--map needs NAME=SLUG, got {pair}</source>
            <translation>--map attend NAME=SLUG, reçu {pair}</translation>
        </message>
        <message>
            <source>--dry-run is not available for Backline JSON files</source>
            <translation>--dry-run n'est pas disponible pour les fichiers JSON Backline</translation>
        </message>
        <message>
            <source>Imported {workouts} ({sets}), {routines}, {measurements}, {days}, {targets}; {skipped}.</source>
            <translation>Importé : {workouts} ({sets}), {routines}, {measurements}, {days}, {targets} ; {skipped}.</translation>
        </message>
        <message>
            <source>{problem} (use --unit kg or --unit lb)</source>
            <translation>{problem} (utilisez --unit kg ou --unit lb)</translation>
        </message>
        <message>
            <source>Detected {app} ({dialect}), unit {unit}, {first} to {last}: {workouts}, {sets}.</source>
            <translation>Détecté : {app} ({dialect}), unité {unit}, du {first} au {last} : {workouts}, {sets}.</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise name(s) are not in the library and will be added as your own exercises unless mapped with --map: {names}</source>
            <translation>
                <numerusform>%n nom d'exercice n'est pas dans la bibliothèque et sera ajouté comme exercice personnel, sauf association avec --map : {names}</numerusform>
                <numerusform>%n noms d'exercices ne sont pas dans la bibliothèque et seront ajoutés comme exercices personnels, sauf association avec --map : {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>Dry run: nothing was written.</source>
            <translation>Simulation : rien n'a été écrit.</translation>
        </message>
        <message>
            <source>Imported {workouts} ({sets}); {skipped}; {created}.</source>
            <translation>Importé : {workouts} ({sets}) ; {skipped} ; {created}.</translation>
        </message>
        <message>
            <source>{where}: {problem}; nothing was imported</source>
            <translation>{where} : {problem} ; rien n'a été importé</translation>
        </message>
        <message>
            <source>{problem}; nothing was exported</source>
            <translation>{problem} ; rien n'a été exporté</translation>
        </message>
        <message>
            <source>Exported {workouts} ({sets}) to {path}</source>
            <translation>Exporté : {workouts} ({sets}) vers {path}</translation>
        </message>
        <message>
            <source>{problem}; no backup was made</source>
            <translation>{problem} ; aucune sauvegarde n'a été faite</translation>
        </message>
        <message>
            <source>Backed up to {path} (the database holds nothing you entered yet)</source>
            <translation>Sauvegardé dans {path} (la base de données ne contient encore rien de ce que vous avez saisi)</translation>
        </message>
        <message>
            <source>Backed up to {path}</source>
            <translation>Sauvegardé dans {path}</translation>
        </message>
        <message>
            <source>Backed up {store} to {path} (a Backline JSON export)</source>
            <translation>{store} sauvegardé dans {path} (un export JSON Backline)</translation>
        </message>
        <message>
            <source>{name} is a SQLite backup; the shared database takes a Backline JSON one: `backline --db {path} export --format json --output backup.json`, then `backline restore backup.json`</source>
            <translation>{name} est une sauvegarde SQLite ; la base de données partagée prend une sauvegarde JSON Backline : `backline --db {path} export --format json --output backup.json`, puis `backline restore backup.json`</translation>
        </message>
        <message>
            <source>{name} is a Backline JSON backup (a shared database's); read it into this file with `backline import {path} --format json`</source>
            <translation>{name} est une sauvegarde JSON Backline (d'une base de données partagée) ; importez-la dans ce fichier avec `backline import {path} --format json`</translation>
        </message>
        <message>
            <source>Restored {name}; the previous database was kept as {path}</source>
            <translation>{name} restauré ; l'ancienne base de données a été conservée sous {path}</translation>
        </message>
        <message>
            <source>Restored {name}</source>
            <translation>{name} restauré</translation>
        </message>
        <message>
            <source>{name}: {problem}; nothing was restored</source>
            <translation>{name} : {problem} ; rien n'a été restauré</translation>
        </message>
        <message>
            <source>Restored {name} into {store}: {workouts} ({sets}); {skipped}</source>
            <translation>{name} restauré dans {store} : {workouts} ({sets}) ; {skipped}</translation>
        </message>
        <message>
            <source>{store}: ok</source>
            <translation>{store} : OK</translation>
        </message>
        <message>
            <source>{store}: damaged: {problems}</source>
            <translation>{store} : endommagé : {problems}</translation>
        </message>
        <message>
            <source>{store}: cannot check: {problems}</source>
            <translation>{store} : vérification impossible : {problems}</translation>
        </message>
    </context>
    <context>
        <name>core.cli.plan</name>
        <message>
            <source>print JSON instead of text. Besides the formula's figures it carries the estimate from your log: maintenance_estimate_kcal, estimate_days, estimate_margin_kcal (the 95% range's half-width), estimate_confidence (low, medium or high) and estimate_kg_per_week; all null until the database holds, {needs}</source>
            <translation>afficher du JSON au lieu du texte. Outre les chiffres de la formule, il contient l'estimation tirée de votre journal : maintenance_estimate_kcal, estimate_days, estimate_margin_kcal (la demi-largeur de l'intervalle à 95 %), estimate_confidence (low, medium ou high) et estimate_kg_per_week ; tous à null jusqu'à ce que la base de données contienne, {needs}</translation>
        </message>
        <message>
            <source>{figure}: {value} ({basis}; {source})</source>
            <translation>{figure} : {value} ({basis} ; {source})</translation>
        </message>
        <message>
            <source>`backline body add` and `backline day --kcal` record them</source>
            <translation>`backline body add` et `backline day --kcal` les enregistrent</translation>
        </message>
        <message>
            <source>Warning: {warning}</source>
            <translation>Attention : {warning}</translation>
        </message>
    </context>
    <context>
        <name>core.cli.progression</name>
        <message>
            <source>the next target of each item of a routine, from what you did, and why</source>
            <translation>le prochain objectif de chaque élément d'une routine, d'après ce que vous avez fait, et pourquoi</translation>
        </message>
        <message>
            <source>routine name, as `backline routines` lists it</source>
            <translation>nom de la routine, tel que `backline routines` l'affiche</translation>
        </message>
        <message>
            <source>print JSON instead of text</source>
            <translation>afficher du JSON au lieu du texte</translation>
        </message>
        <message>
            <source>{routine}: the next target of each item</source>
            <translation>{routine} : le prochain objectif de chaque élément</translation>
        </message>
        <message>
            <source>{routine}: the next target of each item (suggestions are off for this routine: the current targets)</source>
            <translation>{routine} : le prochain objectif de chaque élément (les suggestions sont désactivées pour cette routine : les objectifs actuels)</translation>
        </message>
        <message>
            <source>{position}. {exercise}: {target}</source>
            <translation>{position}. {exercise} : {target}</translation>
        </message>
        <message>
            <source>{position}. {exercise}: {target} (unchanged)</source>
            <translation>{position}. {exercise} : {target} (inchangé)</translation>
        </message>
        <message>
            <source>Last time: {done}</source>
            <translation>La dernière fois : {done}</translation>
        </message>
    </context>
    <context>
        <name>core.daily.log</name>
        <message>
            <source>is not a field of a day's log</source>
            <translation>n'est pas un champ du journal du jour</translation>
        </message>
    </context>
    <context>
        <name>core.daily.reminders</name>
        <message>
            <source>Daily home back complex</source>
            <translation>Enchaînement maison quotidien pour le dos</translation>
        </message>
        <message>
            <source>Five gentle back moves, as one circuit.</source>
            <translation>Cinq mouvements doux pour le dos, en un seul circuit.</translation>
        </message>
        <message>
            <source>Thigh massage</source>
            <translation>Massage des cuisses</translation>
        </message>
        <message>
            <source>5 minutes for the backs of the thighs.</source>
            <translation>5 minutes pour l'arrière des cuisses.</translation>
        </message>
        <message>
            <source>Cardio</source>
            <translation>Cardio</translation>
        </message>
        <message>
            <source>30 minutes of tough cardio today.</source>
            <translation>30 minutes de cardio soutenu aujourd'hui.</translation>
        </message>
        <message>
            <source>must be a list</source>
            <translation>doit être une liste</translation>
        </message>
        <message>
            <source>entry {number}: must be an object</source>
            <translation>entrée {number} : doit être un objet</translation>
        </message>
        <message>
            <source>entry {number}: key must be one of {keys}</source>
            <translation>entrée {number} : key doit être l'une de ces valeurs : {keys}</translation>
        </message>
        <message>
            <source>{key}: enabled must be true or false</source>
            <translation>{key} : enabled doit valoir true ou false</translation>
        </message>
        <message>
            <source>{key}: time must be HH:MM, 00:00 to 23:59</source>
            <translation>{key} : time doit être au format HH:MM, de 00:00 à 23:59</translation>
        </message>
        <message>
            <source>{key}: weekdays must list days 0 (Monday) to 6</source>
            <translation>{key} : weekdays doit lister des jours de 0 (lundi) à 6</translation>
        </message>
    </context>
    <context>
        <name>core.daily.today</name>
        <message>
            <source>our default ({reference})</source>
            <translation>notre valeur par défaut ({reference})</translation>
        </message>
        <message>
            <source>Start a {minutes} min massage</source>
            <translation>Démarrer un massage de {minutes} min</translation>
        </message>
        <message>
            <source>Start {minutes} min of cardio</source>
            <translation>Démarrer {minutes} min de cardio</translation>
        </message>
        <message>
            <source>Start {routine}</source>
            <translation>Démarrer {routine}</translation>
        </message>
        <message>
            <source>workouts this week with a working strength set (the home complex counts apart)</source>
            <translation>séances de la semaine avec une série de travail en renforcement (l'enchaînement maison compte à part)</translation>
        </message>
        <message>
            <source>{minutes} min of cardio this week in all</source>
            <translation>{minutes} min de cardio au total cette semaine</translation>
        </message>
        <message>
            <source>Sleep last night</source>
            <translation>Sommeil la nuit dernière</translation>
        </message>
        <message>
            <source>Protein</source>
            <translation>Protéines</translation>
        </message>
        <message>
            <source>Calories</source>
            <translation>Calories</translation>
        </message>
        <message>
            <source>no target until the plan has {missing} (Body &amp; plan)</source>
            <translation>pas d'objectif tant que le plan n'a pas {missing} (Corps et plan)</translation>
        </message>
        <message>
            <source>no target until the plan has its inputs (Body &amp; plan)</source>
            <translation>pas d'objectif tant que le plan n'est pas rempli (Corps et plan)</translation>
        </message>
    </context>
    <context>
        <name>core.desktop</name>
        <message>
            <source>the shipped desktop entry has an unexpected Exec line {line}; nothing was installed</source>
            <translation>l'entrée de bureau fournie contient une ligne Exec inattendue {line} ; rien n'a été installé</translation>
        </message>
        <message>
            <source>the shipped desktop entry has no Exec line; nothing was installed</source>
            <translation>l'entrée de bureau fournie n'a pas de ligne Exec ; rien n'a été installé</translation>
        </message>
        <message>
            <source>no existing parent folder</source>
            <translation>aucun dossier parent existant</translation>
        </message>
        <message>
            <source>{path} is not a folder</source>
            <translation>{path} n'est pas un dossier</translation>
        </message>
        <message>
            <source>Permission denied</source>
            <translation>Permission refusée</translation>
        </message>
        <message>
            <source>Permission denied (in {path})</source>
            <translation>Permission refusée (dans {path})</translation>
        </message>
        <message>
            <source>cannot read the shipped file {path}: {reason}; nothing was installed (reinstall Backline)</source>
            <translation>impossible de lire le fichier fourni {path} : {reason} ; rien n'a été installé (réinstallez Backline)</translation>
        </message>
        <message>
            <source>cannot install: the launcher {path} does not exist; pass the installed backline script with --exec-path</source>
            <translation>installation impossible : le lanceur {path} n'existe pas ; indiquez le script backline installé avec --exec-path</translation>
        </message>
        <message>
            <source>cannot install: the launcher {path} does not exist (not on PATH nor beside this Python); pass the installed backline script with --exec-path</source>
            <translation>installation impossible : le lanceur {path} n'existe pas (ni dans le PATH ni à côté de ce Python) ; indiquez le script backline installé avec --exec-path</translation>
        </message>
        <message>
            <source>a folder is in the way</source>
            <translation>un dossier occupe déjà cet emplacement</translation>
        </message>
        <message numerus="yes">
            <source>cannot write {path}: {reason} (and %n other problem(s)); nothing was installed</source>
            <translation>
                <numerusform>impossible d'écrire {path} : {reason} (et %n autre problème) ; rien n'a été installé</numerusform>
                <numerusform>impossible d'écrire {path} : {reason} (et %n autres problèmes) ; rien n'a été installé</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot write {path}: {reason}; nothing was installed</source>
            <translation>impossible d'écrire {path} : {reason} ; rien n'a été installé</translation>
        </message>
        <message>
            <source>cannot remove {path}: {reason}</source>
            <translation>impossible de supprimer {path} : {reason}</translation>
        </message>
        <message numerus="yes">
            <source>{problem} (and %n more problem(s))</source>
            <translation>
                <numerusform>{problem} (et %n autre problème)</numerusform>
                <numerusform>{problem} (et %n autres problèmes)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{problems}; removed %n other file(s)</source>
            <translation>
                <numerusform>{problems} ; %n autre fichier supprimé</numerusform>
                <numerusform>{problems} ; %n autres fichiers supprimés</numerusform>
            </translation>
        </message>
        <message>
            <source>add Backline to the desktop's application menu, or remove it</source>
            <translation>ajouter Backline au menu des applications du bureau, ou l'en retirer</translation>
        </message>
        <message>
            <source>install the desktop entry, metainfo and icons for this user</source>
            <translation>installer l'entrée de bureau, les métadonnées et les icônes pour cet utilisateur</translation>
        </message>
        <message>
            <source>remove what `desktop install` wrote</source>
            <translation>supprimer ce que `desktop install` a écrit</translation>
        </message>
        <message>
            <source>data folder to use (default: $XDG_DATA_HOME, else ~/.local/share)</source>
            <translation>dossier de données à utiliser (par défaut : $XDG_DATA_HOME, sinon ~/.local/share)</translation>
        </message>
        <message>
            <source>the backline script the menu entry runs (default: the one on PATH)</source>
            <translation>le script backline que lance l'entrée de menu (par défaut : celui du PATH)</translation>
        </message>
        <message>
            <source>wrote {path}</source>
            <translation>{path} écrit</translation>
        </message>
        <message numerus="yes">
            <source>installed Backline's menu entry (%n file(s)) into {folder}</source>
            <translation>
                <numerusform>entrée de menu de Backline installée (%n fichier) dans {folder}</numerusform>
                <numerusform>entrée de menu de Backline installée (%n fichiers) dans {folder}</numerusform>
            </translation>
        </message>
        <message>
            <source>removed {path}</source>
            <translation>{path} supprimé</translation>
        </message>
        <message numerus="yes">
            <source>removed Backline's menu entry (%n file(s)) from {folder}</source>
            <translation>
                <numerusform>entrée de menu de Backline supprimée (%n fichier) de {folder}</numerusform>
                <numerusform>entrée de menu de Backline supprimée (%n fichiers) de {folder}</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing to remove: Backline's menu entry is not installed in {folder}</source>
            <translation>rien à supprimer : l'entrée de menu de Backline n'est pas installée dans {folder}</translation>
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
            <translation>{reps} rép.</translation>
        </message>
        <message>
            <source>(hold {time})</source>
            <translation>(maintien {time})</translation>
        </message>
        <message>
            <source>{reps} x</source>
            <translation>{reps} x</translation>
        </message>
        <message>
            <source>{time} hold</source>
            <translation>maintien {time}</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>each side</source>
            <translation>de chaque côté</translation>
        </message>
        <message>
            <source>@ {weight}</source>
            <translation>@ {weight}</translation>
        </message>
        <message>
            <source>, rest {time}</source>
            <translation>, repos {time}</translation>
        </message>
        <message>
            <source>, then {time}</source>
            <translation>, puis {time}</translation>
        </message>
        <message>
            <source>, {sessions}/week</source>
            <translation>, {sessions}/semaine</translation>
        </message>
        <message>
            <source>reps</source>
            <translation>rép.</translation>
        </message>
    </context>
    <context>
        <name>core.i18n</name>
        <message>
            <source>--lang: {value} is not a language Backline speaks (choose from {choices})</source>
            <translation>--lang : {value} n'est pas une langue que Backline parle (au choix : {choices})</translation>
        </message>
    </context>
    <context>
        <name>core.insight.history</name>
        <message>
            <source>no workout {id}</source>
            <translation>aucune séance {id}</translation>
        </message>
        <message>
            <source>no logged set {id}</source>
            <translation>aucune série enregistrée {id}</translation>
        </message>
    </context>
    <context>
        <name>core.insight.progression</name>
        <message>
            <source>suggestions are off for this routine</source>
            <translation>les suggestions sont désactivées pour cette routine</translation>
        </message>
        <message>
            <source>Suggestions build on what you did, warm-ups left out. Weighted moves follow double progression: when every set reached the top of the rep range, the next target adds one step ({barbell_kg} kg or {barbell_lb} lb on a barbell, {dumbbell_kg} kg or {dumbbell_lb} lb on dumbbells; a routine item can have its own) and starts again from the bottom of the range; otherwise it stays at the weight you lifted and aims for the top. Bodyweight moves aim for one more rep than your fewest, up to the top of the range, then one more set (up to {extra_sets} more than the routine's), then the harder variation the article names. Holds held in full get {hold_step} seconds longer; cardio done in full gets {minutes_step} minutes more (up to {minutes_max}). After {misses} missed workouts in a row the suggestion is a deload. When a set fell short, the target stays until you fill it. The step sizes, the deload and the set limit are our rules, not the articles'. You decide: accept a suggestion, keep your target, or turn suggestions off for a routine.</source>
            <translation>Les suggestions s'appuient sur ce que vous avez fait, échauffements exclus. Les exercices avec charge suivent la double progression : quand chaque série a atteint le haut de la fourchette de répétitions, l'objectif suivant ajoute un palier ({barbell_kg} kg ou {barbell_lb} lb à la barre, {dumbbell_kg} kg ou {dumbbell_lb} lb aux haltères ; un élément de routine peut avoir le sien) et repart du bas de la fourchette ; sinon, il reste au poids soulevé et vise le haut. Les exercices au poids du corps visent une répétition de plus que votre minimum, jusqu'au haut de la fourchette, puis une série de plus (jusqu'à {extra_sets} de plus que la routine), puis la variante plus difficile que cite l'article. Les maintiens tenus en entier gagnent {hold_step} secondes ; le cardio fait en entier gagne {minutes_step} minutes (jusqu'à {minutes_max}). Après {misses} séances manquées d'affilée, la suggestion est une décharge. Quand une série est restée en deçà, l'objectif reste le même jusqu'à ce que vous l'atteigniez. Les tailles de palier, la décharge et la limite de séries sont nos règles, pas celles des articles. C'est vous qui décidez : acceptez une suggestion, gardez votre objectif ou désactivez les suggestions pour une routine.</translation>
        </message>
        <message>
            <source>no routine item {id}</source>
            <translation>aucun élément de routine {id}</translation>
        </message>
        <message>
            <source>no routine {id}</source>
            <translation>aucune routine {id}</translation>
        </message>
        <message>
            <source>holds {times}</source>
            <translation>tenu {times}</translation>
        </message>
        <message>
            <source>{reps} reps</source>
            <translation>{reps} rép.</translation>
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
            <translation>le palier de cet élément</translation>
        </message>
        <message>
            <source>our step</source>
            <translation>notre palier</translation>
        </message>
        <message>
            <source>our step for a barbell</source>
            <translation>notre palier pour une barre</translation>
        </message>
        <message>
            <source>our step for a dumbbell</source>
            <translation>notre palier pour un haltère</translation>
        </message>
        <message>
            <source>our step for a {equipment}</source>
            <translation>notre palier pour {equipment}</translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n série</numerusform>
                <numerusform>%n séries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s) of {total}</source>
            <translation>
                <numerusform>%n série sur {total}</numerusform>
                <numerusform>%n séries sur {total}</numerusform>
            </translation>
        </message>
        <message>
            <source>{reps} reps</source>
            <translation>{reps} rép.</translation>
        </message>
        <message>
            <source>There is no earlier workout with this exercise yet, so the target stays.</source>
            <translation>Il n'y a pas encore de séance précédente avec cet exercice, l'objectif reste donc le même.</translation>
        </message>
        <message>
            <source>This exercise has no rep target, so the target stays.</source>
            <translation>Cet exercice n'a pas d'objectif de répétitions, l'objectif reste donc le même.</translation>
        </message>
        <message>
            <source>The weight is at the most we allow.</source>
            <translation>Le poids est déjà au maximum que nous autorisons.</translation>
        </message>
        <message>
            <source>{step}, to the nearest {weight}</source>
            <translation>{step}, arrondi à {weight} près</translation>
        </message>
        <message>
            <source>All {sets} reached {top} reps at {weight} last time, so add {step} ({step_source}): {new_weight}, and start again from {bottom} reps (our rule: double progression).</source>
            <translation>La dernière fois, les {sets} ont atteint {top} rép. à {weight}, ajoutez donc {step} ({step_source}) : {new_weight}, et repartez de {bottom} rép. (notre règle : double progression).</translation>
        </message>
        <message>
            <source>{misses} workouts in a row at {weight} fell short of {sets} x {bottom} reps, so deload to {new_weight} and build back up (our rule: {percent}% lighter after {after} misses).</source>
            <translation>{misses} séances d'affilée à {weight} sont restées en deçà de {sets} x {bottom} rép., faites donc une décharge à {new_weight} et remontez progressivement (notre règle : {percent} % plus léger après {after} échecs).</translation>
        </message>
        <message>
            <source>Last time {done} at {weight}: stay at {weight} and aim for {top} reps in all {sets}.</source>
            <translation>La dernière fois {done} à {weight} : restez à {weight} et visez {top} rép. sur les {sets}.</translation>
        </message>
        <message>
            <source>All {sets} reached {top} reps, the top of the range, so add a set: {new_sets} x {range} reps (our rule: one set at a time, up to {most}, from {bottom} reps).</source>
            <translation>Les {sets} ont atteint {top} rép., le haut de la fourchette, ajoutez donc une série : {new_sets} x {range} rép. (notre règle : une série à la fois, jusqu'à {most}, à partir de {bottom} rép.).</translation>
        </message>
        <message>
            <source>All {sets} reached {top} reps at {most} sets, the most we suggest (our rule), so the next step is the harder variation the article names: {exercise}. Change the exercise in the routine when ready.</source>
            <translation>Les {sets} ont atteint {top} rép. avec {most} séries, le maximum que nous suggérons (notre règle), l'étape suivante est donc la variante plus difficile que cite l'article : {exercise}. Changez l'exercice dans la routine quand vous serez prêt.</translation>
        </message>
        <message>
            <source>All {sets} reached {top} reps at {most} sets, the most we suggest (our rule), and the library names no harder variation: add a weight to make it harder.</source>
            <translation>Les {sets} ont atteint {top} rép. avec {most} séries, le maximum que nous suggérons (notre règle), et la bibliothèque ne cite pas de variante plus difficile : ajoutez une charge pour corser l'exercice.</translation>
        </message>
        <message>
            <source>Every set reached {aim} reps last time ({done}), so aim for {new_aim} in every set (our rule: one more than your fewest, up to the top of {range}).</source>
            <translation>La dernière fois, chaque série a atteint {aim} rép. ({done}), visez donc {new_aim} à chaque série (notre règle : une de plus que votre minimum, jusqu'au haut de {range}).</translation>
        </message>
        <message>
            <source>{misses} workouts in a row fell short of {sets} x {bottom} reps, so ease off: {fewer} x {range} reps, and build back up (our rule: one set fewer after {after} misses).</source>
            <translation>{misses} séances d'affilée sont restées en deçà de {sets} x {bottom} rép., levez donc le pied : {fewer} x {range} rép., puis remontez progressivement (notre règle : une série de moins après {after} échecs).</translation>
        </message>
        <message>
            <source>Last time {done}: aim for {aim} reps in all {sets} again.</source>
            <translation>La dernière fois {done} : visez à nouveau {aim} rép. sur les {sets}.</translation>
        </message>
        <message>
            <source>This hold has no time target, so there is nothing to add to.</source>
            <translation>Ce maintien n'a pas d'objectif de durée, il n'y a donc rien à augmenter.</translation>
        </message>
        <message>
            <source>The hold is already at the longest time we allow.</source>
            <translation>Le maintien est déjà à la durée maximale que nous autorisons.</translation>
        </message>
        <message>
            <source>at least {held} s (target {goal} s)</source>
            <translation>au moins {held} s (objectif {goal} s)</translation>
        </message>
        <message>
            <source>Every hold lasted {held} last time, so hold {step} s longer (our step): {new} s.</source>
            <translation>La dernière fois, chaque maintien a duré {held}, tenez donc {step} s de plus (notre palier) : {new} s.</translation>
        </message>
        <message>
            <source>{misses} workouts in a row had a hold shorter than {goal} s, so ease off to {new} s and build back up (our rule: one step back after {after} misses).</source>
            <translation>{misses} séances d'affilée ont eu un maintien de moins de {goal} s, redescendez donc à {new} s puis remontez progressivement (notre règle : un palier en arrière après {after} échecs).</translation>
        </message>
        <message>
            <source>Not every hold lasted {goal} s last time (shortest {shortest}), so aim for {goal} s again.</source>
            <translation>La dernière fois, tous les maintiens n'ont pas duré {goal} s (le plus court : {shortest}), visez donc à nouveau {goal} s.</translation>
        </message>
        <message>
            <source>This activity has no time target, so the target stays.</source>
            <translation>Cette activité n'a pas d'objectif de durée, l'objectif reste donc le même.</translation>
        </message>
        <message>
            <source>You did the full {minutes} min last time; {kind} time keeps the article's length (our rule: only cardio and strength time grows).</source>
            <translation>La dernière fois, vous avez fait les {minutes} min complètes ; pour {kind}, la durée de l'article est conservée (notre règle : seul le temps de cardio et de force augmente).</translation>
        </message>
        <message>
            <source>You did the full {minutes} min last time, the longest we suggest (our rule: up to {cap} min).</source>
            <translation>La dernière fois, vous avez fait les {minutes} min complètes, le maximum que nous suggérons (notre règle : jusqu'à {cap} min).</translation>
        </message>
        <message>
            <source>the full {minutes} min</source>
            <translation>les {minutes} min complètes</translation>
        </message>
        <message>
            <source>You did {done} last time, so add {step} min (our step): {new} min.</source>
            <translation>La dernière fois, vous avez fait {done}, ajoutez donc {step} min (notre palier) : {new} min.</translation>
        </message>
        <message>
            <source>{misses} workouts in a row were shorter than {minutes} min, so ease off to {new} min and build back up (our rule: one step back after {after} misses).</source>
            <translation>{misses} séances d'affilée ont duré moins de {minutes} min, redescendez donc à {new} min puis remontez progressivement (notre règle : un palier en arrière après {after} échecs).</translation>
        </message>
        <message>
            <source>Last time {done} min of {minutes}: aim for the full {minutes} min again.</source>
            <translation>La dernière fois {done} min sur {minutes} : visez à nouveau les {minutes} min complètes.</translation>
        </message>
        <message>
            <source>mobility</source>
            <translation>la mobilité</translation>
        </message>
        <message>
            <source>recovery</source>
            <translation>la récupération</translation>
        </message>
        <message>
            <source>cardio</source>
            <translation>le cardio</translation>
        </message>
        <message>
            <source>strength</source>
            <translation>la force</translation>
        </message>
    </context>
    <context>
        <name>core.insight.records</name>
        <message>
            <source>Heaviest weight</source>
            <translation>Charge maximale</translation>
        </message>
        <message>
            <source>Most reps at a weight</source>
            <translation>Max. de rép. à une charge</translation>
        </message>
        <message>
            <source>Best estimated 1RM (Epley)</source>
            <translation>Meilleur 1RM estimé (Epley)</translation>
        </message>
        <message>
            <source>Longest hold</source>
            <translation>Maintien le plus long</translation>
        </message>
        <message>
            <source>Longest activity</source>
            <translation>Activité la plus longue</translation>
        </message>
        <message>
            <source>Heaviest weight: {weight} × {reps}</source>
            <translation>Charge maximale : {weight} × {reps}</translation>
        </message>
        <message>
            <source>Heaviest weight: {weight}</source>
            <translation>Charge maximale : {weight}</translation>
        </message>
        <message>
            <source>Most reps at {weight}: {reps}</source>
            <translation>Max. de rép. à {weight} : {reps}</translation>
        </message>
        <message>
            <source>Most reps at bodyweight: {reps}</source>
            <translation>Max. de rép. au poids du corps : {reps}</translation>
        </message>
        <message>
            <source>Best estimated 1RM: {e1rm} ({weight} × {reps}, Epley)</source>
            <translation>Meilleur 1RM estimé : {e1rm} ({weight} × {reps}, Epley)</translation>
        </message>
        <message>
            <source>Longest hold: {time}</source>
            <translation>Maintien le plus long : {time}</translation>
        </message>
        <message>
            <source>Longest activity: {time}</source>
            <translation>Activité la plus longue : {time}</translation>
        </message>
        <message>
            <source>no logged set {id}</source>
            <translation>aucune série enregistrée {id}</translation>
        </message>
    </context>
    <context>
        <name>core.insight.targets</name>
        <message>
            <source>no routine item {id}</source>
            <translation>aucun élément de routine {id}</translation>
        </message>
        <message>
            <source>must be at least the fewest reps</source>
            <translation>doit être au moins égal au minimum de rép.</translation>
        </message>
    </context>
    <context>
        <name>core.insight.trends</name>
        <message>
            <source>Heaviest set</source>
            <translation>Série la plus lourde</translation>
        </message>
        <message>
            <source>Estimated 1RM</source>
            <translation>1RM estimé</translation>
        </message>
        <message>
            <source>Volume per workout</source>
            <translation>Volume par séance</translation>
        </message>
        <message>
            <source>Total reps</source>
            <translation>Rép. totales</translation>
        </message>
        <message>
            <source>Longest hold</source>
            <translation>Maintien le plus long</translation>
        </message>
        <message>
            <source>Minutes of activity</source>
            <translation>Minutes d'activité</translation>
        </message>
        <message>
            <source>The heaviest weight lifted in one set, per workout</source>
            <translation>La charge la plus lourde soulevée en une série, par séance</translation>
        </message>
        <message>
            <source>Estimated one-rep maximum (Epley: w × (1 + reps/30)), the best set per workout</source>
            <translation>Maximum estimé sur une répétition (Epley : w × (1 + rép./30)), la meilleure série par séance</translation>
        </message>
        <message>
            <source>Weight × reps summed over the workout's sets</source>
            <translation>Charge × rép., additionnées sur les séries de la séance</translation>
        </message>
        <message>
            <source>Reps summed over the workout's sets</source>
            <translation>Rép. additionnées sur les séries de la séance</translation>
        </message>
        <message>
            <source>The longest hold of the workout</source>
            <translation>Le maintien le plus long de la séance</translation>
        </message>
        <message>
            <source>Minutes of the activity, per workout</source>
            <translation>Minutes de l'activité, par séance</translation>
        </message>
        <message>
            <source>30 days</source>
            <translation>30 jours</translation>
        </message>
        <message>
            <source>3 months</source>
            <translation>3 mois</translation>
        </message>
        <message>
            <source>1 year</source>
            <translation>1 an</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tout</translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n rép.</numerusform>
                <numerusform>%n rép.</numerusform>
            </translation>
        </message>
        <message>
            <source>{reps} reps</source>
            <translation>{reps} rép.</translation>
        </message>
    </context>
    <context>
        <name>core.interchange.__init__</name>
        <message>
            <source>this looks like a {app} export, not {format}</source>
            <translation>cela ressemble à un export {app}, pas {format}</translation>
        </message>
        <message>
            <source>not UTF-8 text (byte {position})</source>
            <translation>pas du texte UTF-8 (octet {position})</translation>
        </message>
    </context>
    <context>
        <name>core.interchange.backline</name>
        <message>
            <source>expected an object</source>
            <translation>objet attendu</translation>
        </message>
        <message>
            <source>missing {key}</source>
            <translation>{key} manquant</translation>
        </message>
        <message>
            <source>expected a list</source>
            <translation>liste attendue</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>doit être du texte</translation>
        </message>
        <message>
            <source>holds a NUL character (U+0000)</source>
            <translation>contient un caractère NUL (U+0000)</translation>
        </message>
        <message>
            <source>{value} is not one of {choices}</source>
            <translation>{value} ne fait pas partie de {choices}</translation>
        </message>
        <message>
            <source>missing time</source>
            <translation>heure manquante</translation>
        </message>
        <message>
            <source>{value} is not an ISO 8601 time</source>
            <translation>{value} n'est pas une heure ISO 8601</translation>
        </message>
        <message>
            <source>{value} has no UTC offset</source>
            <translation>{value} n'a pas de décalage UTC</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>doit être un nombre entier</translation>
        </message>
        <message>
            <source>must be a list of texts</source>
            <translation>doit être une liste de textes</translation>
        </message>
        <message>
            <source>must hold at most {count} lines</source>
            <translation>doit contenir au plus {count} lignes</translation>
        </message>
        <message>
            <source>{value} is not a date</source>
            <translation>{value} n'est pas une date</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>doit être true ou false</translation>
        </message>
        <message>
            <source>must not be null</source>
            <translation>ne doit pas être null</translation>
        </message>
        <message>
            <source>not UTF-8 text</source>
            <translation>pas du texte UTF-8</translation>
        </message>
        <message>
            <source>not valid JSON ({reason})</source>
            <translation>JSON non valide ({reason})</translation>
        </message>
        <message>
            <source>not valid JSON (too deeply nested)</source>
            <translation>JSON non valide (imbrication trop profonde)</translation>
        </message>
        <message>
            <source>not valid JSON (a number too long)</source>
            <translation>JSON non valide (un nombre trop long)</translation>
        </message>
        <message>
            <source>unknown exercise {slug}</source>
            <translation>exercice inconnu {slug}</translation>
        </message>
        <message>
            <source>is only for hold and duration items</source>
            <translation>ne s'applique qu'aux éléments de maintien et de durée</translation>
        </message>
        <message>
            <source>is only for reps items</source>
            <translation>ne s'applique qu'aux éléments à répétitions</translation>
        </message>
        <message>
            <source>nests deeper than {count} levels</source>
            <translation>est imbriqué sur plus de {count} niveaux</translation>
        </message>
        <message>
            <source>is before the workout's started_at</source>
            <translation>est antérieur au started_at de la séance</translation>
        </message>
        <message>
            <source>holds no value</source>
            <translation>ne contient aucune valeur</translation>
        </message>
        <message>
            <source>no item {position} in the routine {routine}</source>
            <translation>aucun élément {position} dans la routine {routine}</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>est obligatoire</translation>
        </message>
        <message>
            <source>not a Backline export (format is not 'backline')</source>
            <translation>pas un export Backline (format n'est pas 'backline')</translation>
        </message>
        <message>
            <source>version {version} is newer than this app reads</source>
            <translation>la version {version} est plus récente que ce que cette application sait lire</translation>
        </message>
        <message>
            <source>a value the database refuses ({reason})</source>
            <translation>une valeur que la base de données refuse ({reason})</translation>
        </message>
    </context>
    <context>
        <name>core.interchange.common</name>
        <message>
            <source>line {line}: {reason}</source>
            <translation>ligne {line} : {reason}</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field} : {problem}</translation>
        </message>
        <message>
            <source>this {dialect} export does not say whether weights are kg or lb: choose the unit</source>
            <translation>cet export {dialect} n'indique pas si les poids sont en kg ou en lb : choisissez l'unité</translation>
        </message>
        <message numerus="yes">
            <source>{names} and %n more</source>
            <translation>
                <numerusform>{names} et %n autre</numerusform>
                <numerusform>{names} et %n autres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n exercise name(s) need a mapping: {names}</source>
            <translation>
                <numerusform>%n nom d'exercice doit être associé : {names}</numerusform>
                <numerusform>%n noms d'exercices doivent être associés : {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} is not a date and time</source>
            <translation>{value} n'est pas une date et heure</translation>
        </message>
        <message>
            <source>{value} is not a number</source>
            <translation>{value} n'est pas un nombre</translation>
        </message>
        <message>
            <source>reps</source>
            <translation>répétitions</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>doit être un nombre entier</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>durée</translation>
        </message>
        <message>
            <source>{value} is not a duration</source>
            <translation>{value} n'est pas une durée</translation>
        </message>
        <message>
            <source>{value} is longer than {length}</source>
            <translation>{value} dure plus de {length}</translation>
        </message>
        <message>
            <source>expected {expected} fields, found {found}</source>
            <translation>{expected} champs attendus, {found} trouvés</translation>
        </message>
        <message>
            <source>unreadable CSV ({reason})</source>
            <translation>CSV illisible ({reason})</translation>
        </message>
        <message>
            <source>{count} days</source>
            <translation>{count} jours</translation>
        </message>
        <message>
            <source>{count} h</source>
            <translation>{count} h</translation>
        </message>
        <message>
            <source>the start</source>
            <translation>début</translation>
        </message>
        <message>
            <source>is more than {length} after {start}</source>
            <translation>est plus de {length} après le {start}</translation>
        </message>
        <message>
            <source>is before {start}</source>
            <translation>est antérieur au {start}</translation>
        </message>
        <message>
            <source>must be at most {count} characters</source>
            <translation>doit comporter au plus {count} caractères</translation>
        </message>
        <message>
            <source>holds a control character (U+{code})</source>
            <translation>contient un caractère de contrôle (U+{code})</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>fichier introuvable</translation>
        </message>
        <message>
            <source>cannot be read</source>
            <translation>ne peut pas être lu</translation>
        </message>
        <message>
            <source>is a folder</source>
            <translation>est un dossier</translation>
        </message>
        <message>
            <source>is not a regular file</source>
            <translation>n'est pas un fichier ordinaire</translation>
        </message>
        <message>
            <source>the year {year} is not between {first} and {last}</source>
            <translation>l'année {year} n'est pas comprise entre {first} et {last}</translation>
        </message>
        <message>
            <source>exercise name</source>
            <translation>nom de l'exercice</translation>
        </message>
        <message>
            <source>workout name</source>
            <translation>nom de la séance</translation>
        </message>
        <message>
            <source>workout note</source>
            <translation>note de la séance</translation>
        </message>
        <message>
            <source>the workout ends before it starts</source>
            <translation>la séance se termine avant de commencer</translation>
        </message>
        <message>
            <source>the workout's end</source>
            <translation>fin de la séance</translation>
        </message>
        <message>
            <source>the workout's end is more than {length} after the start</source>
            <translation>la fin de la séance est plus de {length} après le début</translation>
        </message>
        <message>
            <source>the workout's end is before the start</source>
            <translation>la fin de la séance est antérieure au début</translation>
        </message>
    </context>
    <context>
        <name>core.interchange.detect</name>
        <message>
            <source>the file is empty or starts with a blank line</source>
            <translation>le fichier est vide ou commence par une ligne vide</translation>
        </message>
        <message>
            <source>this is a Backline JSON file, not a Strong or Hevy export: import it as JSON</source>
            <translation>ceci est un fichier JSON Backline, pas un export Strong ou Hevy : importez-le en JSON</translation>
        </message>
        <message>
            <source>not a Strong or Hevy export (the header names no known columns)</source>
            <translation>pas un export Strong ou Hevy (l'en-tête ne nomme aucune colonne connue)</translation>
        </message>
        <message>
            <source>unknown weight unit {unit}</source>
            <translation>unité de poids inconnue {unit}</translation>
        </message>
    </context>
    <context>
        <name>core.interchange.hevy</name>
        <message>
            <source>unknown month in {value}</source>
            <translation>mois inconnu dans {value}</translation>
        </message>
        <message>
            <source>{field} is empty</source>
            <translation>{field} est vide</translation>
        </message>
        <message>
            <source>{value} is more than {length} after start_time</source>
            <translation>{value} est plus de {length} après start_time</translation>
        </message>
        <message>
            <source>{value} is before start_time</source>
            <translation>{value} est antérieur à start_time</translation>
        </message>
        <message>
            <source>{value} is not a set type</source>
            <translation>{value} n'est pas un type de série</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>poids</translation>
        </message>
        <message>
            <source>distance</source>
            <translation>distance</translation>
        </message>
    </context>
    <context>
        <name>core.interchange.strong</name>
        <message>
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <source>{value} is unknown</source>
            <translation>{value} est inconnue</translation>
        </message>
        <message>
            <source>unknown distance unit {unit}</source>
            <translation>unité de distance inconnue {unit}</translation>
        </message>
        <message>
            <source>set order</source>
            <translation>ordre des séries</translation>
        </message>
        <message>
            <source>{value} is not a set</source>
            <translation>{value} n'est pas une série</translation>
        </message>
        <message>
            <source>exercise name is empty</source>
            <translation>le nom de l'exercice est vide</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>poids</translation>
        </message>
        <message>
            <source>weight unit</source>
            <translation>unité de poids</translation>
        </message>
        <message>
            <source>RPE</source>
            <translation>RPE</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>secondes</translation>
        </message>
        <message>
            <source>distance</source>
            <translation>distance</translation>
        </message>
        <message>
            <source>distance unit</source>
            <translation>unité de distance</translation>
        </message>
    </context>
    <context>
        <name>core.interchange.writer</name>
        <message>
            <source>{name} is mapped to {slug}, which is not an exercise</source>
            <translation>{name} est associé à {slug}, qui n'est pas un exercice</translation>
        </message>
    </context>
    <context>
        <name>core.library.custom</name>
        <message>
            <source>must be one of {choices}</source>
            <translation>doit être l'une de ces valeurs : {choices}</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>est obligatoire</translation>
        </message>
        <message>
            <source>is required for reps</source>
            <translation>est obligatoire en mode répétitions</translation>
        </message>
        <message>
            <source>is required for hold</source>
            <translation>est obligatoire en mode maintien</translation>
        </message>
        <message>
            <source>is required for duration</source>
            <translation>est obligatoire en mode durée</translation>
        </message>
        <message>
            <source>must be at most {count} lines</source>
            <translation>doit compter au plus {count} lignes</translation>
        </message>
        <message>
            <source>is already used by another exercise</source>
            <translation>est déjà utilisé par un autre exercice</translation>
        </message>
        <message>
            <source>must be yes or no</source>
            <translation>doit être oui ou non</translation>
        </message>
        <message>
            <source>is required when most reps is given</source>
            <translation>est obligatoire si le nombre maximal de répétitions est indiqué</translation>
        </message>
        <message>
            <source>must be at least the fewest reps ({low})</source>
            <translation>doit être au moins le nombre minimal de répétitions ({low})</translation>
        </message>
        <message>
            <source>is required when the other sessions-a-week field is given</source>
            <translation>est obligatoire si l'autre champ de séances par semaine est rempli</translation>
        </message>
        <message>
            <source>must be at least {low}</source>
            <translation>doit être au moins {low}</translation>
        </message>
        <message>
            <source>“{muscle}” is not one of {choices}</source>
            <translation>« {muscle} » ne fait pas partie de ces valeurs : {choices}</translation>
        </message>
        <message>
            <source>needs two or more positions, or none</source>
            <translation>nécessite au moins deux positions, ou aucune</translation>
        </message>
        <message>
            <source>there is no exercise “{slug}”</source>
            <translation>il n'y a pas d'exercice « {slug} »</translation>
        </message>
        <message>
            <source>My {name}</source>
            <translation>{name} (ma copie)</translation>
        </message>
        <message>
            <source>Copy of {name}</source>
            <translation>Copie de {name}</translation>
        </message>
        <message>
            <source>“{name}” is ready-made and cannot be archived</source>
            <translation>« {name} » est prédéfini et ne peut pas être archivé</translation>
        </message>
        <message>
            <source>“{name}” is ready-made and cannot be merged away</source>
            <translation>« {name} » est prédéfini et ne peut pas être fusionné</translation>
        </message>
        <message>
            <source>an exercise cannot be merged into itself</source>
            <translation>un exercice ne peut pas être fusionné avec lui-même</translation>
        </message>
    </context>
    <context>
        <name>core.library.schema</name>
        <message>
            <source>must be a list of names</source>
            <translation>doit être une liste de noms</translation>
        </message>
        <message>
            <source>are only for hold exercises</source>
            <translation>ne concernent que les exercices en maintien</translation>
        </message>
        <message>
            <source>at most {most} positions, got {count}</source>
            <translation>au plus {most} positions, {count} indiquées</translation>
        </message>
        <message>
            <source>position {number} is not a name</source>
            <translation>la position {number} n'est pas un nom</translation>
        </message>
        <message>
            <source>position {number} is empty</source>
            <translation>la position {number} est vide</translation>
        </message>
        <message>
            <source>position {number} ({name}) has spaces around it</source>
            <translation>la position {number} ({name}) est entourée d'espaces</translation>
        </message>
        <message>
            <source>position {number} is longer than {most} characters</source>
            <translation>la position {number} dépasse {most} caractères</translation>
        </message>
        <message>
            <source>position {name} is given twice</source>
            <translation>la position {name} est indiquée deux fois</translation>
        </message>
    </context>
    <context>
        <name>core.routines.service</name>
        <message>
            <source>routine {id} does not exist</source>
            <translation>la routine {id} n'existe pas</translation>
        </message>
        <message>
            <source>is already used by another routine</source>
            <translation>est déjà utilisé par une autre routine</translation>
        </message>
        <message>
            <source>“{name}” is ready-made and cannot be renamed</source>
            <translation>« {name} » est prédéfinie et ne peut pas être renommée</translation>
        </message>
        <message>
            <source>“{name}” is ready-made and cannot be deleted</source>
            <translation>« {name} » est prédéfinie et ne peut pas être supprimée</translation>
        </message>
        <message>
            <source>“{exercise}” is not in the library</source>
            <translation>« {exercise} » n'est pas dans la bibliothèque</translation>
        </message>
        <message>
            <source>My {name}</source>
            <translation>{name} (ma copie)</translation>
        </message>
        <message>
            <source>there is no ready-made routine {key}</source>
            <translation>il n'y a pas de routine prédéfinie {key}</translation>
        </message>
    </context>
    <context>
        <name>core.routines.text</name>
        <message>
            <source>{prescription}, as long as you can</source>
            <translation>{prescription}, aussi longtemps que possible</translation>
        </message>
        <message>
            <source>{prescription}, steps of {weight}</source>
            <translation>{prescription}, par paliers de {weight}</translation>
        </message>
        <message>
            <source>no weekly target</source>
            <translation>pas d'objectif hebdomadaire</translation>
        </message>
        <message>
            <source>daily{mark}</source>
            <translation>tous les jours{mark}</translation>
        </message>
        <message numerus="yes">
            <source>%n{mark} time(s) a week</source>
            <translation>
                <numerusform>%n{mark} fois par semaine</numerusform>
                <numerusform>%n{mark} fois par semaine</numerusform>
            </translation>
        </message>
        <message>
            <source>{low}-{high}{mark} times a week</source>
            <translation>{low}-{high}{mark} fois par semaine</translation>
        </message>
        <message>
            <source>ready-made, from the article “{title}”</source>
            <translation>prédéfinie, d'après l'article « {title} »</translation>
        </message>
        <message>
            <source>ready-made</source>
            <translation>prédéfinie</translation>
        </message>
        <message>
            <source>your own, from the article “{title}”</source>
            <translation>la vôtre, d'après l'article « {title} »</translation>
        </message>
        <message>
            <source>your own</source>
            <translation>la vôtre</translation>
        </message>
        <message numerus="yes">
            <source>Circuit {circuit}, %n round(s):</source>
            <translation>
                <numerusform>Circuit {circuit}, %n tour :</numerusform>
                <numerusform>Circuit {circuit}, %n tours :</numerusform>
            </translation>
        </message>
        <message>
            <source>(* our default: the article does not give this value)</source>
            <translation>(* notre valeur par défaut : l'article ne donne pas cette valeur)</translation>
        </message>
    </context>
    <context>
        <name>core.routines.validation</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Sessions a week (min)</source>
            <translation>Séances par semaine (min)</translation>
        </message>
        <message>
            <source>Sessions a week (max)</source>
            <translation>Séances par semaine (max)</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Exercice</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>Sets</source>
            <translation>Séries</translation>
        </message>
        <message>
            <source>Reps (min)</source>
            <translation>Rép. (min)</translation>
        </message>
        <message>
            <source>Reps (max)</source>
            <translation>Rép. (max)</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Maintien</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Per side</source>
            <translation>Par côté</translation>
        </message>
        <message>
            <source>Rest between sets</source>
            <translation>Repos entre les séries</translation>
        </message>
        <message>
            <source>Rest after</source>
            <translation>Repos après</translation>
        </message>
        <message>
            <source>Target weight</source>
            <translation>Charge cible</translation>
        </message>
        <message>
            <source>Weight step</source>
            <translation>Palier de charge</translation>
        </message>
        <message>
            <source>As long as you can</source>
            <translation>Aussi longtemps que possible</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Circuit</source>
            <translation>Circuit</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Tours</translation>
        </message>
        <message>
            <source>{field} {problem}</source>
            <translation>{field} {problem}</translation>
        </message>
        <message>
            <source>Item {number}: {field} {problem}</source>
            <translation>Élément {number} : {field} {problem}</translation>
        </message>
        <message>
            <source>({low}) is more than the max ({high})</source>
            <translation>({low}) dépasse le maximum ({high})</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>ne doit pas être vide</translation>
        </message>
        <message>
            <source>must be at most {count} characters</source>
            <translation>doit faire au plus {count} caractères</translation>
        </message>
        <message>
            <source>is required in reps mode</source>
            <translation>est obligatoire en mode répétitions</translation>
        </message>
        <message>
            <source>is required in hold mode</source>
            <translation>est obligatoire en mode maintien</translation>
        </message>
        <message>
            <source>is required in duration mode</source>
            <translation>est obligatoire en mode durée</translation>
        </message>
        <message>
            <source>is required in {mode} mode</source>
            <translation>est obligatoire en mode {mode}</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>est obligatoire</translation>
        </message>
        <message>
            <source>must be given with the other end of the range</source>
            <translation>doit être indiqué avec l'autre borne de la plage</translation>
        </message>
        <message>
            <source>must be one of {choices}</source>
            <translation>doit être l'une de ces valeurs : {choices}</translation>
        </message>
        <message>
            <source>is required when a max is given</source>
            <translation>est obligatoire si un maximum est indiqué</translation>
        </message>
        <message>
            <source>is only for hold and duration items</source>
            <translation>ne concerne que les éléments en maintien ou en durée</translation>
        </message>
        <message>
            <source>is only for reps items</source>
            <translation>ne concerne que les éléments en répétitions</translation>
        </message>
        <message>
            <source>is only for items in a circuit</source>
            <translation>ne concerne que les éléments d'un circuit</translation>
        </message>
        <message>
            <source>{circuit}: its items must be next to each other</source>
            <translation>{circuit} : ses éléments doivent se suivre</translation>
        </message>
        <message>
            <source>is required in a circuit</source>
            <translation>est obligatoire dans un circuit</translation>
        </message>
        <message>
            <source>({rounds}) differs from the circuit's {expected}</source>
            <translation>({rounds}) diffère des {expected} du circuit</translation>
        </message>
    </context>
    <context>
        <name>core.store.backups</name>
        <message>
            <source>{path} does not exist</source>
            <translation>{path} n'existe pas</translation>
        </message>
        <message>
            <source>the file is empty: no database was written to it yet</source>
            <translation>le fichier est vide : aucune base de données n'y a encore été écrite</translation>
        </message>
        <message>
            <source>cannot open: {reason}</source>
            <translation>impossible d'ouvrir : {reason}</translation>
        </message>
        <message>
            <source>the database is damaged: {reason}</source>
            <translation>la base de données est endommagée : {reason}</translation>
        </message>
        <message>
            <source>row {row} of {table} points to a missing {parent}</source>
            <translation>la ligne {row} de {table} pointe vers un élément manquant de {parent}</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>{path}: no such file</source>
            <translation>{path} : fichier introuvable</translation>
        </message>
        <message>
            <source>it is not a Backline database</source>
            <translation>ce n'est pas une base de données Backline</translation>
        </message>
        <message>
            <source>{name} is not a usable backup: {reason}</source>
            <translation>{name} n'est pas une sauvegarde utilisable : {reason}</translation>
        </message>
        <message>
            <source>cannot restore over {path}: {reason}</source>
            <translation>impossible de restaurer par-dessus {path} : {reason}</translation>
        </message>
        <message>
            <source>{name} is the database itself; choose a backup</source>
            <translation>{name} est la base de données elle-même ; choisissez une sauvegarde</translation>
        </message>
        <message>
            <source>cannot restore to {path}: no such folder</source>
            <translation>impossible de restaurer vers {path} : dossier introuvable</translation>
        </message>
        <message>
            <source>cannot restore over {path}: the file or its folder is read-only</source>
            <translation>impossible de restaurer par-dessus {path} : le fichier ou son dossier est en lecture seule</translation>
        </message>
        <message>
            <source>the copy of {name} is not sound: {reason}</source>
            <translation>la copie de {name} n'est pas intacte : {reason}</translation>
        </message>
        <message>
            <source>{name} changed while it was copied; try again</source>
            <translation>{name} a changé pendant la copie ; réessayez</translation>
        </message>
        <message>
            <source>{name} is not a restore journal Backline can read; move it away once you have checked the database</source>
            <translation>{name} n'est pas un journal de restauration que Backline sait lire ; déplacez-le une fois la base de données vérifiée</translation>
        </message>
        <message>
            <source>a restore of {name} was interrupted after the backup was in place; it is finished, and the previous database is kept as {kept}</source>
            <translation>une restauration de {name} a été interrompue alors que la sauvegarde était déjà en place ; elle est terminée, et l'ancienne base de données est conservée sous {kept}</translation>
        </message>
        <message>
            <source>a restore of {name} was interrupted after the backup was in place; it is finished</source>
            <translation>une restauration de {name} a été interrompue alors que la sauvegarde était déjà en place ; elle est terminée</translation>
        </message>
        <message>
            <source>a restore of {name} was interrupted; the previous database is back</source>
            <translation>une restauration de {name} a été interrompue ; l'ancienne base de données est de retour</translation>
        </message>
        <message>
            <source>a restore of {name} was interrupted before the backup was in place; it was undone and the database is as it was (restore again to replace it)</source>
            <translation>une restauration de {name} a été interrompue avant que la sauvegarde soit en place ; elle a été annulée et la base de données est inchangée (restaurez à nouveau pour la remplacer)</translation>
        </message>
    </context>
    <context>
        <name>core.store.claims</name>
        <message>
            <source>this workout is open on another machine; finish or close it there to go on here</source>
            <translation>cette séance est ouverte sur un autre ordinateur ; terminez-la ou fermez-la là-bas pour continuer ici</translation>
        </message>
    </context>
    <context>
        <name>core.store.db</name>
        <message>
            <source>this is a PostgreSQL database, not a file</source>
            <translation>c'est une base de données PostgreSQL, pas un fichier</translation>
        </message>
        <message>
            <source>no such database file</source>
            <translation>fichier de base de données introuvable</translation>
        </message>
        <message>
            <source>the copy could not leave WAL mode</source>
            <translation>la copie n'a pas pu quitter le mode WAL</translation>
        </message>
        <message>
            <source>a folder</source>
            <translation>un dossier</translation>
        </message>
        <message>
            <source>a FIFO (named pipe)</source>
            <translation>un FIFO (tube nommé)</translation>
        </message>
        <message>
            <source>a device</source>
            <translation>un périphérique</translation>
        </message>
        <message>
            <source>a socket</source>
            <translation>un socket</translation>
        </message>
        <message>
            <source>not a regular file</source>
            <translation>un fichier spécial</translation>
        </message>
        <message>
            <source>this is a link to {target}, which does not exist</source>
            <translation>c'est un lien vers {target}, qui n'existe pas</translation>
        </message>
        <message>
            <source>the file cannot be reached (permission denied)</source>
            <translation>le fichier est inaccessible (permission refusée)</translation>
        </message>
        <message>
            <source>this path cannot be used ({reason})</source>
            <translation>ce chemin ne peut pas être utilisé ({reason})</translation>
        </message>
        <message>
            <source>this is a folder, not a database file</source>
            <translation>c'est un dossier, pas un fichier de base de données</translation>
        </message>
        <message>
            <source>this is {kind}, not a database file</source>
            <translation>c'est {kind}, pas un fichier de base de données</translation>
        </message>
        <message>
            <source>its {name} is {kind}, not a file SQLite can use</source>
            <translation>son {name} est {kind}, pas un fichier utilisable par SQLite</translation>
        </message>
        <message>
            <source>its -wal cannot be read ({reason})</source>
            <translation>son fichier -wal ne peut pas être lu ({reason})</translation>
        </message>
        <message>
            <source>its -wal is not valid and SQLite would discard it, but no copy could be kept ({reason}); nothing was changed</source>
            <translation>son fichier -wal n'est pas valide et SQLite l'ignorerait, mais aucune copie n'a pu être conservée ({reason}) ; rien n'a été modifié</translation>
        </message>
        <message>
            <source>this SQLite file is not a Backline database (unreadable alembic_version)</source>
            <translation>ce fichier SQLite n'est pas une base de données Backline (alembic_version illisible)</translation>
        </message>
        <message>
            <source>this SQLite file is not a Backline database (several schema revisions)</source>
            <translation>ce fichier SQLite n'est pas une base de données Backline (plusieurs révisions de schéma)</translation>
        </message>
        <message>
            <source>this SQLite file is not a Backline database (it holds {names})</source>
            <translation>ce fichier SQLite n'est pas une base de données Backline (il contient {names})</translation>
        </message>
        <message>
            <source>this SQLite file is not a Backline database (another program's schema, revision {revision})</source>
            <translation>ce fichier SQLite n'est pas une base de données Backline (schéma d'un autre programme, révision {revision})</translation>
        </message>
        <message>
            <source>this SQLite file is not a Backline database (it also holds {name}, which Backline does not make)</source>
            <translation>ce fichier SQLite n'est pas une base de données Backline (il contient aussi {name}, que Backline ne crée pas)</translation>
        </message>
        <message>
            <source>this SQLite file is not a Backline database (no table {table})</source>
            <translation>ce fichier SQLite n'est pas une base de données Backline (pas de table {table})</translation>
        </message>
        <message>
            <source>this SQLite file is not a Backline database (table {table} has no column {column})</source>
            <translation>ce fichier SQLite n'est pas une base de données Backline (la table {table} n'a pas de colonne {column})</translation>
        </message>
        <message>
            <source>this SQLite file is not a Backline database at schema {revision} (table {table} has a column {column} that schema does not)</source>
            <translation>ce fichier SQLite n'est pas une base de données Backline au schéma {revision} (la table {table} a une colonne {column} que ce schéma n'a pas)</translation>
        </message>
        <message>
            <source>the database was written by a newer version of Backline (schema {revision}); update the app to open it</source>
            <translation>la base de données a été écrite par une version plus récente de Backline (schéma {revision}) ; mettez l'application à jour pour l'ouvrir</translation>
        </message>
        <message>
            <source>the database is damaged ({reason})</source>
            <translation>la base de données est endommagée ({reason})</translation>
        </message>
        <message>
            <source>the file cannot be read (permission denied)</source>
            <translation>le fichier ne peut pas être lu (permission refusée)</translation>
        </message>
        <message>
            <source>the file cannot be read ({reason})</source>
            <translation>le fichier ne peut pas être lu ({reason})</translation>
        </message>
        <message>
            <source>this file is not a Backline database (not SQLite)</source>
            <translation>ce fichier n'est pas une base de données Backline (pas SQLite)</translation>
        </message>
        <message>
            <source>the database file is truncated</source>
            <translation>le fichier de base de données est tronqué</translation>
        </message>
        <message>
            <source>the database cannot be opened ({reason})</source>
            <translation>la base de données ne peut pas être ouverte ({reason})</translation>
        </message>
        <message>
            <source>another program is using the database</source>
            <translation>un autre programme utilise la base de données</translation>
        </message>
        <message>
            <source>its folder is read-only and it has a -wal, so it cannot be read safely</source>
            <translation>son dossier est en lecture seule et elle a un fichier -wal : elle ne peut donc pas être lue sans risque</translation>
        </message>
        <message>
            <source>the database cannot be read ({reason})</source>
            <translation>la base de données ne peut pas être lue ({reason})</translation>
        </message>
        <message>
            <source>the folder is not writable, so a database cannot be created there</source>
            <translation>le dossier n'est pas accessible en écriture : impossible d'y créer une base de données</translation>
        </message>
        <message>
            <source>the database file or its folder is read-only</source>
            <translation>le fichier de base de données ou son dossier est en lecture seule</translation>
        </message>
        <message>
            <source>{name}-wal was not a valid write-ahead log for this database, so SQLite ignores it; a copy was kept as {kept}</source>
            <translation>{name}-wal n'était pas un journal d'écriture anticipée valide pour cette base de données, SQLite l'ignore donc ; une copie a été conservée sous {kept}</translation>
        </message>
        <message>
            <source>another program is writing to the database</source>
            <translation>un autre programme écrit dans la base de données</translation>
        </message>
        <message>
            <source>the database file is read-only</source>
            <translation>le fichier de base de données est en lecture seule</translation>
        </message>
        <message>
            <source>the database cannot be written ({reason})</source>
            <translation>impossible d'écrire dans la base de données ({reason})</translation>
        </message>
        <message>
            <source>the server went away while migrating: {reason}</source>
            <translation>le serveur s'est déconnecté pendant la migration : {reason}</translation>
        </message>
        <message>
            <source>its folder cannot be created ({reason})</source>
            <translation>son dossier ne peut pas être créé ({reason})</translation>
        </message>
    </context>
    <context>
        <name>core.store.location</name>
        <message>
            <source>SQLite file {path}</source>
            <translation>fichier SQLite {path}</translation>
        </message>
        <message>
            <source>local socket</source>
            <translation>socket local</translation>
        </message>
        <message>
            <source>PostgreSQL {name} on {host} ({user})</source>
            <translation>PostgreSQL {name} sur {host} ({user})</translation>
        </message>
        <message>
            <source>PostgreSQL {name} on {host}</source>
            <translation>PostgreSQL {name} sur {host}</translation>
        </message>
        <message>
            <source>{url}: more than one '@' before the host (write an '@' in a name as %40, and leave the password out: {places})</source>
            <translation>{url} : plus d'un '@' avant l'hôte (écrivez un '@' dans un nom sous la forme %40, et omettez le mot de passe : {places})</translation>
        </message>
        <message>
            <source>{url}: a sqlite URL needs a file (sqlite:///path/to/file.db)</source>
            <translation>{url} : une URL sqlite a besoin d'un fichier (sqlite:///path/to/file.db)</translation>
        </message>
        <message>
            <source>{url}: not a database Backline can use (a SQLite path, or postgresql+psycopg://user@host/dbname)</source>
            <translation>{url} : pas une base de données utilisable par Backline (un chemin SQLite, ou postgresql+psycopg://user@host/dbname)</translation>
        </message>
        <message>
            <source>{url}: the URL names no database (…/dbname at its end)</source>
            <translation>{url} : l'URL ne nomme aucune base de données (…/dbname à la fin)</translation>
        </message>
        <message>
            <source>{url}: not a URL SQLAlchemy can read</source>
            <translation>{url} : pas une URL lisible par SQLAlchemy</translation>
        </message>
        <message>
            <source>{name}: spaces at the start or end of a database's name</source>
            <translation>{name} : espaces au début ou à la fin du nom de la base de données</translation>
        </message>
        <message>
            <source>:memory:: the log must be kept in a file (give a path)</source>
            <translation>:memory: : le journal doit être conservé dans un fichier (indiquez un chemin)</translation>
        </message>
        <message>
            <source>{url}: looks like a mistyped URL (postgresql+psycopg://user@host/dbname, or sqlite:///path/to/file.db)</source>
            <translation>{url} : ressemble à une URL mal saisie (postgresql+psycopg://user@host/dbname, ou sqlite:///path/to/file.db)</translation>
        </message>
        <message>
            <source>~/.pgpass, a libpq service file or PGPASSWORD</source>
            <translation>~/.pgpass, un fichier de service libpq ou PGPASSWORD</translation>
        </message>
        <message>
            <source>not UTF-8 text</source>
            <translation>pas du texte UTF-8</translation>
        </message>
        <message>
            <source>{path}: the saved database choice cannot be read ({reason})</source>
            <translation>{path} : le choix de base de données enregistré ne peut pas être lu ({reason})</translation>
        </message>
        <message>
            <source>{path}: not a saved database choice (delete the file to use the local database)</source>
            <translation>{path} : pas un choix de base de données enregistré (supprimez le fichier pour utiliser la base de données locale)</translation>
        </message>
        <message>
            <source>{url}: leave the password out of the URL; put it in {places}</source>
            <translation>{url} : retirez le mot de passe de l'URL ; mettez-le dans {places}</translation>
        </message>
    </context>
    <context>
        <name>core.store.lock</name>
        <message>
            <source>Backline is open with this database (pid {pid}); close it first</source>
            <translation>Backline est ouvert avec cette base de données (pid {pid}) ; fermez-le d'abord</translation>
        </message>
        <message>
            <source>Backline is open with this database; close it first</source>
            <translation>Backline est ouvert avec cette base de données ; fermez-le d'abord</translation>
        </message>
        <message>
            <source>the lock file {name} cannot be used ({reason})</source>
            <translation>le fichier de verrou {name} ne peut pas être utilisé ({reason})</translation>
        </message>
        <message>
            <source>the lock file {name} is not a regular file</source>
            <translation>le fichier de verrou {name} n'est pas un fichier ordinaire</translation>
        </message>
        <message>
            <source>the lock cannot be taken ({reason})</source>
            <translation>le verrou ne peut pas être pris ({reason})</translation>
        </message>
    </context>
    <context>
        <name>core.store.outputs</name>
        <message>
            <source>disk full</source>
            <translation>disque plein</translation>
        </message>
        <message>
            <source>disk quota exceeded</source>
            <translation>quota de disque dépassé</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>permission refusée</translation>
        </message>
        <message>
            <source>read-only file system</source>
            <translation>système de fichiers en lecture seule</translation>
        </message>
        <message>
            <source>no such folder</source>
            <translation>dossier introuvable</translation>
        </message>
        <message>
            <source>a part of the path is not a folder</source>
            <translation>une partie du chemin n'est pas un dossier</translation>
        </message>
        <message>
            <source>this is a folder</source>
            <translation>c'est un dossier</translation>
        </message>
        <message>
            <source>the name is too long</source>
            <translation>le nom est trop long</translation>
        </message>
        <message>
            <source>input/output error</source>
            <translation>erreur d'entrée/sortie</translation>
        </message>
        <message>
            <source>the file cannot be created there</source>
            <translation>le fichier ne peut pas être créé à cet endroit</translation>
        </message>
        <message>
            <source>the path cannot be followed ({reason})</source>
            <translation>le chemin ne peut pas être suivi ({reason})</translation>
        </message>
        <message>
            <source>this is the open database (or its -wal/-shm or lock file); choose another file</source>
            <translation>c'est la base de données ouverte (ou son fichier -wal/-shm ou de verrou) ; choisissez un autre fichier</translation>
        </message>
        <message>
            <source>this is a folder; give a file name</source>
            <translation>c'est un dossier ; indiquez un nom de fichier</translation>
        </message>
        <message>
            <source>this is not a regular file</source>
            <translation>ce n'est pas un fichier ordinaire</translation>
        </message>
        <message>
            <source>the file already exists (use --force to replace it)</source>
            <translation>le fichier existe déjà (utilisez --force pour le remplacer)</translation>
        </message>
        <message>
            <source>not in a folder</source>
            <translation>pas dans un dossier</translation>
        </message>
        <message>
            <source>no file can be created there</source>
            <translation>aucun fichier ne peut être créé à cet endroit</translation>
        </message>
    </context>
    <context>
        <name>core.store.postgres</name>
        <message>
            <source>psycopg is not installed (pip install 'backline[postgres]')</source>
            <translation>psycopg n'est pas installé (pip install 'backline[postgres]')</translation>
        </message>
        <message>
            <source>this database is not a Backline database (several revisions)</source>
            <translation>cette base de données n'est pas une base Backline (plusieurs révisions)</translation>
        </message>
        <message>
            <source>the server cannot be reached: {reason}</source>
            <translation>le serveur est injoignable : {reason}</translation>
        </message>
        <message>
            <source>the database cannot be read: {reason}</source>
            <translation>la base de données ne peut pas être lue : {reason}</translation>
        </message>
        <message>
            <source>this database is not a Backline database (it holds {names})</source>
            <translation>cette base de données n'est pas une base Backline (elle contient {names})</translation>
        </message>
        <message>
            <source>this database is not a Backline database (revision {revision})</source>
            <translation>cette base de données n'est pas une base Backline (révision {revision})</translation>
        </message>
        <message>
            <source>this database is not a Backline database (it also holds {name}, which Backline does not make)</source>
            <translation>cette base de données n'est pas une base Backline (elle contient aussi {name}, que Backline ne crée pas)</translation>
        </message>
        <message>
            <source>this is not a Backline database (no table {table})</source>
            <translation>ce n'est pas une base de données Backline (pas de table {table})</translation>
        </message>
        <message>
            <source>this is not a Backline database (table {table} has no column {column})</source>
            <translation>ce n'est pas une base de données Backline (la table {table} n'a pas de colonne {column})</translation>
        </message>
        <message>
            <source>this is not a Backline database at schema {revision} (table {table} has a column {column} that schema does not)</source>
            <translation>ce n'est pas une base de données Backline au schéma {revision} (la table {table} a une colonne {column} que ce schéma n'a pas)</translation>
        </message>
    </context>
    <context>
        <name>core.store.settings</name>
        <message>
            <source>{choices} or {choice}</source>
            <translation>{choices} ou {choice}</translation>
        </message>
        <message>
            <source>must be {choices}</source>
            <translation>doit être {choices}</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>doit être true ou false</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>doit être du texte</translation>
        </message>
    </context>
    <context>
        <name>core.units</name>
        <message>
            <source>unknown weight unit {unit}</source>
            <translation>unité de poids inconnue {unit}</translation>
        </message>
        <message>
            <source>unknown length unit {unit}</source>
            <translation>unité de longueur inconnue {unit}</translation>
        </message>
    </context>
    <context>
        <name>core.version</name>
        <message>
            <source>{version} (not installed: run `pip install .`)</source>
            <translation>{version} (non installé : lancez `pip install .`)</translation>
        </message>
    </context>
    <context>
        <name>core.workout.log</name>
        <message>
            <source>(L)</source>
            <translation>(G)</translation>
        </message>
        <message>
            <source>(R)</source>
            <translation>(D)</translation>
        </message>
        <message>
            <source>enter the reps done or the seconds held</source>
            <translation>saisissez les répétitions faites ou les secondes tenues</translation>
        </message>
        <message>
            <source>must be left, right or none</source>
            <translation>doit être left, right ou vide</translation>
        </message>
        <message>
            <source>must be 1 or more</source>
            <translation>doit être 1 ou plus</translation>
        </message>
        <message>
            <source>must be one of {choices}</source>
            <translation>doit être l'une de ces valeurs : {choices}</translation>
        </message>
        <message>
            <source>Weekly target met: {done} of {span} sessions this week; up to {more} more if you like.</source>
            <translation>Objectif hebdomadaire atteint : {done} sur {span} séances cette semaine ; jusqu'à {more} de plus si vous le souhaitez.</translation>
        </message>
        <message>
            <source>Weekly target met: {done} of {span} sessions this week.</source>
            <translation>Objectif hebdomadaire atteint : {done} sur {span} séances cette semaine.</translation>
        </message>
        <message>
            <source>{done} of {span} sessions of {routine} this week: {left} more to go.</source>
            <translation>{done} sur {span} séances de {routine} cette semaine : encore {left}.</translation>
        </message>
    </context>
    <context>
        <name>core.workout.plan</name>
        <message>
            <source>Workout</source>
            <translation>Séance</translation>
        </message>
        <message>
            <source>no exercises yet</source>
            <translation>aucun exercice pour l'instant</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s)</source>
            <translation>
                <numerusform>%n exercice</numerusform>
                <numerusform>%n exercices</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>core.workout.player</name>
        <message>
            <source>Set done</source>
            <translation>Série terminée</translation>
        </message>
        <message>
            <source>Halfway</source>
            <translation>À mi-chemin</translation>
        </message>
    </context>
    <context>
        <name>core.workout.run</name>
        <message>
            <source>there is no set to confirm now</source>
            <translation>aucune série à confirmer pour l'instant</translation>
        </message>
    </context>
    <context>
        <name>core.workout.speech</name>
        <message>
            <source>three</source>
            <translation>trois</translation>
        </message>
        <message>
            <source>two</source>
            <translation>deux</translation>
        </message>
        <message>
            <source>one</source>
            <translation>un</translation>
        </message>
        <message>
            <source>Halfway</source>
            <translation>À mi-chemin</translation>
        </message>
        <message>
            <source>Workout complete</source>
            <translation>Séance terminée</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>Relâchez</translation>
        </message>
        <message>
            <source>Get ready. First: {name}</source>
            <translation>Préparez-vous. D'abord : {name}</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Préparez-vous</translation>
        </message>
        <message>
            <source>Switch sides: {side}</source>
            <translation>Changez de côté : {side}</translation>
        </message>
        <message>
            <source>Switch sides</source>
            <translation>Changez de côté</translation>
        </message>
        <message>
            <source>Rest, {time}. Next: {name}</source>
            <translation>Repos, {time}. Ensuite : {name}</translation>
        </message>
        <message>
            <source>Rest, {time}</source>
            <translation>Repos, {time}</translation>
        </message>
        <message>
            <source>Next: {name}</source>
            <translation>Ensuite : {name}</translation>
        </message>
        <message>
            <source>round {number} of {total}</source>
            <translation>tour {number} sur {total}</translation>
        </message>
        <message>
            <source>set {number} of {total}</source>
            <translation>série {number} sur {total}</translation>
        </message>
        <message>
            <source>rep {number} of {total}</source>
            <translation>répétition {number} sur {total}</translation>
        </message>
        <message>
            <source>{name}, left side</source>
            <translation>{name}, côté gauche</translation>
        </message>
        <message>
            <source>{name}, right side</source>
            <translation>{name}, côté droit</translation>
        </message>
        <message>
            <source>{position}, hold {target}</source>
            <translation>{position}, maintenez {target}</translation>
        </message>
        <message>
            <source>{position}, hold</source>
            <translation>{position}, maintenez</translation>
        </message>
        <message>
            <source>hold {target}</source>
            <translation>maintenez {target}</translation>
        </message>
        <message>
            <source>hold</source>
            <translation>maintenez</translation>
        </message>
    </context>
    <context>
        <name>core.workout.steps</name>
        <message>
            <source>left</source>
            <translation>gauche</translation>
        </message>
        <message>
            <source>right</source>
            <translation>droite</translation>
        </message>
        <message>
            <source>Get ready — {name}</source>
            <translation>Préparez-vous — {name}</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Préparez-vous</translation>
        </message>
        <message>
            <source>Workout complete</source>
            <translation>Séance terminée</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>Repos</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>Relâchez</translation>
        </message>
        <message>
            <source>Switch sides — {side}</source>
            <translation>Changez de côté — {side}</translation>
        </message>
        <message>
            <source>Switch sides</source>
            <translation>Changez de côté</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Maintenez</translation>
        </message>
        <message>
            <source>Hold: {position} {number} of {total}</source>
            <translation>Maintenez : {position} {number} sur {total}</translation>
        </message>
        <message>
            <source>round {number} of {total}</source>
            <translation>tour {number} sur {total}</translation>
        </message>
        <message>
            <source>set {number} of {total}</source>
            <translation>série {number} sur {total}</translation>
        </message>
        <message>
            <source>rep {number} of {total}</source>
            <translation>répétition {number} sur {total}</translation>
        </message>
        <message>
            <source>{minutes} minutes</source>
            <translation>{minutes} minutes</translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n seconde</numerusform>
                <numerusform>%n secondes</numerusform>
            </translation>
        </message>
        <message>
            <source>as long as you can, at least {time}</source>
            <translation>aussi longtemps que possible, au moins {time}</translation>
        </message>
        <message>
            <source>as long as you can</source>
            <translation>aussi longtemps que possible</translation>
        </message>
        <message>
            <source>{low} to {high} reps</source>
            <translation>{low} à {high} répétitions</translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n répétition</numerusform>
                <numerusform>%n répétitions</numerusform>
            </translation>
        </message>
        <message>
            <source>Get ready. First: {name}</source>
            <translation>Préparez-vous. D'abord : {name}</translation>
        </message>
        <message>
            <source>Rest, {time}. Next: {name}</source>
            <translation>Repos, {time}. Ensuite : {name}</translation>
        </message>
        <message>
            <source>Rest, {time}</source>
            <translation>Repos, {time}</translation>
        </message>
        <message>
            <source>Switch sides: {side}</source>
            <translation>Changez de côté : {side}</translation>
        </message>
    </context>
    <context>
        <name>ui.app</name>
        <message>
            <source>Something went wrong</source>
            <translation>Une erreur s'est produite</translation>
        </message>
        <message>
            <source>{error}

What you saved is safe. Details were written to the terminal.</source>
            <translation>{error}

Ce que vous avez enregistré est en sécurité. Les détails ont été écrits dans le terminal.</translation>
        </message>
        <message>
            <source>Opening {store}…</source>
            <translation>Ouverture de {store}…</translation>
        </message>
        <message>
            <source>Backline cannot start</source>
            <translation>Backline ne peut pas démarrer</translation>
        </message>
        <message>
            <source>Backline is already running</source>
            <translation>Backline est déjà ouvert</translation>
        </message>
        <message>
            <source>{problem}

Switch to that window, or wait for the import or restore to finish.</source>
            <translation>{problem}

Passez à cette fenêtre, ou attendez la fin de l'importation ou de la restauration.</translation>
        </message>
        <message>
            <source>backline: automatic backup failed: {error}</source>
            <translation>backline: échec de la sauvegarde automatique : {error}</translation>
        </message>
        <message>
            <source>{store} could not be used</source>
            <translation>impossible d'utiliser {store}</translation>
        </message>
        <message>
            <source>Restore failed</source>
            <translation>Échec de la restauration</translation>
        </message>
        <message>
            <source>A shared database is restored with File &gt; Restore a backup (a Backline JSON backup), not by replacing a file.</source>
            <translation>Une base de données partagée se restaure avec Fichier &gt; Restaurer une sauvegarde (une sauvegarde JSON de Backline), pas en remplaçant un fichier.</translation>
        </message>
        <message>
            <source>{problem}; the window shows English</source>
            <translation>{problem} ; la fenêtre s'affiche en anglais</translation>
        </message>
    </context>
    <context>
        <name>ui.appearance_settings</name>
        <message>
            <source>Follow the system</source>
            <translation>Comme le système</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Apparence</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>Colours of every window and chart; follow the system, light or dark</source>
            <translation>Couleurs de toutes les fenêtres et de tous les graphiques : comme le système, clair ou sombre</translation>
        </message>
        <message>
            <source>Light or dark colours, or whichever the system uses</source>
            <translation>Couleurs claires ou sombres, ou celles du système</translation>
        </message>
        <message>
            <source>Th&amp;eme:</source>
            <translation>T&amp;hème :</translation>
        </message>
        <message>
            <source>Shown now, but not saved: the database is not open yet.</source>
            <translation>Affiché maintenant, mais pas enregistré : la base de données n'est pas encore ouverte.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <source>Theme not saved: {reason}</source>
            <translation>Thème non enregistré : {reason}</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Follow the system ({language})</source>
            <translation>Comme le système ({language})</translation>
        </message>
        <message>
            <source>The language of Backline's words, numbers and dates; applies at the next start</source>
            <translation>La langue des textes, nombres et dates de Backline ; s'applique au prochain démarrage</translation>
        </message>
        <message>
            <source>The language Backline speaks from the next start on, or the system's</source>
            <translation>La langue de Backline à partir du prochain démarrage, ou celle du système</translation>
        </message>
        <message>
            <source>Lan&amp;guage:</source>
            <translation>Lan&amp;gue :</translation>
        </message>
        <message>
            <source>Language not saved: {reason}</source>
            <translation>Langue non enregistrée : {reason}</translation>
        </message>
        <message>
            <source>Applies at the next start.</source>
            <translation>S'applique au prochain démarrage.</translation>
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
            <translation>Aucun poids corporel enregistré</translation>
        </message>
        <message>
            <source>%Y-%m-%d</source>
            <translation>%d/%m/%Y</translation>
        </message>
        <message>
            <source>Weight:</source>
            <translation>Poids :</translation>
        </message>
        <message>
            <source>Waist:</source>
            <translation>Tour de taille :</translation>
        </message>
        <message>
            <source>Hips:</source>
            <translation>Hanches :</translation>
        </message>
        <message>
            <source>Thigh:</source>
            <translation>Cuisse :</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Note :</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Poids</translation>
        </message>
        <message>
            <source>Waist</source>
            <translation>Tour de taille</translation>
        </message>
        <message>
            <source>Hips</source>
            <translation>Hanches</translation>
        </message>
        <message>
            <source>Thigh</source>
            <translation>Cuisse</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>Tendance</translation>
        </message>
        <message>
            <source>Body weight</source>
            <translation>Poids corporel</translation>
        </message>
        <message>
            <source>The chart appears when the tab is shown.</source>
            <translation>Le graphique apparaît quand l'onglet est affiché.</translation>
        </message>
        <message>
            <source>Log a measurement</source>
            <translation>Enregistrer une mesure</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation>dd/MM/yyyy</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date :</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Add the measurement (Ctrl+Return)</source>
            <translation>Ajouter la mesure (Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>Cancel edit</source>
            <translation>Annuler la modification</translation>
        </message>
        <message>
            <source>Leave the measurement unchanged (Esc)</source>
            <translation>Laisser la mesure inchangée (Échap)</translation>
        </message>
        <message>
            <source>Measurements</source>
            <translation>Mesures</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <source>Load the selected measurement into the form (Enter)</source>
            <translation>Charger la mesure sélectionnée dans le formulaire (Entrée)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete the selected measurement (Delete)</source>
            <translation>Supprimer la mesure sélectionnée (Suppr)</translation>
        </message>
        <message>
            <source>in {unit}</source>
            <translation>en {unit}</translation>
        </message>
        <message>
            <source>Not saved.</source>
            <translation>Non enregistré.</translation>
        </message>
        <message>
            <source>That measurement was deleted meanwhile; not saved.</source>
            <translation>Cette mesure a été supprimée entre-temps ; non enregistrée.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <source>Changes saved.</source>
            <translation>Modifications enregistrées.</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Save the changed measurement (Ctrl+Return)</source>
            <translation>Enregistrer la mesure modifiée (Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>Edit the measurement of {date}</source>
            <translation>Modifier la mesure du {date}</translation>
        </message>
        <message>
            <source>measurement of {date}</source>
            <translation>mesure du {date}</translation>
        </message>
        <message>
            <source>Deleted.</source>
            <translation>Supprimée.</translation>
        </message>
    </context>
    <context>
        <name>ui.body.plan_panel</name>
        <message>
            <source>Female</source>
            <translation>Femme</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Homme</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Donnée</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Calcul</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Daily deficit below maintenance: {low} to {high} kcal ({source})</source>
            <translation>Déficit quotidien sous le maintien : {low} à {high} kcal ({source})</translation>
        </message>
        <message>
            <source>years</source>
            <translation>ans</translation>
        </message>
        <message>
            <source>Sex:</source>
            <translation>Sexe :</translation>
        </message>
        <message>
            <source>Age:</source>
            <translation>Âge :</translation>
        </message>
        <message>
            <source>Height:</source>
            <translation>Taille :</translation>
        </message>
        <message>
            <source>Activity:</source>
            <translation>Activité :</translation>
        </message>
        <message>
            <source>Deficit:</source>
            <translation>Déficit :</translation>
        </message>
        <message>
            <source>in years</source>
            <translation>en années</translation>
        </message>
        <message>
            <source>Update plan</source>
            <translation>Mettre à jour</translation>
        </message>
        <message>
            <source>Save these inputs and work the plan out again (Return)</source>
            <translation>Enregistrer ces données et recalculer le plan (Entrée)</translation>
        </message>
        <message>
            <source>The plan's figures</source>
            <translation>Les valeurs du plan</translation>
        </message>
        <message>
            <source>Estimates to start from, not medical advice. Figures marked “our default” are standard values the articles do not give.</source>
            <translation>Des estimations pour commencer, pas un avis médical. Les valeurs marquées « notre valeur par défaut » sont des valeurs standard que les articles ne donnent pas.</translation>
        </message>
        <message>
            <source>log weigh-ins on the left and calories in the Today tab</source>
            <translation>enregistrez vos pesées à gauche et vos calories dans l'onglet Aujourd'hui</translation>
        </message>
        <message>
            <source>in {unit}</source>
            <translation>en {unit}</translation>
        </message>
        <message>
            <source>Using your latest weight, {weight}.</source>
            <translation>Avec votre dernier poids, {weight}.</translation>
        </message>
        <message>
            <source>Log a body weight on the left to see calories and protein.</source>
            <translation>Enregistrez un poids corporel à gauche pour voir calories et protéines.</translation>
        </message>
        <message>
            <source>Plan inputs not saved.</source>
            <translation>Données du plan non enregistrées.</translation>
        </message>
    </context>
    <context>
        <name>ui.cues</name>
        <message>
            <source>The voice is starting…</source>
            <translation>La voix démarre…</translation>
        </message>
        <message>
            <source>speech is off</source>
            <translation>la voix est désactivée</translation>
        </message>
        <message>
            <source>Sound check.</source>
            <translation>Test du son.</translation>
        </message>
        <message>
            <source>No text-to-speech engine is installed.</source>
            <translation>Aucun moteur de synthèse vocale n'est installé.</translation>
        </message>
        <message>
            <source>Text-to-speech engine '{name}' failed: {detail}.</source>
            <translation>Le moteur de synthèse vocale « {name} » a échoué : {detail}.</translation>
        </message>
        <message>
            <source>QtTextToSpeech could not be loaded ({error}).</source>
            <translation>QtTextToSpeech n'a pas pu être chargé ({error}).</translation>
        </message>
        <message>
            <source>QtMultimedia could not be loaded ({error}); cues are silent.</source>
            <translation>QtMultimedia n'a pas pu être chargé ({error}) ; les signaux sonores sont muets.</translation>
        </message>
        <message>
            <source>No audio output device was found; cues are silent.</source>
            <translation>Aucun périphérique de sortie audio trouvé ; les signaux sonores sont muets.</translation>
        </message>
        <message>
            <source>Sound files are missing from {folder}: {names}.</source>
            <translation>Des fichiers son manquent dans {folder} : {names}.</translation>
        </message>
        <message>
            <source>Voice: {engine}</source>
            <translation>Voix : {engine}</translation>
        </message>
        <message>
            <source>No text-to-speech engine: cues are beeps only</source>
            <translation>Aucun moteur de synthèse vocale : signaux par bips uniquement</translation>
        </message>
        <message>
            <source>{reason} Cues are beeps only.</source>
            <translation>{reason} Signaux par bips uniquement.</translation>
        </message>
        <message>
            <source>Voice is off: cues are beeps only (installed: {engines})</source>
            <translation>Voix désactivée : signaux par bips uniquement (installés : {engines})</translation>
        </message>
        <message>
            <source>Text-to-speech engine '{name}' is not installed (available: {engines}).</source>
            <translation>Le moteur de synthèse vocale « {name} » n'est pas installé (disponibles : {engines}).</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>The speech service did not answer within {seconds} s.</source>
            <translation>Le service vocal n'a pas répondu en {seconds} s.</translation>
        </message>
        <message>
            <source>The voice could not start ({error}).</source>
            <translation>La voix n'a pas pu démarrer ({error}).</translation>
        </message>
        <message>
            <source>The voice stopped (exit status {code}).</source>
            <translation>La voix s'est arrêtée (code de sortie {code}).</translation>
        </message>
    </context>
    <context>
        <name>ui.data_actions</name>
        <message>
            <source>Workout exports</source>
            <translation>Exports de séances</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Tous les fichiers</translation>
        </message>
        <message>
            <source>Backline JSON backups</source>
            <translation>Sauvegardes JSON de Backline</translation>
        </message>
        <message numerus="yes">
            <source>%n workout(s)</source>
            <translation>
                <numerusform>%n séance</numerusform>
                <numerusform>%n séances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n série</numerusform>
                <numerusform>%n séries</numerusform>
            </translation>
        </message>
        <message>
            <source>Import workouts</source>
            <translation>Importer des séances</translation>
        </message>
        <message numerus="yes">
            <source>%n were already here.</source>
            <translation>
                <numerusform>%n était déjà présente.</numerusform>
                <numerusform>%n étaient déjà présentes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Importation terminée</translation>
        </message>
        <message>
            <source>Imported {workouts} ({sets}). {skipped}</source>
            <translation>Importé : {workouts} ({sets}). {skipped}</translation>
        </message>
        <message>
            <source>End the workout first: a Backline file is imported in one transaction that holds the database, and a set confirmed meanwhile could not be saved.</source>
            <translation>Terminez d'abord la séance : un fichier Backline est importé en une seule transaction qui bloque la base de données, et une série validée entre-temps ne pourrait pas être enregistrée.</translation>
        </message>
        <message>
            <source>{file}: {reason}</source>
            <translation>{file} : {reason}</translation>
        </message>
        <message>
            <source>Import not started</source>
            <translation>Importation non lancée</translation>
        </message>
        <message numerus="yes">
            <source>%n routine(s)</source>
            <translation>
                <numerusform>%n routine</numerusform>
                <numerusform>%n routines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measurement(s)</source>
            <translation>
                <numerusform>%n mesure</numerusform>
                <numerusform>%n mesures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n logged day(s)</source>
            <translation>
                <numerusform>%n jour enregistré</numerusform>
                <numerusform>%n jours enregistrés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n target(s)</source>
            <translation>
                <numerusform>%n objectif</numerusform>
                <numerusform>%n objectifs</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported {workouts} ({sets}), {routines}, {measurements}, {days} and {targets}.</source>
            <translation>Importé : {workouts} ({sets}), {routines}, {measurements}, {days} et {targets}.</translation>
        </message>
        <message>
            <source>Import failed</source>
            <translation>Échec de l'importation</translation>
        </message>
        <message>
            <source>{file}: {reason}
Nothing was imported.</source>
            <translation>{file} : {reason}
Rien n'a été importé.</translation>
        </message>
        <message>
            <source>a Backline import</source>
            <translation>une importation Backline</translation>
        </message>
        <message>
            <source>Export everything</source>
            <translation>Tout exporter</translation>
        </message>
        <message>
            <source>Export history as CSV</source>
            <translation>Exporter l'historique en CSV</translation>
        </message>
        <message>
            <source>Export finished</source>
            <translation>Exportation terminée</translation>
        </message>
        <message>
            <source>Exported {workouts} ({sets}) to {path}.</source>
            <translation>Exporté vers {path} : {workouts} ({sets}).</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Échec de l'exportation</translation>
        </message>
        <message>
            <source>{reason}
Nothing was exported.</source>
            <translation>{reason}
Rien n'a été exporté.</translation>
        </message>
        <message>
            <source>Saved a backup to {path}. The database holds nothing you entered yet.</source>
            <translation>Sauvegarde enregistrée dans {path}. La base de données ne contient encore rien de ce que vous avez saisi.</translation>
        </message>
        <message>
            <source>Saved a backup to {path}.</source>
            <translation>Sauvegarde enregistrée dans {path}.</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Sauvegarde effectuée</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>Échec de la sauvegarde</translation>
        </message>
        <message>
            <source>{reason}
No backup was made.</source>
            <translation>{reason}
Aucune sauvegarde n'a été effectuée.</translation>
        </message>
        <message>
            <source>Saved a backup of {database} to {path} (a Backline JSON export of one consistent moment).</source>
            <translation>Sauvegarde de {database} enregistrée dans {path} (un export JSON Backline d'un instant cohérent).</translation>
        </message>
        <message>
            <source>No backups</source>
            <translation>Aucune sauvegarde</translation>
        </message>
        <message>
            <source>There is no backup of this database yet.</source>
            <translation>Il n'existe encore aucune sauvegarde de cette base de données.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>Replace the current data with this backup? The current database is kept beside it under a new name.</source>
            <translation>Remplacer les données actuelles par cette sauvegarde ? La base de données actuelle est conservée à côté sous un nouveau nom.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>Restore a JSON backup into the shared database</source>
            <translation>Restaurer une sauvegarde JSON dans la base de données partagée</translation>
        </message>
        <message>
            <source>Restore not started</source>
            <translation>Restauration non lancée</translation>
        </message>
        <message>
            <source>Add what {file} holds to {database}? Workouts already there are skipped and nothing is deleted; every machine using this database sees the result.</source>
            <translation>Ajouter le contenu de {file} à {database} ? Les séances déjà présentes sont ignorées et rien n'est supprimé ; chaque ordinateur qui utilise cette base de données voit le résultat.</translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%n déjà présente</numerusform>
                <numerusform>%n déjà présentes</numerusform>
            </translation>
        </message>
        <message>
            <source>Restore finished</source>
            <translation>Restauration terminée</translation>
        </message>
        <message>
            <source>Restored {file}: {workouts} ({sets}) added, {skipped}.</source>
            <translation>{file} restauré. Ajouté : {workouts} ({sets}) ; {skipped}.</translation>
        </message>
        <message>
            <source>Restore failed</source>
            <translation>Échec de la restauration</translation>
        </message>
        <message>
            <source>{file}: {reason}
Nothing was restored.</source>
            <translation>{file} : {reason}
Rien n'a été restauré.</translation>
        </message>
        <message>
            <source>a restore</source>
            <translation>une restauration</translation>
        </message>
        <message>
            <source>Database check</source>
            <translation>Vérification de la base de données</translation>
        </message>
        <message>
            <source>The database is sound.</source>
            <translation>La base de données est saine.</translation>
        </message>
        <message>
            <source>Problems found:
{problems}</source>
            <translation>Problèmes trouvés :
{problems}</translation>
        </message>
        <message>
            <source>{database} is a sound Backline database (schema revision {revision}).</source>
            <translation>{database} est une base de données Backline saine (révision du schéma {revision}).</translation>
        </message>
    </context>
    <context>
        <name>ui.dialogs</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete “{name}”? This cannot be undone.</source>
            <translation>Supprimer « {name} » ? Cette action est irréversible.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>“{name}” has unsaved changes.</source>
            <translation>« {name} » comporte des modifications non enregistrées.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <source>Backline cannot open its database</source>
            <translation>Backline ne peut pas ouvrir sa base de données</translation>
        </message>
        <message>
            <source>Nothing has been changed or deleted. If you restore a backup or start a new database, the current file is kept beside it under a new name.</source>
            <translation>Rien n'a été modifié ni supprimé. Si vous restaurez une sauvegarde ou créez une nouvelle base de données, le fichier actuel est conservé à côté sous un nouveau nom.</translation>
        </message>
        <message>
            <source>Restore a backup…</source>
            <translation>Restaurer une sauvegarde…</translation>
        </message>
        <message>
            <source>Start a new database</source>
            <translation>Créer une base de données</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>%Y-%m-%d %H:%M</source>
            <translation>%d/%m/%Y %H:%M</translation>
        </message>
        <message>
            <source>{taken}  ({size} KB)</source>
            <translation>{taken}  ({size} Ko)</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>Backup to restore:</source>
            <translation>Sauvegarde à restaurer :</translation>
        </message>
        <message>
            <source>Backline cannot reach the shared database</source>
            <translation>Backline ne parvient pas à joindre la base de données partagée</translation>
        </message>
        <message>
            <source>Backline cannot use the shared database</source>
            <translation>Backline ne peut pas utiliser la base de données partagée</translation>
        </message>
        <message>
            <source>You can use the local database on this machine instead ({database}); what you log there stays on this machine. Nothing has been written to either database.</source>
            <translation>Vous pouvez utiliser à la place la base de données locale de cet ordinateur ({database}) ; ce que vous y enregistrez reste sur cet ordinateur. Rien n'a été écrit dans aucune des deux bases.</translation>
        </message>
        <message>
            <source>Use the local database</source>
            <translation>Utiliser la base de données locale</translation>
        </message>
    </context>
    <context>
        <name>ui.help</name>
        <message>
            <source>A workout companion: follow a routine set by set, with timers, cues and a log.</source>
            <translation>Un compagnon d'entraînement : suivez une routine série par série, avec minuteurs, signaux et journal.</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>Partout</translation>
        </message>
        <message>
            <source>(no description)</source>
            <translation>(aucune description)</translation>
        </message>
        <message>
            <source>About Qt</source>
            <translation>À propos de Qt</translation>
        </message>
        <message>
            <source>{title} (title ours)</source>
            <translation>{title} (titre de notre choix)</translation>
        </message>
        <message>
            <source>not installed</source>
            <translation>non installé</translation>
        </message>
        <message>
            <source>About Backline</source>
            <translation>À propos de Backline</translation>
        </message>
        <message>
            <source>Backline {version}</source>
            <translation>Backline {version}</translation>
        </message>
        <message>
            <source>Free software under the {licence} licence.</source>
            <translation>Logiciel libre sous licence {licence}.</translation>
        </message>
        <message>
            <source>none (see the start-up message)</source>
            <translation>aucune (voir le message au démarrage)</translation>
        </message>
        <message>
            <source>Open data folder</source>
            <translation>Ouvrir le dossier des données</translation>
        </message>
        <message>
            <source>Show the folder with the database and its backups</source>
            <translation>Afficher le dossier de la base de données et de ses sauvegardes</translation>
        </message>
        <message>
            <source>Your data</source>
            <translation>Vos données</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Dossier :</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Base de données :</translation>
        </message>
        <message>
            <source>Exercises from these articles</source>
            <translation>Exercices tirés de ces articles</translation>
        </message>
        <message>
            <source>Built with</source>
            <translation>Conçu avec</translation>
        </message>
        <message>
            <source>{name}:</source>
            <translation>{name} :</translation>
        </message>
        <message>
            <source>or</source>
            <translation>ou</translation>
        </message>
        <message>
            <source>window</source>
            <translation>fenêtre</translation>
        </message>
        <message>
            <source>{tab}: {window}</source>
            <translation>{tab} : {window}</translation>
        </message>
        <message>
            <source>{menu} menu</source>
            <translation>Menu {menu}</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Touche</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Filter by key, action or tab…</source>
            <translation>Filtrer par touche, action ou onglet…</translation>
        </message>
        <message>
            <source>Filter shortcuts</source>
            <translation>Filtrer les raccourcis</translation>
        </message>
        <message>
            <source>By key, action or tab</source>
            <translation>Par touche, action ou onglet</translation>
        </message>
    </context>
    <context>
        <name>ui.history.models</name>
        <message>
            <source>unfinished</source>
            <translation>inachevée</translation>
        </message>
        <message>
            <source>%a %d %b %Y  %H:%M</source>
            <translation>%a %-d %b %Y  %H:%M</translation>
        </message>
        <message>
            <source>warmup</source>
            <translation>échauffement</translation>
        </message>
        <message>
            <source>dropset</source>
            <translation>dégressive</translation>
        </message>
        <message>
            <source>failure</source>
            <translation>jusqu'à l'échec</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Sets</source>
            <translation>Séries</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n rép.</numerusform>
                <numerusform>%n rép.</numerusform>
            </translation>
        </message>
        <message>
            <source>{time} hold</source>
            <translation>{time} de maintien</translation>
        </message>
        <message>
            <source>Set {number} ({side})</source>
            <translation>Série {number} ({side})</translation>
        </message>
        <message>
            <source>Set {number}</source>
            <translation>Série {number}</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Exercice</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Série</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Réalisé</translation>
        </message>
        <message>
            <source>RPE</source>
            <translation>RPE</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>ui.history.tab</name>
        <message>
            <source>Past workouts, newest first; more load as you scroll</source>
            <translation>Séances passées, les plus récentes d'abord ; d'autres se chargent au défilement</translation>
        </message>
        <message>
            <source>Past workouts</source>
            <translation>Séances passées</translation>
        </message>
        <message>
            <source>Sets of the chosen workout</source>
            <translation>Séries de la séance choisie</translation>
        </message>
        <message>
            <source>Choose a workout to see its sets.</source>
            <translation>Choisissez une séance pour voir ses séries.</translation>
        </message>
        <message>
            <source>Delete workout…</source>
            <translation>Supprimer la séance…</translation>
        </message>
        <message>
            <source>Delete this workout and all its sets (Shift+Del)</source>
            <translation>Supprimer cette séance et toutes ses séries (Maj+Suppr)</translation>
        </message>
        <message>
            <source>Seconds</source>
            <translation>Secondes</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>Rép.</translation>
        </message>
        <message>
            <source>Reps done (empty for none)</source>
            <translation>Répétitions faites (vide pour aucune)</translation>
        </message>
        <message>
            <source>Weight used (empty: bodyweight)</source>
            <translation>Poids utilisé (vide : poids du corps)</translation>
        </message>
        <message>
            <source>Seconds held, or minutes of an activity</source>
            <translation>Secondes tenues, ou minutes d'une activité</translation>
        </message>
        <message>
            <source>RPE</source>
            <translation>RPE</translation>
        </message>
        <message>
            <source>Rate of perceived exertion, 1 to 10</source>
            <translation>Effort perçu, de 1 à 10</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>A note on this set</source>
            <translation>Une note sur cette série</translation>
        </message>
        <message>
            <source>Save set</source>
            <translation>Enregistrer la série</translation>
        </message>
        <message>
            <source>Save the corrections to this set (Ctrl+Enter)</source>
            <translation>Enregistrer les corrections de cette série (Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>Delete set…</source>
            <translation>Supprimer la série…</translation>
        </message>
        <message>
            <source>Delete the selected set (Del)</source>
            <translation>Supprimer la série sélectionnée (Suppr)</translation>
        </message>
        <message>
            <source>Selected set</source>
            <translation>Série sélectionnée</translation>
        </message>
        <message>
            <source>Weight ({unit})</source>
            <translation>Poids ({unit})</translation>
        </message>
        <message>
            <source>Sets</source>
            <translation>Séries</translation>
        </message>
        <message>
            <source>No workouts yet.</source>
            <translation>Aucune séance pour l'instant.</translation>
        </message>
        <message numerus="yes">
            <source>%n workout(s)</source>
            <translation>
                <numerusform>%n séance</numerusform>
                <numerusform>%n séances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n série</numerusform>
                <numerusform>%n séries</numerusform>
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
            <translation>Rien n'a été enregistré : corrigez les champs en rouge.</translation>
        </message>
        <message>
            <source>This set no longer exists.</source>
            <translation>Cette série n'existe plus.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <source>{exercise}, set {number}</source>
            <translation>{exercise}, série {number}</translation>
        </message>
        <message>
            <source>{workout} of {when}</source>
            <translation>{workout} du {when}</translation>
        </message>
    </context>
    <context>
        <name>ui.import_dialog</name>
        <message>
            <source>Import {file}</source>
            <translation>Importer {file}</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Lecture du fichier…</translation>
        </message>
        <message>
            <source>&amp;Weights in this file are in:</source>
            <translation>&amp;Poids de ce fichier en :</translation>
        </message>
        <message>
            <source>choose…</source>
            <translation>choisir…</translation>
        </message>
        <message>
            <source>kilograms (kg)</source>
            <translation>kilogrammes (kg)</translation>
        </message>
        <message>
            <source>pounds (lb)</source>
            <translation>livres (lb)</translation>
        </message>
        <message>
            <source>These exercise names are not in the library. Pick the library exercise each one means, or keep it as your own exercise. Your choices are remembered.</source>
            <translation>Ces noms d'exercices ne sont pas dans la bibliothèque. Choisissez l'exercice de la bibliothèque correspondant à chacun, ou gardez-le comme exercice personnel. Vos choix sont mémorisés.</translation>
        </message>
        <message>
            <source>Exercise names to map</source>
            <translation>Noms d'exercices à associer</translation>
        </message>
        <message>
            <source>Name in the file</source>
            <translation>Nom dans le fichier</translation>
        </message>
        <message>
            <source>Becomes</source>
            <translation>Devient</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>{file} does not say whether its weights are in kilograms or pounds.</source>
            <translation>{file} n'indique pas si ses poids sont en kilogrammes ou en livres.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{file} cannot be imported.&lt;/b&gt;&lt;br&gt;{error}&lt;br&gt;Nothing was written.</source>
            <translation>&lt;b&gt;{file} ne peut pas être importé.&lt;/b&gt;&lt;br&gt;{error}&lt;br&gt;Rien n'a été écrit.</translation>
        </message>
        <message>
            <source>%d %b %Y</source>
            <translation>%-d %b %Y</translation>
        </message>
        <message numerus="yes">
            <source>%n workout(s)</source>
            <translation>
                <numerusform>%n séance</numerusform>
                <numerusform>%n séances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n série</numerusform>
                <numerusform>%n séries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s)</source>
            <translation>
                <numerusform>%n exercice</numerusform>
                <numerusform>%n exercices</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Detected:&lt;/b&gt; {app} export ({dialect}), weights in {unit}.&lt;br&gt;&lt;b&gt;From&lt;/b&gt; {first} &lt;b&gt;to&lt;/b&gt; {last}: {workouts}, {sets}, {exercises}.&lt;br&gt;Nothing has been written yet. Workouts already imported are skipped.</source>
            <translation>&lt;b&gt;Détecté :&lt;/b&gt; export {app} ({dialect}), poids en {unit}.&lt;br&gt;&lt;b&gt;Du&lt;/b&gt; {first} &lt;b&gt;au&lt;/b&gt; {last} : {workouts}, {sets}, {exercises}.&lt;br&gt;Rien n'a encore été écrit. Les séances déjà importées sont ignorées.</translation>
        </message>
        <message>
            <source>Keep as my own exercise</source>
            <translation>Garder comme exercice personnel</translation>
        </message>
        <message>
            <source>{name} becomes</source>
            <translation>{name} devient</translation>
        </message>
        <message>
            <source>&lt;b&gt;The import failed; nothing was written.&lt;/b&gt;&lt;br&gt;{error}</source>
            <translation>&lt;b&gt;L'importation a échoué ; rien n'a été écrit.&lt;/b&gt;&lt;br&gt;{error}</translation>
        </message>
    </context>
    <context>
        <name>ui.inhibit</name>
        <message>
            <source>A workout is running</source>
            <translation>Une séance est en cours</translation>
        </message>
        <message>
            <source>no session D-Bus to ask the screen saver</source>
            <translation>aucun D-Bus de session pour interroger l'économiseur d'écran</translation>
        </message>
        <message>
            <source>the screen saver cannot be held off ({error})</source>
            <translation>l'économiseur d'écran ne peut pas être suspendu ({error})</translation>
        </message>
        <message>
            <source>SetThreadExecutionState exists on Windows only</source>
            <translation>SetThreadExecutionState n'existe que sous Windows</translation>
        </message>
        <message>
            <source>Windows cannot be asked to keep the display on ({error})</source>
            <translation>impossible de demander à Windows de garder l'écran allumé ({error})</translation>
        </message>
        <message>
            <source>Windows refused to keep the display on</source>
            <translation>Windows a refusé de garder l'écran allumé</translation>
        </message>
    </context>
    <context>
        <name>ui.library.detail</name>
        <message>
            <source>Sets</source>
            <translation>Séries</translation>
        </message>
        <message>
            <source>Reps (min)</source>
            <translation>Rép. (min)</translation>
        </message>
        <message>
            <source>Reps (max)</source>
            <translation>Rép. (max)</translation>
        </message>
        <message>
            <source>Hold per rep</source>
            <translation>Maintien par rép.</translation>
        </message>
        <message>
            <source>Rest between sets</source>
            <translation>Repos entre les séries</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Sessions a week (min)</source>
            <translation>Séances par semaine (min)</translation>
        </message>
        <message>
            <source>Sessions a week (max)</source>
            <translation>Séances par semaine (max)</translation>
        </message>
        <message>
            <source>low impact</source>
            <translation>faible impact</translation>
        </message>
        <message>
            <source>medium impact</source>
            <translation>impact modéré</translation>
        </message>
        <message>
            <source>high impact</source>
            <translation>fort impact</translation>
        </message>
        <message>
            <source>{impact} impact</source>
            <translation>impact {impact}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Archived&lt;/b&gt;: hidden from the pickers; its history is kept.</source>
            <translation>&lt;b&gt;Archivé&lt;/b&gt; : masqué dans les listes de choix ; son historique est conservé.</translation>
        </message>
        <message>
            <source>each side in turn</source>
            <translation>chaque côté à tour de rôle</translation>
        </message>
        <message>
            <source>our default</source>
            <translation>notre valeur par défaut</translation>
        </message>
        <message>
            <source>yours</source>
            <translation>votre valeur</translation>
        </message>
        <message>
            <source>from the article</source>
            <translation>de l'article</translation>
        </message>
        <message>
            <source>Prescription</source>
            <translation>Consigne</translation>
        </message>
        <message>
            <source>Positions each rep:</source>
            <translation>Positions à chaque rép. :</translation>
        </message>
        <message>
            <source>How to do it</source>
            <translation>Comment le faire</translation>
        </message>
        <message>
            <source>Cautions</source>
            <translation>Précautions</translation>
        </message>
        <message>
            <source>Equipment:</source>
            <translation>Équipement :</translation>
        </message>
        <message>
            <source>Muscles:</source>
            <translation>Muscles :</translation>
        </message>
        <message>
            <source>Variations:</source>
            <translation>Variantes :</translation>
        </message>
        <message>
            <source>Based on</source>
            <translation>D'après</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Your own exercise: yours to edit, archive or merge.</source>
            <translation>Votre propre exercice : vous pouvez le modifier, l'archiver ou le fusionner.</translation>
        </message>
        <message>
            <source>Ready-made: Edit makes your own copy.</source>
            <translation>Prédéfini : Modifier crée votre propre copie.</translation>
        </message>
    </context>
    <context>
        <name>ui.library.dialogs</name>
        <message>
            <source>Merge “{name}” into…</source>
            <translation>Fusionner « {name} » dans…</translation>
        </message>
        <message>
            <source>Merge into this</source>
            <translation>Fusionner dans celui-ci</translation>
        </message>
        <message>
            <source>Merge exercises</source>
            <translation>Fusionner des exercices</translation>
        </message>
        <message>
            <source>Move every logged set, routine item and import name of “{name}” to “{target}”, then remove “{name}”?</source>
            <translation>Transférer toutes les séries enregistrées, éléments de routine et noms d'import de « {name} » vers « {target} », puis supprimer « {name} » ?</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Fusionner</translation>
        </message>
    </context>
    <context>
        <name>ui.library.editor</name>
        <message>
            <source>Sets</source>
            <translation>Séries</translation>
        </message>
        <message>
            <source>Reps, fewest</source>
            <translation>Rép., minimum</translation>
        </message>
        <message>
            <source>Reps, most</source>
            <translation>Rép., maximum</translation>
        </message>
        <message>
            <source>Hold each rep</source>
            <translation>Maintien par rép.</translation>
        </message>
        <message>
            <source>Rest between sets</source>
            <translation>Repos entre les séries</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>New exercise</source>
            <translation>Nouvel exercice</translation>
        </message>
        <message>
            <source>My copy of {name}</source>
            <translation>Ma copie de {name}</translation>
        </message>
        <message>
            <source>Edit {name}</source>
            <translation>Modifier {name}</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>Répétitions</translation>
        </message>
        <message>
            <source>Hold (each rep held)</source>
            <translation>Maintien (chaque rép. tenue)</translation>
        </message>
        <message>
            <source>Duration (continuous)</source>
            <translation>Durée (en continu)</translation>
        </message>
        <message>
            <source>Each side in turn</source>
            <translation>Chaque côté à tour de rôle</translation>
        </message>
        <message>
            <source>Not said</source>
            <translation>Non précisé</translation>
        </message>
        <message>
            <source>e.g. rounded, arched (blank: one position)</source>
            <translation>p. ex. arrondi, creusé (vide : une seule position)</translation>
        </message>
        <message>
            <source>e.g. {first}, {second}</source>
            <translation>p. ex. {first}, {second}</translation>
        </message>
        <message>
            <source>e.g. {first}, {second} (blank: none)</source>
            <translation>p. ex. {first}, {second} (vide : aucun)</translation>
        </message>
        <message>
            <source>One step a line</source>
            <translation>Une étape par ligne</translation>
        </message>
        <message>
            <source>One caution a line</source>
            <translation>Une précaution par ligne</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>&amp;Mode</source>
            <translation>&amp;Mode</translation>
        </message>
        <message>
            <source>&amp;Positions</source>
            <translation>&amp;Positions</translation>
        </message>
        <message>
            <source>M&amp;uscles</source>
            <translation>M&amp;uscles</translation>
        </message>
        <message>
            <source>&amp;Equipment</source>
            <translation>É&amp;quipement</translation>
        </message>
        <message>
            <source>&amp;Impact</source>
            <translation>&amp;Impact</translation>
        </message>
        <message>
            <source>Su&amp;mmary</source>
            <translation>&amp;Résumé</translation>
        </message>
        <message>
            <source>Ins&amp;tructions</source>
            <translation>In&amp;structions</translation>
        </message>
        <message>
            <source>&amp;Cautions</source>
            <translation>Pré&amp;cautions</translation>
        </message>
        <message>
            <source>Save my copy</source>
            <translation>Enregistrer ma copie</translation>
        </message>
        <message>
            <source>Save (Enter; Ctrl+Enter from instructions or cautions)</source>
            <translation>Enregistrer (Entrée ; Ctrl+Entrée depuis les instructions ou précautions)</translation>
        </message>
        <message>
            <source>“{name}” is ready-made and stays as the article gives it. Saving makes your own copy.</source>
            <translation>« {name} » est prédéfini et reste tel que l'article le donne. L'enregistrement crée votre propre copie.</translation>
        </message>
    </context>
    <context>
        <name>ui.library.models</name>
        <message>
            <source>strength</source>
            <translation>force</translation>
        </message>
        <message>
            <source>cardio</source>
            <translation>cardio</translation>
        </message>
        <message>
            <source>mobility</source>
            <translation>mobilité</translation>
        </message>
        <message>
            <source>recovery</source>
            <translation>récupération</translation>
        </message>
        <message>
            <source>reps</source>
            <translation>rép.</translation>
        </message>
        <message>
            <source>hold</source>
            <translation>maintien</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>durée</translation>
        </message>
        <message>
            <source>low</source>
            <translation>faible</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>moyen</translation>
        </message>
        <message>
            <source>high</source>
            <translation>élevé</translation>
        </message>
        <message>
            <source>glutes</source>
            <translation>fessiers</translation>
        </message>
        <message>
            <source>hamstrings</source>
            <translation>ischio-jambiers</translation>
        </message>
        <message>
            <source>quads</source>
            <translation>quadriceps</translation>
        </message>
        <message>
            <source>calves</source>
            <translation>mollets</translation>
        </message>
        <message>
            <source>hips</source>
            <translation>hanches</translation>
        </message>
        <message>
            <source>core</source>
            <translation>sangle abdominale</translation>
        </message>
        <message>
            <source>lower-back</source>
            <translation>bas du dos</translation>
        </message>
        <message>
            <source>upper-back</source>
            <translation>haut du dos</translation>
        </message>
        <message>
            <source>shoulders</source>
            <translation>épaules</translation>
        </message>
        <message>
            <source>chest</source>
            <translation>pectoraux</translation>
        </message>
        <message>
            <source>arms</source>
            <translation>bras</translation>
        </message>
        <message>
            <source>full-body</source>
            <translation>corps entier</translation>
        </message>
        <message>
            <source>ball</source>
            <translation>ballon</translation>
        </message>
        <message>
            <source>barbell</source>
            <translation>barre</translation>
        </message>
        <message>
            <source>bench</source>
            <translation>banc</translation>
        </message>
        <message>
            <source>bicycle</source>
            <translation>vélo</translation>
        </message>
        <message>
            <source>chair</source>
            <translation>chaise</translation>
        </message>
        <message>
            <source>dumbbells</source>
            <translation>haltères</translation>
        </message>
        <message>
            <source>mat</source>
            <translation>tapis</translation>
        </message>
        <message>
            <source>oil</source>
            <translation>huile</translation>
        </message>
        <message>
            <source>pool</source>
            <translation>piscine</translation>
        </message>
        <message>
            <source>racket</source>
            <translation>raquette</translation>
        </message>
        <message>
            <source>stability-ball</source>
            <translation>ballon suisse</translation>
        </message>
        <message>
            <source>stairs</source>
            <translation>escaliers</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>{name} (archived)</source>
            <translation>{name} (archivé)</translation>
        </message>
        <message>
            <source>{mode} · per side</source>
            <translation>{mode} · par côté</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>Prescription</source>
            <translation>Consigne</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Équipement</translation>
        </message>
    </context>
    <context>
        <name>ui.library.tab</name>
        <message>
            <source>Muscle: any</source>
            <translation>Muscle : tous</translation>
        </message>
        <message>
            <source>Muscle filter</source>
            <translation>Filtre muscle</translation>
        </message>
        <message>
            <source>Equipment: any</source>
            <translation>Équipement : tous</translation>
        </message>
        <message>
            <source>Equipment filter</source>
            <translation>Filtre équipement</translation>
        </message>
        <message>
            <source>Mode: any</source>
            <translation>Mode : tous</translation>
        </message>
        <message>
            <source>Mode filter</source>
            <translation>Filtre mode</translation>
        </message>
        <message>
            <source>Impact: any</source>
            <translation>Impact : tous</translation>
        </message>
        <message>
            <source>Impact filter</source>
            <translation>Filtre impact</translation>
        </message>
        <message>
            <source>Article: any</source>
            <translation>Article : tous</translation>
        </message>
        <message>
            <source>Article filter</source>
            <translation>Filtre article</translation>
        </message>
        <message>
            <source>Search exercises (name, muscle, equipment)…</source>
            <translation>Rechercher des exercices (nom, muscle, équipement)…</translation>
        </message>
        <message>
            <source>Search exercises</source>
            <translation>Rechercher des exercices</translation>
        </message>
        <message>
            <source>By name, muscle or equipment; Up and Down move in the list</source>
            <translation>Par nom, muscle ou équipement ; les flèches haut et bas parcourent la liste</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>Clear the search and every filter</source>
            <translation>Effacer la recherche et tous les filtres</translation>
        </message>
        <message>
            <source>Show &amp;archived</source>
            <translation>Afficher les archi&amp;vés</translation>
        </message>
        <message>
            <source>List your archived exercises too</source>
            <translation>Lister aussi vos exercices archivés</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Nouveau…</translation>
        </message>
        <message>
            <source>A new exercise of your own (Ctrl+N)</source>
            <translation>Un nouvel exercice personnel (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>&amp;Duplicate</source>
            <translation>&amp;Dupliquer</translation>
        </message>
        <message>
            <source>Your own copy of this exercise (Ctrl+D)</source>
            <translation>Votre propre copie de cet exercice (Ctrl+D)</translation>
        </message>
        <message>
            <source>Arc&amp;hive</source>
            <translation>Arc&amp;hiver</translation>
        </message>
        <message>
            <source>&amp;Merge into…</source>
            <translation>Fu&amp;sionner dans…</translation>
        </message>
        <message>
            <source>Move this exercise's logged sets, routine items and import names onto another exercise, then remove it</source>
            <translation>Transférer les séries enregistrées, éléments de routine et noms d'import de cet exercice vers un autre exercice, puis le supprimer</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Exercices</translation>
        </message>
        <message>
            <source>Exercise details</source>
            <translation>Détails de l'exercice</translation>
        </message>
        <message>
            <source>No exercise matches the search and filters.</source>
            <translation>Aucun exercice ne correspond à la recherche et aux filtres.</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n entries  ·  * marks our default where the articles give no number</source>
            <translation>
                <numerusform>{shown} sur %n entrée  ·  * signale notre valeur par défaut là où les articles ne donnent pas de chiffre</numerusform>
                <numerusform>{shown} sur %n entrées  ·  * signale notre valeur par défaut là où les articles ne donnent pas de chiffre</numerusform>
            </translation>
        </message>
        <message>
            <source>Make my &amp;copy…</source>
            <translation>Créer ma &amp;copie…</translation>
        </message>
        <message>
            <source>Ready-made exercises stay as the article gives them: edit your own copy (F2)</source>
            <translation>Les exercices prédéfinis restent tels que l'article les donne : modifiez votre propre copie (F2)</translation>
        </message>
        <message>
            <source>Edit this exercise (F2, or Enter in the list)</source>
            <translation>Modifier cet exercice (F2, ou Entrée dans la liste)</translation>
        </message>
        <message>
            <source>Unarc&amp;hive</source>
            <translation>Désarc&amp;hiver</translation>
        </message>
        <message>
            <source>Bring it back into the pickers</source>
            <translation>Le remettre dans les listes de choix</translation>
        </message>
        <message>
            <source>Hide it from the pickers; its history is kept</source>
            <translation>Le masquer dans les listes de choix ; son historique est conservé</translation>
        </message>
        <message>
            <source>Only your own exercises can be archived</source>
            <translation>Seuls vos propres exercices peuvent être archivés</translation>
        </message>
        <message numerus="yes">
            <source>%n logged set(s)</source>
            <translation>
                <numerusform>%n série enregistrée</numerusform>
                <numerusform>%n séries enregistrées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n routine item(s)</source>
            <translation>
                <numerusform>%n élément de routine</numerusform>
                <numerusform>%n éléments de routine</numerusform>
            </translation>
        </message>
        <message>
            <source>Merged “{name}” into this exercise: {sets} and {items} moved.</source>
            <translation>« {name} » fusionné dans cet exercice : {sets} et {items} transférés.</translation>
        </message>
    </context>
    <context>
        <name>ui.main_window</name>
        <message>
            <source>&amp;Import workouts…</source>
            <translation>&amp;Importer des séances…</translation>
        </message>
        <message>
            <source>Export history as Strong &amp;CSV…</source>
            <translation>Exporter l'historique en &amp;CSV Strong…</translation>
        </message>
        <message>
            <source>Export &amp;everything as JSON…</source>
            <translation>Exporter &amp;tout en JSON…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>&amp;Restore a backup…</source>
            <translation>&amp;Restaurer une sauvegarde…</translation>
        </message>
        <message>
            <source>Chec&amp;k the database</source>
            <translation>&amp;Vérifier la base de données</translation>
        </message>
        <message>
            <source>&amp;Back up the shared database now (JSON snapshot)</source>
            <translation>&amp;Sauvegarder la base de données partagée maintenant (instantané JSON)</translation>
        </message>
        <message>
            <source>&amp;Restore a JSON backup into the shared database…</source>
            <translation>&amp;Restaurer une sauvegarde JSON dans la base de données partagée…</translation>
        </message>
        <message>
            <source>Chec&amp;k the shared database</source>
            <translation>&amp;Vérifier la base de données partagée</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Bibliothèque</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>Routines</translation>
        </message>
        <message>
            <source>Workout</source>
            <translation>Séance</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progrès</translation>
        </message>
        <message>
            <source>Body &amp; plan</source>
            <translation>Corps et plan</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Backline</source>
            <translation>Backline</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Ouverture de la base de données…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>Next tab</source>
            <translation>Onglet suivant</translation>
        </message>
        <message>
            <source>Previous tab</source>
            <translation>Onglet précédent</translation>
        </message>
        <message>
            <source>Go to the {tab} tab</source>
            <translation>Aller à l'onglet {tab}</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Guide d'utilisation</translation>
        </message>
        <message>
            <source>&amp;About Backline</source>
            <translation>À &amp;propos de Backline</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>À propos de &amp;Qt</translation>
        </message>
        <message>
            <source>Database: {database}</source>
            <translation>Base de données : {database}</translation>
        </message>
        <message>
            <source>Backline is still running</source>
            <translation>Backline est toujours en cours d'exécution</translation>
        </message>
        <message>
            <source>Quit it from the tray icon.</source>
            <translation>Quittez-le depuis l'icône de la zone de notification.</translation>
        </message>
        <message>
            <source>The screen may blank during the workout: {problem}</source>
            <translation>L'écran peut s'éteindre pendant la séance : {problem}</translation>
        </message>
        <message>
            <source>{summary}: {body}</source>
            <translation>{summary} : {body}</translation>
        </message>
    </context>
    <context>
        <name>ui.notify</name>
        <message>
            <source>no session D-Bus</source>
            <translation>aucun D-Bus de session</translation>
        </message>
        <message>
            <source>the session D-Bus cannot be reached ({error})</source>
            <translation>le D-Bus de session est injoignable ({error})</translation>
        </message>
        <message>
            <source>no notification service ({error})</source>
            <translation>aucun service de notification ({error})</translation>
        </message>
    </context>
    <context>
        <name>ui.ops</name>
        <message>
            <source>the database is not open yet</source>
            <translation>la base de données n'est pas encore ouverte</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>Nothing was saved: {error}</source>
            <translation>Rien n'a été enregistré : {error}</translation>
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
            <translation>{workouts}, {sets} ; dernière le {day}</translation>
        </message>
        <message numerus="yes">
            <source>%n workout(s)</source>
            <translation>
                <numerusform>%n séance</numerusform>
                <numerusform>%n séances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n série</numerusform>
                <numerusform>%n séries</numerusform>
            </translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Set on</source>
            <translation>Établi le</translation>
        </message>
    </context>
    <context>
        <name>ui.progress.plots</name>
        <message>
            <source>best {value}</source>
            <translation>meilleur {value}</translation>
        </message>
        <message>
            <source>{exercise}: {measure}</source>
            <translation>{exercise} : {measure}</translation>
        </message>
        <message>
            <source>%d %b</source>
            <translation>%-d %b</translation>
        </message>
        <message>
            <source>{routine}: no weekly target</source>
            <translation>{routine} : pas d'objectif hebdomadaire</translation>
        </message>
        <message numerus="yes">
            <source>{routine}: target {target} a week, met {met} of %n week(s) since {day}</source>
            <translation>
                <numerusform>{routine} : objectif {target} par semaine, atteint {met} fois sur %n semaine depuis le {day}</numerusform>
                <numerusform>{routine} : objectif {target} par semaine, atteint {met} fois sur %n semaines depuis le {day}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{routine}: target {target} a week, met {met} of %n week(s)</source>
            <translation>
                <numerusform>{routine} : objectif {target} par semaine, atteint {met} fois sur %n semaine</numerusform>
                <numerusform>{routine} : objectif {target} par semaine, atteint {met} fois sur %n semaines</numerusform>
            </translation>
        </message>
        <message>
            <source>target met</source>
            <translation>objectif atteint</translation>
        </message>
        <message>
            <source>below target</source>
            <translation>sous l'objectif</translation>
        </message>
        <message>
            <source>target</source>
            <translation>objectif</translation>
        </message>
        <message>
            <source>not in use yet</source>
            <translation>pas encore utilisée</translation>
        </message>
        <message>
            <source>not
in use</source>
            <translation>pas
utilisée</translation>
        </message>
        <message>
            <source>sessions a week</source>
            <translation>séances par semaine</translation>
        </message>
        <message numerus="yes">
            <source>Active days, last %n week(s)</source>
            <translation>
                <numerusform>Jours actifs, %n semaine</numerusform>
                <numerusform>Jours actifs, %n dernières semaines</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.progress.tab</name>
        <message>
            <source>Log a workout to see progress here.</source>
            <translation>Enregistrez une séance pour voir vos progrès ici.</translation>
        </message>
        <message>
            <source>&amp;30 days</source>
            <translation>&amp;30 jours</translation>
        </message>
        <message>
            <source>3 &amp;months</source>
            <translation>3 &amp;mois</translation>
        </message>
        <message>
            <source>1 &amp;year</source>
            <translation>1 &amp;an</translation>
        </message>
        <message>
            <source>&amp;All</source>
            <translation>&amp;Tout</translation>
        </message>
        <message>
            <source>the last 30 days</source>
            <translation>les 30 derniers jours</translation>
        </message>
        <message>
            <source>the last 3 months</source>
            <translation>les 3 derniers mois</translation>
        </message>
        <message>
            <source>the last year</source>
            <translation>les 12 derniers mois</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Exercice</translation>
        </message>
        <message>
            <source>&amp;Exercise:</source>
            <translation>&amp;Exercice :</translation>
        </message>
        <message>
            <source>Exercises you have logged; type to search ({keys})</source>
            <translation>Exercices que vous avez enregistrés ; tapez pour chercher ({keys})</translation>
        </message>
        <message>
            <source>Mea&amp;sure:</source>
            <translation>Me&amp;sure :</translation>
        </message>
        <message>
            <source>Show {range} ({keys})</source>
            <translation>Afficher {range} ({keys})</translation>
        </message>
        <message>
            <source>everything</source>
            <translation>tout</translation>
        </message>
        <message>
            <source>Sa&amp;ve chart…</source>
            <translation>Enregistrer le &amp;graphique…</translation>
        </message>
        <message>
            <source>Save this chart as a PNG or SVG file ({keys})</source>
            <translation>Enregistrer ce graphique en fichier PNG ou SVG ({keys})</translation>
        </message>
        <message>
            <source>Personal records</source>
            <translation>Records personnels</translation>
        </message>
        <message>
            <source>&amp;Routine:</source>
            <translation>&amp;Routine :</translation>
        </message>
        <message>
            <source>The routine whose weeks are shown ({keys})</source>
            <translation>La routine dont les semaines sont affichées ({keys})</translation>
        </message>
        <message>
            <source>Weekly adherence</source>
            <translation>Régularité hebdomadaire</translation>
        </message>
        <message>
            <source>Active days</source>
            <translation>Jours actifs</translation>
        </message>
        <message>
            <source>How targets progress</source>
            <translation>Progression des objectifs</translation>
        </message>
        <message>
            <source>Save this chart…</source>
            <translation>Enregistrer ce graphique…</translation>
        </message>
        <message>
            <source>Save the chart below as a PNG or SVG file</source>
            <translation>Enregistrer le graphique ci-dessous en fichier PNG ou SVG</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>Personal records appear here after your first workout.</source>
            <translation>Vos records personnels apparaîtront ici après votre première séance.</translation>
        </message>
        <message>
            <source>{hint} ({keys})</source>
            <translation>{hint} ({keys})</translation>
        </message>
        <message>
            <source>What to chart for this exercise ({keys})</source>
            <translation>Ce que le graphique montre pour cet exercice ({keys})</translation>
        </message>
        <message>
            <source>Personal records: {name}</source>
            <translation>Records personnels : {name}</translation>
        </message>
        <message>
            <source>No personal records for {name} yet.</source>
            <translation>Pas encore de record personnel pour {name}.</translation>
        </message>
        <message>
            <source>Could not load progress: {error}</source>
            <translation>Impossible de charger les progrès : {error}</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Enregistrer le graphique</translation>
        </message>
        <message>
            <source>There is no chart to save yet.</source>
            <translation>Il n'y a pas encore de graphique à enregistrer.</translation>
        </message>
        <message>
            <source>The chart was not saved: {error}</source>
            <translation>Le graphique n'a pas été enregistré : {error}</translation>
        </message>
        <message>
            <source>No {measure} for {name} in {range}. Choose another measure, or “All” to see your older workouts.</source>
            <translation>Aucune donnée « {measure} » pour {name} sur {range}. Choisissez une autre mesure, ou « Tout » pour voir vos séances plus anciennes.</translation>
        </message>
        <message>
            <source>Nothing to chart for this measure. {hint}</source>
            <translation>Rien à afficher pour cette mesure. {hint}</translation>
        </message>
        <message>
            <source>Follow a routine from the Routines tab to see your weeks against its target.</source>
            <translation>Suivez une routine de l'onglet Routines pour comparer vos semaines à son objectif.</translation>
        </message>
        <message>
            <source>Log a workout to fill this calendar of active days.</source>
            <translation>Enregistrez une séance pour remplir ce calendrier des jours actifs.</translation>
        </message>
        <message>
            <source>No current streak: a workout today starts one.</source>
            <translation>Aucun jour actif d'affilée en ce moment : une séance aujourd'hui relance le compte.</translation>
        </message>
        <message>
            <source>Current streak: 1 day.</source>
            <translation>En ce moment : 1 jour actif d'affilée.</translation>
        </message>
        <message numerus="yes">
            <source>Current streak: %n day(s) in a row.</source>
            <translation>
                <numerusform>En ce moment : %n jour actif d'affilée.</numerusform>
                <numerusform>En ce moment : %n jours actifs d'affilée.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n active day(s)</source>
            <translation>
                <numerusform>%n jour actif</numerusform>
                <numerusform>%n jours actifs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{days} in the last %n week(s).</source>
            <translation>
                <numerusform>{days} sur %n semaine.</numerusform>
                <numerusform>{days} sur les %n dernières semaines.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.reminder_settings</name>
        <message>
            <source>Reminders</source>
            <translation>Rappels</translation>
        </message>
        <message>
            <source>Local time; the suggested time is ours</source>
            <translation>Heure locale ; l'heure proposée est la nôtre</translation>
        </message>
        <message>
            <source>Time of the reminder: {reminder}</source>
            <translation>Heure du rappel : {reminder}</translation>
        </message>
        <message>
            <source>A day of the reminder: {reminder}</source>
            <translation>Un jour du rappel : {reminder}</translation>
        </message>
        <message>
            <source>Keep Backline running in the tray when the window is closed</source>
            <translation>Garder Backline dans la zone de notification quand la fenêtre est fermée</translation>
        </message>
        <message>
            <source>Shown as desktop notifications while Backline runs; a reminder stays silent when that part of the program is already done that day.</source>
            <translation>Affichés comme notifications du bureau tant que Backline tourne ; un rappel reste silencieux quand ce volet du programme est déjà fait ce jour-là.</translation>
        </message>
        <message>
            <source>A reminder needs at least one day.</source>
            <translation>Un rappel a besoin d'au moins un jour.</translation>
        </message>
    </context>
    <context>
        <name>ui.routines.dialogs</name>
        <message>
            <source>Add exercise</source>
            <translation>Ajouter un exercice</translation>
        </message>
        <message>
            <source>Search by name, muscle, equipment…</source>
            <translation>Rechercher par nom, muscle, équipement…</translation>
        </message>
        <message>
            <source>Search exercises</source>
            <translation>Rechercher des exercices</translation>
        </message>
        <message>
            <source>By name, muscle or equipment</source>
            <translation>Par nom, muscle ou équipement</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Exercices</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Pick an exercise from the library:</source>
            <translation>Choisissez un exercice dans la bibliothèque :</translation>
        </message>
        <message>
            <source>Group as circuit</source>
            <translation>Regrouper en circuit</translation>
        </message>
        <message>
            <source>Rounds (the moves back to back, then rest):</source>
            <translation>Tours (les mouvements enchaînés, puis repos) :</translation>
        </message>
    </context>
    <context>
        <name>ui.routines.editor</name>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field} : {problem}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>Sessions a week (1-14); 'none' for no weekly target</source>
            <translation>Séances par semaine (1-14) ; « aucun » : pas d'objectif hebdomadaire</translation>
        </message>
        <message>
            <source>Daily</source>
            <translation>Quotidien</translation>
        </message>
        <message>
            <source>Every day: 7 sessions a week</source>
            <translation>Tous les jours : 7 séances par semaine</translation>
        </message>
        <message>
            <source>Suggest the next target from my history</source>
            <translation>Suggérer le prochain objectif d'après mon historique</translation>
        </message>
        <message>
            <source>{rule} Turn off to always use the targets written here.</source>
            <translation>{rule} Désactivez-le pour toujours utiliser les objectifs écrits ici.</translation>
        </message>
        <message>
            <source>Why this routine, in a line</source>
            <translation>Pourquoi cette routine, en une ligne</translation>
        </message>
        <message>
            <source>to</source>
            <translation>à</translation>
        </message>
        <message>
            <source>sessions a week</source>
            <translation>séances par semaine</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Weekly target</source>
            <translation>Objectif hebdomadaire</translation>
        </message>
        <message>
            <source>Weekly target: at least, sessions a week</source>
            <translation>Objectif hebdomadaire : au moins, séances par semaine</translation>
        </message>
        <message>
            <source>Weekly target: at most, sessions a week</source>
            <translation>Objectif hebdomadaire : au plus, séances par semaine</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Progression</source>
            <translation>Progression</translation>
        </message>
        <message>
            <source>Items of the routine</source>
            <translation>Éléments de la routine</translation>
        </message>
        <message>
            <source>Drag to reorder, or Ctrl+Up / Ctrl+Down; Delete removes the selected item</source>
            <translation>Faites glisser pour réordonner, ou Ctrl+Haut / Ctrl+Bas ; Suppr retire l'élément sélectionné</translation>
        </message>
        <message>
            <source>Add exercise…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <source>Add an exercise from the library (Ctrl+E)</source>
            <translation>Ajouter un exercice de la bibliothèque (Ctrl+E)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove the selected item (Delete)</source>
            <translation>Retirer l'élément sélectionné (Suppr)</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Move the item up (Ctrl+Up)</source>
            <translation>Monter l'élément (Ctrl+Haut)</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Move the item down (Ctrl+Down)</source>
            <translation>Descendre l'élément (Ctrl+Bas)</translation>
        </message>
        <message>
            <source>Group as circuit…</source>
            <translation>En circuit…</translation>
        </message>
        <message>
            <source>Do the selected items back to back for a number of rounds</source>
            <translation>Enchaîner les éléments sélectionnés sur plusieurs tours</translation>
        </message>
        <message>
            <source>Ungroup</source>
            <translation>Dissocier</translation>
        </message>
        <message>
            <source>Take the selected items out of their circuit</source>
            <translation>Sortir les éléments sélectionnés de leur circuit</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Undo the last edit (Ctrl+Z)</source>
            <translation>Annuler la dernière modification (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <source>Redo (Ctrl+Shift+Z)</source>
            <translation>Rétablir (Ctrl+Maj+Z)</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <source>Drop every unsaved change</source>
            <translation>Abandonner toutes les modifications non enregistrées</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Save this routine (Ctrl+S)</source>
            <translation>Enregistrer cette routine (Ctrl+S)</translation>
        </message>
        <message>
            <source>Item {number}: {problem}</source>
            <translation>Élément {number} : {problem}</translation>
        </message>
        <message>
            <source>Not saved: {problem}</source>
            <translation>Non enregistré : {problem}</translation>
        </message>
        <message>
            <source>Added {name}.</source>
            <translation>{name} ajouté.</translation>
        </message>
        <message>
            <source>Ready-made, from the article “{title}” ({file}). Saving creates your own copy; “Restore article version” undoes any change.</source>
            <translation>Prédéfinie, tirée de l'article « {title} » ({file}). L'enregistrement crée votre propre copie ; « Restaurer l'original » annule toute modification.</translation>
        </message>
        <message>
            <source>Your copy of a routine from “{title}”.</source>
            <translation>Votre copie d'une routine tirée de « {title} ».</translation>
        </message>
        <message>
            <source>Unsaved changes: saving creates your own copy.</source>
            <translation>Modifications non enregistrées : l'enregistrement crée votre propre copie.</translation>
        </message>
        <message>
            <source>Unsaved changes.</source>
            <translation>Modifications non enregistrées.</translation>
        </message>
    </context>
    <context>
        <name>ui.routines.item_panel</name>
        <message>
            <source>Reps</source>
            <translation>Répétitions</translation>
        </message>
        <message>
            <source>Hold (seconds per rep)</source>
            <translation>Maintien (secondes par rép.)</translation>
        </message>
        <message>
            <source>Duration (minutes)</source>
            <translation>Durée (minutes)</translation>
        </message>
        <message>
            <source>Sets</source>
            <translation>Séries</translation>
        </message>
        <message>
            <source>Reps (min)</source>
            <translation>Rép. (min)</translation>
        </message>
        <message>
            <source>Reps (max)</source>
            <translation>Rép. (max)</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Maintien</translation>
        </message>
        <message>
            <source>s per rep</source>
            <translation>s par rép.</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Rest between sets</source>
            <translation>Repos entre les séries</translation>
        </message>
        <message>
            <source>Rest after</source>
            <translation>Repos après</translation>
        </message>
        <message>
            <source>Target weight</source>
            <translation>Charge cible</translation>
        </message>
        <message>
            <source>Weight step</source>
            <translation>Palier de charge</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Tours</translation>
        </message>
        <message>
            <source>(whole circuit)</source>
            <translation>(circuit entier)</translation>
        </message>
        <message>
            <source>Selected item</source>
            <translation>Élément sélectionné</translation>
        </message>
        <message>
            <source>Each side in turn</source>
            <translation>Chaque côté à tour de rôle</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>As long as you can</source>
            <translation>Aussi longtemps que possible</translation>
        </message>
        <message>
            <source>The clock counts up and Enter stops it; the time above is the mark to reach</source>
            <translation>Le chronomètre tourne et Entrée l'arrête ; la durée ci-dessus est le repère à atteindre</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Several items selected: group them as a circuit, or pick one to edit.</source>
            <translation>Plusieurs éléments sélectionnés : regroupez-les en circuit, ou choisissez-en un à modifier.</translation>
        </message>
        <message>
            <source>Select an item to edit it.</source>
            <translation>Sélectionnez un élément pour le modifier.</translation>
        </message>
        <message>
            <source> (library: {mode})</source>
            <translation> (bibliothèque : {mode})</translation>
        </message>
        <message>
            <source>Our default, not the article's: {fields}</source>
            <translation>Notre valeur par défaut, pas celle de l'article : {fields}</translation>
        </message>
    </context>
    <context>
        <name>ui.routines.models</name>
        <message>
            <source>Ready-made</source>
            <translation>Prédéfinie</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>Ready-made routine from the article “{title}” ({file})</source>
            <translation>Routine prédéfinie tirée de l'article « {title} » ({file})</translation>
        </message>
        <message>
            <source>Your copy of a routine from the article “{title}” ({file})</source>
            <translation>Votre copie d'une routine tirée de l'article « {title} » ({file})</translation>
        </message>
        <message>
            <source>Your own routine</source>
            <translation>Votre propre routine</translation>
        </message>
        <message>
            <source>Circuit {number} × {rounds}</source>
            <translation>Circuit {number} × {rounds}</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Exercice</translation>
        </message>
        <message>
            <source>Circuit</source>
            <translation>Circuit</translation>
        </message>
        <message>
            <source>Prescription</source>
            <translation>Consigne</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>{name} ({mode})</source>
            <translation>{name} ({mode})</translation>
        </message>
        <message>
            <source>target {weight}</source>
            <translation>objectif {weight}</translation>
        </message>
        <message>
            <source>* our default: {fields}</source>
            <translation>* notre valeur par défaut : {fields}</translation>
        </message>
        <message>
            <source>This item has a problem: select it to see which field.</source>
            <translation>Cet élément pose problème : sélectionnez-le pour voir quel champ.</translation>
        </message>
        <message>
            <source>{name}  ({kind}, {mode}, per side)</source>
            <translation>{name}  ({kind}, {mode}, par côté)</translation>
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
            <translation>Routines</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Nouvelle…</translation>
        </message>
        <message>
            <source>Create an empty routine of your own</source>
            <translation>Créer votre propre routine vide</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Renommer…</translation>
        </message>
        <message>
            <source>Rename this routine</source>
            <translation>Renommer cette routine</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Dupliquer</translation>
        </message>
        <message>
            <source>Make your own copy of this routine</source>
            <translation>Faire votre propre copie de cette routine</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Delete this routine (workouts done with it are kept)</source>
            <translation>Supprimer cette routine (les séances faites avec elle sont conservées)</translation>
        </message>
        <message>
            <source>Restore article version</source>
            <translation>Restaurer l'original</translation>
        </message>
        <message>
            <source>Put this ready-made routine back exactly as the article gives it</source>
            <translation>Remettre cette routine prédéfinie exactement telle que l'article la donne</translation>
        </message>
        <message>
            <source>This routine</source>
            <translation>Cette routine</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>My routine</source>
            <translation>Ma routine</translation>
        </message>
        <message>
            <source>New routine</source>
            <translation>Nouvelle routine</translation>
        </message>
        <message>
            <source>Name of the new routine:</source>
            <translation>Nom de la nouvelle routine :</translation>
        </message>
        <message>
            <source>Created “{name}”. Add exercises, then Save.</source>
            <translation>« {name} » créée. Ajoutez des exercices, puis enregistrez.</translation>
        </message>
        <message>
            <source>Rename routine</source>
            <translation>Renommer la routine</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Nouveau nom :</translation>
        </message>
        <message>
            <source>Made “{name}”.</source>
            <translation>« {name} » créée.</translation>
        </message>
        <message>
            <source>Deleted “{name}”. Workouts done with it are kept.</source>
            <translation>« {name} » supprimée. Les séances faites avec elle sont conservées.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>Drop your unsaved changes and restore the article's version?</source>
            <translation>Abandonner vos modifications non enregistrées et restaurer la version de l'article ?</translation>
        </message>
        <message>
            <source>“{name}” is as the article gives it.</source>
            <translation>« {name} » est telle que l'article la donne.</translation>
        </message>
        <message>
            <source>Saved as your own copy “{name}”; the ready-made one is unchanged.</source>
            <translation>Enregistrée comme votre propre copie « {name} » ; la routine prédéfinie est inchangée.</translation>
        </message>
        <message>
            <source>Saved “{name}”.</source>
            <translation>« {name} » enregistrée.</translation>
        </message>
    </context>
    <context>
        <name>ui.settings_tab</name>
        <message>
            <source>Left side first</source>
            <translation>Côté gauche d'abord</translation>
        </message>
        <message>
            <source>Right side first</source>
            <translation>Côté droit d'abord</translation>
        </message>
        <message>
            <source>Kilograms (kg)</source>
            <translation>Kilogrammes (kg)</translation>
        </message>
        <message>
            <source>Pounds (lb)</source>
            <translation>Livres (lb)</translation>
        </message>
        <message>
            <source>Centimetres (cm)</source>
            <translation>Centimètres (cm)</translation>
        </message>
        <message>
            <source>Inches (in)</source>
            <translation>Pouces (in)</translation>
        </message>
        <message>
            <source>The exercise and side at each start</source>
            <translation>L'exercice et le côté à chaque début</translation>
        </message>
        <message>
            <source>The set and round (“set 2 of 3”)</source>
            <translation>La série et le tour (« série 2 sur 3 »)</translation>
        </message>
        <message>
            <source>“Hold” and “release”</source>
            <translation>« Maintenez » et « relâchez »</translation>
        </message>
        <message>
            <source>The rest and its length (“rest, 60 seconds”)</source>
            <translation>Le repos et sa durée (« repos, 60 secondes »)</translation>
        </message>
        <message>
            <source>What comes next (“next: glute bridge”)</source>
            <translation>Ce qui suit (« ensuite : pont fessier »)</translation>
        </message>
        <message>
            <source>Halfway</source>
            <translation>À mi-chemin</translation>
        </message>
        <message>
            <source>The last three seconds (“three, two, one”)</source>
            <translation>Les trois dernières secondes (« trois, deux, un »)</translation>
        </message>
        <message>
            <source>The end of the workout</source>
            <translation>La fin de la séance</translation>
        </message>
        <message>
            <source>Keep the screen on during a workout</source>
            <translation>Garder l'écran allumé pendant la séance</translation>
        </message>
        <message>
            <source>Notify me when a rest ends and Backline is not in front</source>
            <translation>M'avertir quand un repos se termine et que Backline n'est pas au premier plan</translation>
        </message>
        <message>
            <source>Volume of the cue sounds (arrow keys: 1 %, Page Up/Down: 10 %)</source>
            <translation>Volume des signaux sonores (flèches : 1 %, Page préc./suiv. : 10 %)</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
        <message>
            <source>Mute cue sounds</source>
            <translation>Couper les signaux sonores</translation>
        </message>
        <message>
            <source>Speak cues (text to speech)</source>
            <translation>Annonces vocales (synthèse vocale)</translation>
        </message>
        <message>
            <source>Test sound</source>
            <translation>Tester le son</translation>
        </message>
        <message>
            <source>Play a sample cue (and speak, if speech is on) — Alt+T</source>
            <translation>Jouer un signal d'exemple (et parler, si la voix est activée) — Alt+T</translation>
        </message>
        <message>
            <source>Seconds of countdown before the first exercise of a workout (0 to 60)</source>
            <translation>Secondes de compte à rebours avant le premier exercice d'une séance (0 à 60)</translation>
        </message>
        <message>
            <source>off</source>
            <translation>désactivé</translation>
        </message>
        <message>
            <source>A metronome tick every N seconds during a reps set, to pace each rep (0 = off)</source>
            <translation>Un tic de métronome toutes les N secondes pendant une série de répétitions, pour rythmer chaque répétition (0 = désactivé)</translation>
        </message>
        <message>
            <source>Which side one-sided moves start with</source>
            <translation>Le côté par lequel commencent les mouvements unilatéraux</translation>
        </message>
        <message>
            <source>While a workout runs, the screen saver and idle sleep wait; paused or ended, they come back</source>
            <translation>Pendant une séance, l'économiseur d'écran et la mise en veille attendent ; en pause ou à la fin, ils reviennent</translation>
        </message>
        <message>
            <source>A desktop notification when a rest or a timed step ends while another window is in front</source>
            <translation>Une notification du bureau quand un repos ou une étape chronométrée se termine pendant qu'une autre fenêtre est au premier plan</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Unités</translation>
        </message>
        <message>
            <source>Weight:</source>
            <translation>Poids :</translation>
        </message>
        <message>
            <source>Lengths:</source>
            <translation>Longueurs :</translation>
        </message>
        <message>
            <source>Sound</source>
            <translation>Son</translation>
        </message>
        <message>
            <source>Volume:</source>
            <translation>Volume :</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Voix</translation>
        </message>
        <message>
            <source>What the voice says during a workout, while speech is on</source>
            <translation>Ce que dit la voix pendant une séance, quand la voix est activée</translation>
        </message>
        <message>
            <source>During a workout</source>
            <translation>Pendant la séance</translation>
        </message>
        <message>
            <source>Workout player</source>
            <translation>Lecteur de séance</translation>
        </message>
        <message>
            <source>Get ready:</source>
            <translation>Préparation :</translation>
        </message>
        <message>
            <source>Rep cadence:</source>
            <translation>Cadence des rép. :</translation>
        </message>
        <message>
            <source>Per-side moves:</source>
            <translation>Mouvements unilatéraux :</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <source>No voice in this window: cues are beeps only</source>
            <translation>Pas de voix dans cette fenêtre : les signaux ne sont que des bips</translation>
        </message>
        <message>
            <source>Voice: on</source>
            <translation>Voix : activée</translation>
        </message>
        <message>
            <source>Voice is off: cues are beeps only</source>
            <translation>Voix désactivée : les signaux ne sont que des bips</translation>
        </message>
        <message>
            <source>Sound is not available in this window.</source>
            <translation>Le son n'est pas disponible dans cette fenêtre.</translation>
        </message>
        <message>
            <source>Sound cannot play.</source>
            <translation>Le son ne peut pas être joué.</translation>
        </message>
    </context>
    <context>
        <name>ui.store_settings</name>
        <message>
            <source>Database</source>
            <translation>Base de données</translation>
        </message>
        <message>
            <source>In use now: not open yet</source>
            <translation>Utilisée maintenant : pas encore ouverte</translation>
        </message>
        <message>
            <source>Shared database URL</source>
            <translation>URL de la base de données partagée</translation>
        </message>
        <message>
            <source>A PostgreSQL URL without the password; the password comes from {places}</source>
            <translation>Une URL PostgreSQL sans mot de passe ; le mot de passe vient de {places}</translation>
        </message>
        <message>
            <source>For example {url}. Leave the password out: Backline reads it from {places}.</source>
            <translation>Par exemple {url}. N'indiquez pas le mot de passe : Backline le lit dans {places}.</translation>
        </message>
        <message>
            <source>&amp;Test</source>
            <translation>Te&amp;ster</translation>
        </message>
        <message>
            <source>Connect to the shared database now (reads only)</source>
            <translation>Se connecter maintenant à la base de données partagée (lecture seule)</translation>
        </message>
        <message>
            <source>Use the &amp;shared database</source>
            <translation>Utiliser la base de données &amp;partagée</translation>
        </message>
        <message>
            <source>Open this database from the next start on</source>
            <translation>Ouvrir cette base de données à partir du prochain démarrage</translation>
        </message>
        <message>
            <source>Use the &amp;local database</source>
            <translation>Utiliser la base de données &amp;locale</translation>
        </message>
        <message>
            <source>Open the database file on this machine from the next start</source>
            <translation>Ouvrir le fichier de base de données de cet ordinateur à partir du prochain démarrage</translation>
        </message>
        <message>
            <source>The password is never saved by Backline: put it in {places}. A change applies at the next start.</source>
            <translation>Backline n'enregistre jamais le mot de passe : mettez-le dans {places}. Un changement s'applique au prochain démarrage.</translation>
        </message>
        <message>
            <source>Shared database &amp;URL:</source>
            <translation>&amp;URL de la base de données partagée :</translation>
        </message>
        <message>
            <source>Saved: the shared database is used at each start.</source>
            <translation>Enregistré : la base de données partagée est utilisée à chaque démarrage.</translation>
        </message>
        <message>
            <source>Saved: the local database is used at each start.</source>
            <translation>Enregistré : la base de données locale est utilisée à chaque démarrage.</translation>
        </message>
        <message>
            <source>In use now: {database} (BACKLINE_DB is set: it wins over the choice saved here)</source>
            <translation>Utilisée maintenant : {database} (BACKLINE_DB est défini : il l'emporte sur le choix enregistré ici)</translation>
        </message>
        <message>
            <source>In use now: {database}</source>
            <translation>Utilisée maintenant : {database}</translation>
        </message>
        <message>
            <source>Shared database URL: type one, e.g. {url}</source>
            <translation>URL de la base de données partagée : saisissez-en une, par ex. {url}</translation>
        </message>
        <message>
            <source>Shared database URL: {problem}</source>
            <translation>URL de la base de données partagée : {problem}</translation>
        </message>
        <message>
            <source>Shared database URL: not a PostgreSQL URL (e.g. {url})</source>
            <translation>URL de la base de données partagée : ce n'est pas une URL PostgreSQL (par ex. {url})</translation>
        </message>
        <message>
            <source>Shared database URL: leave the password out; put it in {places}</source>
            <translation>URL de la base de données partagée : n'indiquez pas le mot de passe ; mettez-le dans {places}</translation>
        </message>
        <message>
            <source>Connecting to {database}…</source>
            <translation>Connexion à {database}…</translation>
        </message>
        <message>
            <source>{database}: reachable, an empty database (Backline sets it up at the first start).</source>
            <translation>{database} : joignable, une base vide (Backline la prépare au premier démarrage).</translation>
        </message>
        <message>
            <source>{database}: reachable, schema revision {revision}.</source>
            <translation>{database} : joignable, révision du schéma {revision}.</translation>
        </message>
        <message>
            <source>Not reachable: {reason}</source>
            <translation>Injoignable : {reason}</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Non enregistré : {reason}</translation>
        </message>
        <message>
            <source>Saved: Backline opens {database} at the next start.</source>
            <translation>Enregistré : Backline ouvrira {database} au prochain démarrage.</translation>
        </message>
        <message>
            <source>Not changed: {reason}</source>
            <translation>Non modifié : {reason}</translation>
        </message>
        <message>
            <source>Saved: Backline opens the local database ({database}) at the next start.</source>
            <translation>Enregistré : Backline ouvrira la base de données locale ({database}) au prochain démarrage.</translation>
        </message>
    </context>
    <context>
        <name>ui.theme</name>
        <message>
            <source>theme must be one of {modes}, not {mode}</source>
            <translation>le thème doit être l'un de {modes}, pas {mode}</translation>
        </message>
    </context>
    <context>
        <name>ui.today.chart</name>
        <message>
            <source>sleep, h</source>
            <translation>sommeil, h</translation>
        </message>
        <message>
            <source>Calories and sleep, the last 30 days (shaded: the target)</source>
            <translation>Calories et sommeil, les 30 derniers jours (zone ombrée : l'objectif)</translation>
        </message>
    </context>
    <context>
        <name>ui.today.tab</name>
        <message>
            <source>Calories</source>
            <translation>Calories</translation>
        </message>
        <message>
            <source>Protein</source>
            <translation>Protéines</translation>
        </message>
        <message>
            <source>Fruit and vegetables</source>
            <translation>Fruits et légumes</translation>
        </message>
        <message>
            <source>Sleep last night</source>
            <translation>Sommeil la nuit dernière</translation>
        </message>
        <message>
            <source>Water</source>
            <translation>Eau</translation>
        </message>
        <message>
            <source>✓ met</source>
            <translation>✓ atteint</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>pas encore</translation>
        </message>
        <message>
            <source>no target</source>
            <translation>pas d'objectif</translation>
        </message>
        <message>
            <source>sessions</source>
            <translation>séances</translation>
        </message>
        <message>
            <source>servings</source>
            <translation>portions</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n séance</numerusform>
                <numerusform>%n séances</numerusform>
            </translation>
        </message>
        <message>
            <source>{amount} sessions</source>
            <translation>{amount} séances</translation>
        </message>
        <message numerus="yes">
            <source>%n serving(s)</source>
            <translation>
                <numerusform>%n portion</numerusform>
                <numerusform>%n portions</numerusform>
            </translation>
        </message>
        <message>
            <source>{amount} servings</source>
            <translation>{amount} portions</translation>
        </message>
        <message>
            <source>once a week</source>
            <translation>une fois par semaine</translation>
        </message>
        <message>
            <source>once today</source>
            <translation>une fois aujourd'hui</translation>
        </message>
        <message>
            <source>at least {quantity}</source>
            <translation>au moins {quantity}</translation>
        </message>
        <message>
            <source>{quantity} a week</source>
            <translation>{quantity} par semaine</translation>
        </message>
        <message>
            <source>{quantity} today</source>
            <translation>{quantity} aujourd'hui</translation>
        </message>
        <message>
            <source>nothing logged</source>
            <translation>rien d'enregistré</translation>
        </message>
        <message>
            <source>◀ Previous day</source>
            <translation>◀ Jour précédent</translation>
        </message>
        <message>
            <source>Next day ▶</source>
            <translation>Jour suivant ▶</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>Today: the day before</source>
            <translation>Aujourd'hui : le jour d'avant</translation>
        </message>
        <message>
            <source>Today: the day after</source>
            <translation>Aujourd'hui : le jour d'après</translation>
        </message>
        <message>
            <source>Today: back to today</source>
            <translation>Aujourd'hui : revenir à aujourd'hui</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Volet</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Réalisé</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Today's program</source>
            <translation>Le programme du jour</translation>
        </message>
        <message>
            <source>{field}:</source>
            <translation>{field} :</translation>
        </message>
        <message>
            <source>Save the day</source>
            <translation>Enregistrer la journée</translation>
        </message>
        <message>
            <source>The day's log</source>
            <translation>Journal du jour</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Cette semaine</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>30 derniers jours</translation>
        </message>
        <message>
            <source>Streak</source>
            <translation>D'affilée</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Atteint</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Manqué</translation>
        </message>
        <message>
            <source>Streaks and misses</source>
            <translation>Suivi des objectifs</translation>
        </message>
        <message>
            <source>Streaks over</source>
            <translation>Période du suivi</translation>
        </message>
        <message>
            <source>Calories and sleep appear here once logged.</source>
            <translation>Les calories et le sommeil apparaissent ici une fois enregistrés.</translation>
        </message>
        <message>
            <source>%A, %-d %B %Y</source>
            <translation>%A %-d %B %Y</translation>
        </message>
        <message numerus="yes">
            <source>{met} of %n part(s) met. Nothing left to start.</source>
            <translation>
                <numerusform>Volets atteints : {met} sur %n. Plus rien à lancer.</numerusform>
                <numerusform>Volets atteints : {met} sur %n. Plus rien à lancer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{met} of %n part(s) met. Due next:</source>
            <translation>
                <numerusform>Volets atteints : {met} sur %n. À faire ensuite :</numerusform>
                <numerusform>Volets atteints : {met} sur %n. À faire ensuite :</numerusform>
            </translation>
        </message>
        <message>
            <source>our default</source>
            <translation>notre valeur par défaut</translation>
        </message>
        <message>
            <source>Not saved.</source>
            <translation>Non enregistré.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n semaine</numerusform>
                <numerusform>%n semaines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n jour</numerusform>
                <numerusform>%n jours</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.tray</name>
        <message>
            <source>Show Backline</source>
            <translation>Afficher Backline</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
    </context>
    <context>
        <name>ui.widgets.chart_canvas</name>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
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
            <translation>un graphique s'enregistre en .png ou en .svg, pas en « {name} »</translation>
        </message>
    </context>
    <context>
        <name>ui.widgets.number_field</name>
        <message>
            <source>seconds</source>
            <translation>secondes</translation>
        </message>
        <message>
            <source>seconds per rep</source>
            <translation>secondes par répétition</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minutes</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>heures</translation>
        </message>
        <message>
            <source>kilograms</source>
            <translation>kilogrammes</translation>
        </message>
        <message>
            <source>pounds</source>
            <translation>livres</translation>
        </message>
        <message>
            <source>centimetres</source>
            <translation>centimètres</translation>
        </message>
        <message>
            <source>inches</source>
            <translation>pouces</translation>
        </message>
        <message>
            <source>grams</source>
            <translation>grammes</translation>
        </message>
        <message>
            <source>litres</source>
            <translation>litres</translation>
        </message>
        <message>
            <source>kilocalories</source>
            <translation>kilocalories</translation>
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
            <translation>Tour {number} sur {total}</translation>
        </message>
        <message>
            <source>Set {number} of {total}</source>
            <translation>Série {number} sur {total}</translation>
        </message>
        <message>
            <source>Side: {side}</source>
            <translation>Côté : {side}</translation>
        </message>
        <message>
            <source>Rep {number} of {total}</source>
            <translation>Rép. {number} sur {total}</translation>
        </message>
        <message>
            <source>Position {number} of {total}: {position}</source>
            <translation>Position {number} sur {total} : {position}</translation>
        </message>
        <message>
            <source>As long as you can (mark {time}): Enter stops</source>
            <translation>Aussi longtemps que possible (repère {time}) : Entrée arrête</translation>
        </message>
        <message>
            <source>As long as you can: Enter stops</source>
            <translation>Aussi longtemps que possible : Entrée arrête</translation>
        </message>
        <message>
            <source>No workout in progress</source>
            <translation>Aucune séance en cours</translation>
        </message>
        <message>
            <source>Paused — {step}</source>
            <translation>En pause — {step}</translation>
        </message>
        <message>
            <source>Next: finish</source>
            <translation>Ensuite : fin</translation>
        </message>
        <message>
            <source>Next: {step}</source>
            <translation>Ensuite : {step}</translation>
        </message>
    </context>
    <context>
        <name>ui.widgets.set_form</name>
        <message>
            <source>Reps</source>
            <translation>Rép.</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Poids</translation>
        </message>
        <message>
            <source>Seconds</source>
            <translation>Secondes</translation>
        </message>
        <message>
            <source>RPE</source>
            <translation>RPE</translation>
        </message>
        <message>
            <source>Distance (km)</source>
            <translation>Distance (km)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>facultatif</translation>
        </message>
        <message>
            <source>optional, 1-10</source>
            <translation>facultatif, 1-10</translation>
        </message>
        <message>
            <source>Seconds per hold</source>
            <translation>Secondes par maintien</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Distance ({unit})</source>
            <translation>Distance ({unit})</translation>
        </message>
        <message>
            <source>in {unit}</source>
            <translation>en {unit}</translation>
        </message>
        <message>
            <source>e.g. 30</source>
            <translation>p. ex. 30</translation>
        </message>
    </context>
    <context>
        <name>ui.workout.announcer</name>
        <message>
            <source>Workout status</source>
            <translation>État de la séance</translation>
        </message>
    </context>
    <context>
        <name>ui.workout.controls</name>
        <message>
            <source>Pause or resume the workout</source>
            <translation>Mettre la séance en pause ou la reprendre</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>Revenir à l'étape précédente</translation>
        </message>
        <message>
            <source>Skip to the next step</source>
            <translation>Passer à l'étape suivante</translation>
        </message>
        <message>
            <source>Take 15 seconds off this phase</source>
            <translation>Retirer 15 secondes à cette phase</translation>
        </message>
        <message>
            <source>Add 15 seconds to this phase (+ or =)</source>
            <translation>Ajouter 15 secondes à cette phase (+ ou =)</translation>
        </message>
        <message>
            <source>Confirm the set with the values in the form; stop a running timed set</source>
            <translation>Valider la série avec les valeurs du formulaire ; arrêter une série chronométrée en cours</translation>
        </message>
        <message>
            <source>Undo the last logged set</source>
            <translation>Annuler la dernière série enregistrée</translation>
        </message>
        <message>
            <source>One more set of this exercise</source>
            <translation>Une série de plus pour cet exercice</translation>
        </message>
        <message>
            <source>Skip to the next exercise</source>
            <translation>Passer à l'exercice suivant</translation>
        </message>
        <message>
            <source>End the workout</source>
            <translation>Terminer la séance</translation>
        </message>
        <message>
            <source>Floor mode: the workout full screen in large type (F11 or Esc leaves it)</source>
            <translation>Mode au sol : la séance en plein écran en grands caractères (F11 ou Échap pour quitter)</translation>
        </message>
        <message>
            <source>Leave the log field, or floor mode</source>
            <translation>Quitter le champ de saisie ou le mode au sol</translation>
        </message>
        <message>
            <source>Accept the suggested next target of this exercise</source>
            <translation>Accepter l'objectif suivant suggéré pour cet exercice</translation>
        </message>
        <message>
            <source>Keep your target (the suggestion is not taken)</source>
            <translation>Garder votre objectif (la suggestion n'est pas retenue)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>◀ Back</source>
            <translation>◀ Retour</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Suivant ▶</translation>
        </message>
        <message>
            <source>Confirm set</source>
            <translation>Valider la série</translation>
        </message>
        <message>
            <source>Undo set</source>
            <translation>Annuler la série</translation>
        </message>
        <message>
            <source>Add set</source>
            <translation>Ajouter une série</translation>
        </message>
        <message>
            <source>Skip exercise</source>
            <translation>Passer l'exercice</translation>
        </message>
        <message>
            <source>End workout</source>
            <translation>Terminer la séance</translation>
        </message>
        <message>
            <source>Stop ■</source>
            <translation>Arrêter ■</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
    </context>
    <context>
        <name>ui.workout.dialogs</name>
        <message>
            <source>%a %d %b, %H:%M</source>
            <translation>%a %-d %b à %H:%M</translation>
        </message>
        <message numerus="yes">
            <source>“{name}” from {when} was not finished (%n set(s) logged). Continue where you were?</source>
            <translation>
                <numerusform>La séance « {name} » du {when} n'a pas été terminée (%n série enregistrée). Reprendre là où vous en étiez ?</numerusform>
                <numerusform>La séance « {name} » du {when} n'a pas été terminée (%n séries enregistrées). Reprendre là où vous en étiez ?</numerusform>
            </translation>
        </message>
        <message>
            <source>The timed step that was running (one hold, or a set on the clock) starts again from its beginning, paused.</source>
            <translation>L'étape chronométrée en cours (un maintien, ou une série au chrono) reprend depuis son début, en pause.</translation>
        </message>
        <message>
            <source>It is open on another machine right now: finish or close it there to go on here.</source>
            <translation>Elle est ouverte sur un autre ordinateur en ce moment : terminez-la ou fermez-la là-bas pour continuer ici.</translation>
        </message>
        <message>
            <source>Unfinished workout</source>
            <translation>Séance non terminée</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <source>Finish it as it is</source>
            <translation>La terminer telle quelle</translation>
        </message>
        <message>
            <source>Discard it</source>
            <translation>La supprimer</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Plus tard</translation>
        </message>
        <message numerus="yes">
            <source>%n timed set(s) are not logged yet and will be dropped.</source>
            <translation>
                <numerusform>%n série chronométrée n'est pas encore enregistrée et sera abandonnée.</numerusform>
                <numerusform>%n séries chronométrées ne sont pas encore enregistrées et seront abandonnées.</numerusform>
            </translation>
        </message>
        <message>
            <source>No set is logged: the workout will not be saved.</source>
            <translation>Aucune série enregistrée : la séance ne sera pas conservée.</translation>
        </message>
        <message>
            <source>End the workout now?</source>
            <translation>Terminer la séance maintenant ?</translation>
        </message>
        <message>
            <source>End workout</source>
            <translation>Terminer la séance</translation>
        </message>
        <message>
            <source>Go on</source>
            <translation>Continuer</translation>
        </message>
        <message>
            <source>Timed and not logged yet:</source>
            <translation>Chronométré, pas encore enregistré :</translation>
        </message>
        <message>
            <source>Without them no set is logged, and the workout will not be saved.</source>
            <translation>Sans elles, aucune série n'est enregistrée et la séance ne sera pas conservée.</translation>
        </message>
        <message>
            <source>Log what was timed (only that), then end the workout?</source>
            <translation>Enregistrer ce qui a été chronométré (seulement cela), puis terminer la séance ?</translation>
        </message>
        <message>
            <source>Log them and end</source>
            <translation>Enregistrer et terminer</translation>
        </message>
        <message>
            <source>End without them</source>
            <translation>Terminer sans elles</translation>
        </message>
        <message>
            <source>Workout in progress</source>
            <translation>Séance en cours</translation>
        </message>
        <message numerus="yes">
            <source>A workout is in progress (%n set(s) logged). Every logged set is saved.
Quit and resume it at the next start, or end it now?</source>
            <translation>
                <numerusform>Une séance est en cours (%n série enregistrée). Chaque série enregistrée est conservée.
Quitter et la reprendre au prochain démarrage, ou la terminer maintenant ?</numerusform>
                <numerusform>Une séance est en cours (%n séries enregistrées). Chaque série enregistrée est conservée.
Quitter et la reprendre au prochain démarrage, ou la terminer maintenant ?</numerusform>
            </translation>
        </message>
        <message>
            <source>Quit, resume later</source>
            <translation>Quitter, reprendre plus tard</translation>
        </message>
        <message>
            <source>End it and quit</source>
            <translation>La terminer et quitter</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s)</source>
            <translation>
                <numerusform>%n exercice</numerusform>
                <numerusform>%n exercices</numerusform>
            </translation>
        </message>
        <message>
            <source>Time: {duration}</source>
            <translation>Durée : {duration}</translation>
        </message>
        <message>
            <source>Sets: {sets} ({exercises})</source>
            <translation>Séries : {sets} ({exercises})</translation>
        </message>
        <message>
            <source>Volume: {volume}</source>
            <translation>Volume : {volume}</translation>
        </message>
        <message>
            <source>New records: {records}</source>
            <translation>Nouveaux records : {records}</translation>
        </message>
        <message>
            <source>Workout saved — {name}</source>
            <translation>Séance enregistrée — {name}</translation>
        </message>
    </context>
    <context>
        <name>ui.workout.floor</name>
        <message>
            <source>Floor mode</source>
            <translation>Mode au sol</translation>
        </message>
        <message>
            <source>The workout in large type, full screen</source>
            <translation>La séance en grands caractères, en plein écran</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Temps</translation>
        </message>
        <message>
            <source>Leave floor mode</source>
            <translation>Quitter le mode au sol</translation>
        </message>
        <message>
            <source>Space resumes · Esc leaves floor mode</source>
            <translation>Espace reprend · Échap quitte le mode au sol</translation>
        </message>
        <message>
            <source>Space pauses · Enter logs the set · Esc leaves floor mode</source>
            <translation>Espace met en pause · Entrée enregistre la série · Échap quitte le mode au sol</translation>
        </message>
    </context>
    <context>
        <name>ui.workout.log_panel</name>
        <message>
            <source>Normal</source>
            <translation>Normale</translation>
        </message>
        <message>
            <source>Warm-up</source>
            <translation>Échauffement</translation>
        </message>
        <message>
            <source>Drop set</source>
            <translation>Série dégressive</translation>
        </message>
        <message>
            <source>To failure</source>
            <translation>Jusqu'à l'échec</translation>
        </message>
        <message>
            <source>left</source>
            <translation>gauche</translation>
        </message>
        <message>
            <source>right</source>
            <translation>droite</translation>
        </message>
        <message>
            <source>{exercise}: set {number} of {total} ({side})</source>
            <translation>{exercise} : série {number} sur {total} ({side})</translation>
        </message>
        <message>
            <source>{exercise}: set {number} of {total}</source>
            <translation>{exercise} : série {number} sur {total}</translation>
        </message>
        <message>
            <source>{target} or more, as long as you can</source>
            <translation>{target} ou plus, aussi longtemps que possible</translation>
        </message>
        <message>
            <source>{before} then {after}</source>
            <translation>{before} puis {after}</translation>
        </message>
        <message>
            <source>{target} ({positions}, each)</source>
            <translation>{target} ({positions}, chacune)</translation>
        </message>
        <message>
            <source>Target: {target}</source>
            <translation>Objectif : {target}</translation>
        </message>
        <message>
            <source>Log the set</source>
            <translation>Enregistrer la série</translation>
        </message>
        <message>
            <source>Warm-up sets stay out of progress and records</source>
            <translation>Les séries d'échauffement ne comptent ni dans les progrès ni dans les records</translation>
        </message>
        <message>
            <source>Seconds</source>
            <translation>Secondes</translation>
        </message>
        <message>
            <source>Set type:</source>
            <translation>Type de série :</translation>
        </message>
        <message>
            <source>{set} — replaces the one logged before</source>
            <translation>{set} — remplace celle enregistrée avant</translation>
        </message>
        <message>
            <source>{set} — being timed, log it when it ends</source>
            <translation>{set} — chronométrée, enregistrez-la à la fin</translation>
        </message>
        <message>
            <source>{set} — in progress, log it when it ends</source>
            <translation>{set} — en cours, enregistrez-la à la fin</translation>
        </message>
        <message>
            <source>Nothing to log right now</source>
            <translation>Rien à enregistrer pour l'instant</translation>
        </message>
    </context>
    <context>
        <name>ui.workout.mini_timer</name>
        <message>
            <source>Backline timer</source>
            <translation>Minuteur Backline</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Pause or resume</source>
            <translation>Mettre en pause ou reprendre</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>Skip to the next step</source>
            <translation>Passer à l'étape suivante</translation>
        </message>
        <message>
            <source>Set done</source>
            <translation>Série terminée</translation>
        </message>
        <message>
            <source>Confirm the set with the values in the form</source>
            <translation>Valider la série avec les valeurs du formulaire</translation>
        </message>
        <message>
            <source>Full window</source>
            <translation>Fenêtre complète</translation>
        </message>
        <message>
            <source>Back to the full window</source>
            <translation>Revenir à la fenêtre complète</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
    </context>
    <context>
        <name>ui.workout.screen_keeper</name>
        <message>
            <source>A workout is running</source>
            <translation>Une séance est en cours</translation>
        </message>
        <message>
            <source>Rest over</source>
            <translation>Repos terminé</translation>
        </message>
        <message>
            <source>Time to start</source>
            <translation>C'est parti</translation>
        </message>
        <message>
            <source>Time's up: {exercise}</source>
            <translation>Temps écoulé : {exercise}</translation>
        </message>
        <message>
            <source>Time's up: the set</source>
            <translation>Temps écoulé : la série</translation>
        </message>
        <message>
            <source>Next: {step}</source>
            <translation>Ensuite : {step}</translation>
        </message>
        <message>
            <source>the notification failed ({error})</source>
            <translation>la notification a échoué ({error})</translation>
        </message>
    </context>
    <context>
        <name>ui.workout.suggestion</name>
        <message numerus="yes">
            <source>+%n set(s)</source>
            <translation>
                <numerusform>+%n série</numerusform>
                <numerusform>+%n séries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>-%n set(s)</source>
            <translation>
                <numerusform>-%n série</numerusform>
                <numerusform>-%n séries</numerusform>
            </translation>
        </message>
        <message>
            <source>{sign}{seconds} s hold</source>
            <translation>{sign}{seconds} s de maintien</translation>
        </message>
        <message>
            <source>reps {range}</source>
            <translation>rép. {range}</translation>
        </message>
        <message>
            <source>Suggested: {target} ({change}), or the harder variation: {name}</source>
            <translation>Suggestion : {target} ({change}), ou la variante plus difficile : {name}</translation>
        </message>
        <message>
            <source>Suggested: {target} ({change})</source>
            <translation>Suggestion : {target} ({change})</translation>
        </message>
        <message>
            <source>Suggested: {target}, or the harder variation: {name}</source>
            <translation>Suggestion : {target}, ou la variante plus difficile : {name}</translation>
        </message>
        <message>
            <source>Suggested: {target}</source>
            <translation>Suggestion : {target}</translation>
        </message>
        <message>
            <source>Suggested: the harder variation, {name}</source>
            <translation>Suggestion : la variante plus difficile, {name}</translation>
        </message>
        <message>
            <source>Suggested: keep your target</source>
            <translation>Suggestion : gardez votre objectif</translation>
        </message>
        <message>
            <source> To switch, change the exercise in the Routines tab; A takes only the target.</source>
            <translation> Pour changer, modifiez l'exercice dans l'onglet Routines ; A ne prend que l'objectif.</translation>
        </message>
        <message>
            <source>Accept ({key})</source>
            <translation>Accepter ({key})</translation>
        </message>
        <message>
            <source>Keep ({key})</source>
            <translation>Garder ({key})</translation>
        </message>
    </context>
    <context>
        <name>ui.workout.tab</name>
        <message>
            <source>Not saved: connection to the shared database lost — retrying</source>
            <translation>Non enregistré : connexion à la base de données partagée perdue — nouvelle tentative</translation>
        </message>
        <message>
            <source>Connection to the shared database lost: the timer goes on; where you are is saved at the next step once it is back</source>
            <translation>Connexion à la base de données partagée perdue : le minuteur continue ; votre position sera enregistrée à l'étape suivante, une fois la connexion rétablie</translation>
        </message>
        <message>
            <source>Empty workout (add exercises as you go)</source>
            <translation>Séance vide (ajoutez des exercices au fur et à mesure)</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Démarrer</translation>
        </message>
        <message>
            <source>Start a workout from the chosen routine</source>
            <translation>Démarrer une séance avec la routine choisie</translation>
        </message>
        <message>
            <source>Resume unfinished workout…</source>
            <translation>Reprendre la séance non terminée…</translation>
        </message>
        <message>
            <source>Ask again about the workout left unfinished</source>
            <translation>Redemander quoi faire de la séance non terminée</translation>
        </message>
        <message>
            <source>Add exercise</source>
            <translation>Ajouter l'exercice</translation>
        </message>
        <message>
            <source>Add this exercise to the workout in progress</source>
            <translation>Ajouter cet exercice à la séance en cours</translation>
        </message>
        <message>
            <source>Mini timer</source>
            <translation>Mini-minuteur</translation>
        </message>
        <message>
            <source>Switch to a small always-on-top timer ({key})</source>
            <translation>Passer à un petit minuteur toujours au premier plan ({key})</translation>
        </message>
        <message>
            <source>Floor mode</source>
            <translation>Mode au sol</translation>
        </message>
        <message>
            <source>Note for this workout (saved when it ends)</source>
            <translation>Note pour cette séance (enregistrée à la fin)</translation>
        </message>
        <message>
            <source>Routine:</source>
            <translation>Routine :</translation>
        </message>
        <message>
            <source>Workout note</source>
            <translation>Note de séance</translation>
        </message>
        <message>
            <source>No workout in progress</source>
            <translation>Aucune séance en cours</translation>
        </message>
        <message>
            <source>Choose a routine and press Start</source>
            <translation>Choisissez une routine et appuyez sur Démarrer</translation>
        </message>
        <message>
            <source>What you did last time: click to copy it into the form</source>
            <translation>Ce que vous avez fait la dernière fois : cliquez pour le copier dans le formulaire</translation>
        </message>
        <message>
            <source>Last time</source>
            <translation>La dernière fois</translation>
        </message>
        <message>
            <source>Exercise to add</source>
            <translation>Exercice à ajouter</translation>
        </message>
        <message>
            <source>Resumed: press Space to start “{step}”.</source>
            <translation>Reprise : appuyez sur Espace pour démarrer « {step} ».</translation>
        </message>
        <message>
            <source>Not resumed: {error}.</source>
            <translation>Non reprise : {error}.</translation>
        </message>
        <message>
            <source>Wait for {task} to finish first.</source>
            <translation>Patientez : {task} doit d'abord se terminer.</translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s) of {duration}</source>
            <translation>
                <numerusform>%n répétition de {duration}</numerusform>
                <numerusform>%n répétitions de {duration}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n répétition</numerusform>
                <numerusform>%n répétitions</numerusform>
            </translation>
        </message>
        <message>
            <source>{exercise}, set {number} ({side}): {what} timed</source>
            <translation>{exercise}, série {number} ({side}), chronométré : {what}</translation>
        </message>
        <message>
            <source>{exercise}, set {number}: {what} timed</source>
            <translation>{exercise}, série {number}, chronométré : {what}</translation>
        </message>
        <message>
            <source>Not saved: {error}</source>
            <translation>Non enregistré : {error}</translation>
        </message>
        <message>
            <source>Nothing was logged: the workout was not saved</source>
            <translation>Rien n'a été enregistré : la séance n'a pas été conservée</translation>
        </message>
        <message>
            <source>Workout saved</source>
            <translation>Séance enregistrée</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <source>Going on</source>
            <translation>On reprend</translation>
        </message>
        <message>
            <source>Not undone: {error}</source>
            <translation>Non annulé : {error}</translation>
        </message>
        <message>
            <source>No set to undo.</source>
            <translation>Aucune série à annuler.</translation>
        </message>
        <message>
            <source>Undone: set {number} is back in the form.</source>
            <translation>Annulé : la série {number} est de retour dans le formulaire.</translation>
        </message>
        <message>
            <source>Nothing to log right now.</source>
            <translation>Rien à enregistrer pour l'instant.</translation>
        </message>
        <message>
            <source>Stopped here, the set not saved: {error}.</source>
            <translation>Arrêté ici, la série n'est pas enregistrée : {error}.</translation>
        </message>
        <message>
            <source>Saved ✓ {exercise}, set {number} (replaced)</source>
            <translation>Enregistré ✓ {exercise}, série {number} (remplacée)</translation>
        </message>
        <message>
            <source>Saved: {exercise}, set {number} (replaced)</source>
            <translation>Enregistré : {exercise}, série {number} (remplacée)</translation>
        </message>
        <message>
            <source>Saved ✓ {exercise}, set {number}</source>
            <translation>Enregistré ✓ {exercise}, série {number}</translation>
        </message>
        <message>
            <source>Saved: {exercise}, set {number}</source>
            <translation>Enregistré : {exercise}, série {number}</translation>
        </message>
        <message>
            <source> — New record! {records}</source>
            <translation> — Nouveau record ! {records}</translation>
        </message>
        <message>
            <source>New record. {record}</source>
            <translation>Nouveau record. {record}</translation>
        </message>
        <message>
            <source>Nothing to log right now: last time can be copied once a set is ready to log.</source>
            <translation>Rien à enregistrer pour l'instant : la dernière fois pourra être copiée dès qu'une série sera prête à enregistrer.</translation>
        </message>
        <message>
            <source>No suggestion to accept right now.</source>
            <translation>Aucune suggestion à accepter pour l'instant.</translation>
        </message>
        <message>
            <source>New target for {exercise}: {target}.</source>
            <translation>Nouvel objectif pour {exercise} : {target}.</translation>
        </message>
        <message>
            <source> This workout keeps the sets and times it started with; the next plays it all.</source>
            <translation> Cette séance garde les séries et durées de départ ; la prochaine appliquera tout.</translation>
        </message>
        <message>
            <source>Kept your target for {exercise}.</source>
            <translation>Objectif conservé pour {exercise}.</translation>
        </message>
        <message>
            <source>Last time: {sets}</source>
            <translation>La dernière fois : {sets}</translation>
        </message>
        <message>
            <source>Add an exercise to begin</source>
            <translation>Ajoutez un exercice pour commencer</translation>
        </message>
        <message>
            <source>About {left} left of {total}</source>
            <translation>Il reste environ {left} sur {total}</translation>
        </message>
    </context>
</TS>
