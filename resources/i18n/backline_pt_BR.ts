<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>core.body.energy</name>
        <message>
            <source>within the last {window} days, at least {weigh_ins} weigh-ins spanning {days} days and calories logged on {percent}% of those days</source>
            <translation>nos últimos {window} dias, pelo menos {weigh_ins} pesagens ao longo de {days} dias e calorias registradas em {percent}% desses dias</translation>
        </message>
        <message>
            <source>low</source>
            <translation>baixa</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>média</translation>
        </message>
        <message>
            <source>high</source>
            <translation>alta</translation>
        </message>
        <message>
            <source>Maintenance from your log: not enough data yet (it needs, {needs}; {how_to_log})</source>
            <translation>Manutenção pelo seu registro: ainda não há dados suficientes (são necessárias, {needs}; {how_to_log})</translation>
        </message>
        <message>
            <source>Maintenance from your log: {kcal} ± {margin} kcal/day, confidence {confidence} ({days} days, {weigh_ins} weigh-ins, calories on {intake_days} days; mean intake minus the weight change at {kcal_per_kg} kcal per kg, our figure after Wishnofsky 1958)</source>
            <translation>Manutenção pelo seu registro: {kcal} ± {margin} kcal/dia, confiança {confidence} ({days} dias, {weigh_ins} pesagens, calorias em {intake_days} dias; ingestão média menos a variação de peso a {kcal_per_kg} kcal por kg, nosso valor segundo Wishnofsky 1958)</translation>
        </message>
        <message>
            <source>your weight holds steady: you eat at maintenance, with no deficit</source>
            <translation>seu peso está estável: você come no nível de manutenção, sem déficit</translation>
        </message>
        <message>
            <source>less than the articles' {low}-{high} kcal deficit</source>
            <translation>menos que o déficit de {low}-{high} kcal dos artigos</translation>
        </message>
        <message>
            <source>more than the articles' {low}-{high} kcal deficit</source>
            <translation>mais que o déficit de {low}-{high} kcal dos artigos</translation>
        </message>
        <message>
            <source>within the articles' {low}-{high} kcal deficit</source>
            <translation>dentro do déficit de {low}-{high} kcal dos artigos</translation>
        </message>
        <message>
            <source>you are losing {rate} kg a week, a deficit of {deficit} kcal a day, {where}</source>
            <translation>você está perdendo {rate} kg por semana, um déficit de {deficit} kcal por dia, {where}</translation>
        </message>
        <message>
            <source>you are gaining {rate} kg a week, {excess} kcal a day above maintenance: no deficit</source>
            <translation>você está ganhando {rate} kg por semana, {excess} kcal por dia acima da manutenção: sem déficit</translation>
        </message>
        <message>
            <source>At your logged intake of {intake} kcal/day {meaning}.</source>
            <translation>Com sua ingestão registrada de {intake} kcal/dia, {meaning}.</translation>
        </message>
        <message>
            <source>The formula's maintenance is {gap} kcal above the estimate</source>
            <translation>A manutenção pela fórmula está {gap} kcal acima da estimativa</translation>
        </message>
        <message>
            <source>The formula's maintenance is {gap} kcal below the estimate</source>
            <translation>A manutenção pela fórmula está {gap} kcal abaixo da estimativa</translation>
        </message>
        <message>
            <source>{comparison}; its target of {target} kcal would be a {deficit} kcal deficit against the estimate.</source>
            <translation>{comparison}; a meta da fórmula, de {target} kcal, seria um déficit de {deficit} kcal em relação à estimativa.</translation>
        </message>
        <message>
            <source>{comparison}; its target of {target} kcal would be {excess} kcal above the estimate: no deficit.</source>
            <translation>{comparison}; a meta da fórmula, de {target} kcal, ficaria {excess} kcal acima da estimativa: sem déficit.</translation>
        </message>
    </context>
    <context>
        <name>core.body.measurements</name>
        <message>
            <source>is required</source>
            <translation>é obrigatório</translation>
        </message>
        <message>
            <source>enter a weight or at least one measurement</source>
            <translation>informe um peso ou pelo menos uma medida</translation>
        </message>
        <message>
            <source>measurement {id} does not exist</source>
            <translation>a medida {id} não existe</translation>
        </message>
    </context>
    <context>
        <name>core.body.nutrition</name>
        <message>
            <source>our default</source>
            <translation>nosso padrão</translation>
        </message>
        <message>
            <source>article {number}</source>
            <translation>artigo {number}</translation>
        </message>
        <message>
            <source>article {number} — {title}</source>
            <translation>artigo {number} — {title}</translation>
        </message>
        <message>
            <source>years</source>
            <translation>anos</translation>
        </message>
        <message>
            <source>Missing: {inputs}.</source>
            <translation>Faltando: {inputs}.</translation>
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
            <translation>idade</translation>
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
            <translation>nível de atividade</translation>
        </message>
        <message>
            <source>deficit</source>
            <translation>déficit</translation>
        </message>
        <message>
            <source>must be female or male</source>
            <translation>deve ser feminino ou masculino</translation>
        </message>
        <message>
            <source>Resting energy (BMR)</source>
            <translation>Taxa metabólica basal (TMB)</translation>
        </message>
        <message>
            <source>kcal/day</source>
            <translation>kcal/dia</translation>
        </message>
        <message>
            <source>factor {factor}</source>
            <translation>fator {factor}</translation>
        </message>
        <message>
            <source>Maintenance calories</source>
            <translation>Calorias de manutenção</translation>
        </message>
        <message>
            <source>BMR × {factor} ({level})</source>
            <translation>TMB × {factor} ({level})</translation>
        </message>
        <message>
            <source>Daily target range</source>
            <translation>Faixa de meta diária</translation>
        </message>
        <message>
            <source>maintenance − {low} to {high} kcal a day, never below {floor} (our floor)</source>
            <translation>manutenção − {low} a {high} kcal por dia, nunca abaixo de {floor} (nosso piso)</translation>
        </message>
        <message>
            <source>maintenance − {low} to {high} kcal a day</source>
            <translation>manutenção − {low} a {high} kcal por dia</translation>
        </message>
        <message>
            <source>Your daily target</source>
            <translation>Sua meta diária</translation>
        </message>
        <message>
            <source>maintenance − {deficit} kcal (reduced to stay above our floor)</source>
            <translation>manutenção − {deficit} kcal (reduzido para ficar acima do nosso piso)</translation>
        </message>
        <message>
            <source>maintenance − {deficit} kcal (your choice within the article's range)</source>
            <translation>manutenção − {deficit} kcal (sua escolha dentro da faixa do artigo)</translation>
        </message>
        <message>
            <source>Protein</source>
            <translation>Proteína</translation>
        </message>
        <message>
            <source>g/day</source>
            <translation>g/dia</translation>
        </message>
        <message>
            <source>{low}–{high} g per lb of body weight ({pounds} lb)</source>
            <translation>{low}–{high} g por lb de peso corporal ({pounds} lb)</translation>
        </message>
        <message>
            <source>Sleep</source>
            <translation>Sono</translation>
        </message>
        <message>
            <source>hours a night</source>
            <translation>horas por noite</translation>
        </message>
        <message>
            <source>consistent, good-quality sleep</source>
            <translation>sono regular e de qualidade</translation>
        </message>
        <message>
            <source>your maintenance estimate ({maintenance} kcal a day) is at or below {floor} kcal, so the plan keeps you at maintenance, with no deficit</source>
            <translation>sua manutenção estimada ({maintenance} kcal por dia) é igual ou inferior a {floor} kcal, então o plano mantém você na manutenção, sem déficit</translation>
        </message>
        <message>
            <source>the deficit was reduced so the target stays at or above {floor} kcal a day (maintenance is {maintenance} kcal)</source>
            <translation>o déficit foi reduzido para que a meta fique em {floor} kcal por dia ou mais (manutenção: {maintenance} kcal)</translation>
        </message>
        <message>
            <source>Calorie floor: {reduced}. {floor} kcal is our floor for women, not the articles' figure ({reference}). Ask a health professional before eating less.</source>
            <translation>Piso calórico: {reduced}. {floor} kcal é o nosso piso para mulheres, não o valor dos artigos ({reference}). Consulte um profissional de saúde antes de comer menos.</translation>
        </message>
        <message>
            <source>Calorie floor: {reduced}. {floor} kcal is our floor for men, not the articles' figure ({reference}). Ask a health professional before eating less.</source>
            <translation>Piso calórico: {reduced}. {floor} kcal é o nosso piso para homens, não o valor dos artigos ({reference}). Consulte um profissional de saúde antes de comer menos.</translation>
        </message>
        <message>
            <source>{formula}: {weight} × kg {height} × cm {age} × age {constant} (female)</source>
            <translation>{formula}: {weight} × kg {height} × cm {age} × idade {constant} (feminino)</translation>
        </message>
        <message>
            <source>{formula}: {weight} × kg {height} × cm {age} × age {constant} (male)</source>
            <translation>{formula}: {weight} × kg {height} × cm {age} × idade {constant} (masculino)</translation>
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
            <translation>repetições</translation>
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
            <translation>distância</translation>
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
            <translation>séries</translation>
        </message>
        <message>
            <source>fewest reps</source>
            <translation>repetições (mín.)</translation>
        </message>
        <message>
            <source>most reps</source>
            <translation>repetições (máx.)</translation>
        </message>
        <message>
            <source>hold</source>
            <translation>isometria</translation>
        </message>
        <message>
            <source>rest</source>
            <translation>descanso</translation>
        </message>
        <message>
            <source>rest after the round</source>
            <translation>descanso após a rodada</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minutos</translation>
        </message>
        <message>
            <source>rounds</source>
            <translation>rodadas</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nome</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>resumo</translation>
        </message>
        <message>
            <source>fewest sessions a week</source>
            <translation>sessões por semana (mín.)</translation>
        </message>
        <message>
            <source>most sessions a week</source>
            <translation>sessões por semana (máx.)</translation>
        </message>
        <message>
            <source>waist</source>
            <translation>cintura</translation>
        </message>
        <message>
            <source>hips</source>
            <translation>quadril</translation>
        </message>
        <message>
            <source>thigh</source>
            <translation>coxa</translation>
        </message>
        <message>
            <source>calories</source>
            <translation>calorias</translation>
        </message>
        <message>
            <source>protein</source>
            <translation>proteína</translation>
        </message>
        <message>
            <source>servings of fruit and vegetables</source>
            <translation>porções de frutas e verduras</translation>
        </message>
        <message>
            <source>sleep</source>
            <translation>sono</translation>
        </message>
        <message>
            <source>water</source>
            <translation>água</translation>
        </message>
        <message>
            <source>age</source>
            <translation>idade</translation>
        </message>
        <message>
            <source>height</source>
            <translation>altura</translation>
        </message>
        <message>
            <source>get-ready time</source>
            <translation>tempo de preparação</translation>
        </message>
        <message>
            <source>rep cadence</source>
            <translation>cadência das repetições</translation>
        </message>
        <message>
            <source>weight step</source>
            <translation>incremento de peso</translation>
        </message>
        <message>
            <source>volume</source>
            <translation>volume</translation>
        </message>
        <message>
            <source>origin</source>
            <translation>origem</translation>
        </message>
        <message>
            <source>import key</source>
            <translation>chave de importação</translation>
        </message>
        <message>
            <source>name key</source>
            <translation>chave de nome</translation>
        </message>
        <message>
            <source>slug</source>
            <translation>identificador</translation>
        </message>
        <message>
            <source>source</source>
            <translation>fonte</translation>
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
            <translation>equipamento</translation>
        </message>
        <message>
            <source>muscles</source>
            <translation>músculos</translation>
        </message>
        <message>
            <source>instructions</source>
            <translation>instruções</translation>
        </message>
        <message>
            <source>cautions</source>
            <translation>cuidados</translation>
        </message>
        <message>
            <source>positions</source>
            <translation>posições</translation>
        </message>
        <message>
            <source>side</source>
            <translation>lado</translation>
        </message>
        <message>
            <source>set</source>
            <translation>série</translation>
        </message>
        <message>
            <source>set type</source>
            <translation>tipo de série</translation>
        </message>
        <message>
            <source>measured on</source>
            <translation>medido em</translation>
        </message>
        <message>
            <source>reminders</source>
            <translation>lembretes</translation>
        </message>
        <message>
            <source>must be between {minimum} and {maximum} {unit}</source>
            <translation>deve estar entre {minimum} e {maximum} {unit}</translation>
        </message>
        <message>
            <source>must be between {minimum} and {maximum}</source>
            <translation>deve estar entre {minimum} e {maximum}</translation>
        </message>
        <message>
            <source>is not a number</source>
            <translation>não é um número</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>deve ser um número inteiro</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>deve ser texto</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>é obrigatório</translation>
        </message>
        <message>
            <source>must be at most {count} characters</source>
            <translation>deve ter no máximo {count} caracteres</translation>
        </message>
        <message>
            <source>holds a NUL character (U+0000)</source>
            <translation>contém um caractere NUL (U+0000)</translation>
        </message>
        <message>
            <source>“{text}” could be a thousand: write {whole} or {decimal}</source>
            <translation>“{text}” pode significar milhar: escreva {whole} ou {decimal}</translation>
        </message>
        <message>
            <source>“{text}” is not a number</source>
            <translation>“{text}” não é um número</translation>
        </message>
        <message>
            <source>use a point for decimals (“{number}”)</source>
            <translation>use um ponto para os decimais (“{number}”)</translation>
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
            <translation>argumentos posicionais</translation>
        </message>
        <message>
            <source>options</source>
            <translation>opções</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>mostrar esta ajuda e sair</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: erro: %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argumento %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>os seguintes argumentos são obrigatórios: %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>argumentos não reconhecidos: %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>opção inválida: %(value)r (escolha entre %(choices)s)</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valor %(type)s inválido: %(value)r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>era esperado um argumento</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>opção ambígua: %(option)s pode corresponder a %(matches)s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>não permitido com o argumento %s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>argumento explícito %r ignorado</translation>
        </message>
        <message>
            <source>Backline, a desktop workout companion. Without a command, opens the window.</source>
            <translation>Backline, um companheiro de treino para o desktop. Sem comando, abre a janela.</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>mostrar o número da versão e sair</translation>
        </message>
        <message>
            <source>database file, or a PostgreSQL URL such as postgresql://user@host/dbname (password from ~/.pgpass or PGPASSWORD; default: $BACKLINE_DB, else the user data directory)</source>
            <translation>arquivo de banco de dados, ou uma URL do PostgreSQL como postgresql://user@host/dbname (senha de ~/.pgpass ou PGPASSWORD; padrão: $BACKLINE_DB, senão a pasta de dados do usuário)</translation>
        </message>
        <message>
            <source>language of the human-readable output (de, en, es, fr, pt_BR; default: the Settings choice, else the system locale)</source>
            <translation>idioma da saída legível (de, en, es, fr, pt_BR; padrão: a escolha nas Configurações, senão o idioma do sistema)</translation>
        </message>
        <message>
            <source>list the exercise library</source>
            <translation>listar a biblioteca de exercícios</translation>
        </message>
        <message>
            <source>print JSON instead of a table</source>
            <translation>imprimir JSON em vez de uma tabela</translation>
        </message>
        <message>
            <source>list routines</source>
            <translation>listar as rotinas</translation>
        </message>
        <message>
            <source>print JSON instead of text</source>
            <translation>imprimir JSON em vez de texto</translation>
        </message>
        <message>
            <source>import a Strong or Hevy CSV, or a Backline JSON</source>
            <translation>importar um CSV do Strong ou do Hevy, ou um JSON do Backline</translation>
        </message>
        <message>
            <source>the export to import</source>
            <translation>a exportação a importar</translation>
        </message>
        <message>
            <source>weight unit, for files that carry none</source>
            <translation>unidade de peso, para arquivos que não a informam</translation>
        </message>
        <message>
            <source>map an exercise name in the file to a library slug (repeatable)</source>
            <translation>associar um nome de exercício do arquivo a um slug da biblioteca (repetível)</translation>
        </message>
        <message>
            <source>show what would be imported, write nothing</source>
            <translation>mostrar o que seria importado, sem gravar nada</translation>
        </message>
        <message>
            <source>export your history</source>
            <translation>exportar seu histórico</translation>
        </message>
        <message>
            <source>strong: Strong's comma CSV, names as they are (for apps that read Strong files); csv: the same columns for a spreadsheet (a text cell starting with = + - @ gets a leading '); json: everything</source>
            <translation>strong: o CSV com vírgulas do Strong, nomes como estão (para apps que leem arquivos do Strong); csv: as mesmas colunas para uma planilha (uma célula de texto que começa com = + - @ recebe um ' inicial); json: tudo</translation>
        </message>
        <message>
            <source>replace FILE if it exists</source>
            <translation>substituir FILE se existir</translation>
        </message>
        <message>
            <source>weight unit of the CSV (default: your setting)</source>
            <translation>unidade de peso do CSV (padrão: sua configuração)</translation>
        </message>
        <message>
            <source>back up the database (SQLite backup API)</source>
            <translation>fazer backup do banco de dados (API de backup do SQLite)</translation>
        </message>
        <message>
            <source>where to write it (default: the backups folder)</source>
            <translation>onde gravá-lo (padrão: a pasta de backups)</translation>
        </message>
        <message>
            <source>replace the database with a backup</source>
            <translation>substituir o banco de dados por um backup</translation>
        </message>
        <message>
            <source>a backup made by Backline</source>
            <translation>um backup feito pelo Backline</translation>
        </message>
        <message>
            <source>check the database's integrity</source>
            <translation>verificar a integridade do banco de dados</translation>
        </message>
        <message>
            <source>the daily plan: maintenance, target calories, protein and sleep</source>
            <translation>o plano diário: manutenção, calorias-alvo, proteína e sono</translation>
        </message>
        <message>
            <source>The plan's figures from the flags, each with its source; beside the formula's maintenance, the estimate from the weigh-ins and calories in the database (read only, when it exists).</source>
            <translation>Os valores do plano a partir das opções, cada um com sua fonte; ao lado da manutenção pela fórmula, a estimativa a partir das pesagens e calorias no banco de dados (só leitura, quando existe).</translation>
        </message>
        <message>
            <source>daily deficit within the article's 250-500 kcal (default: 500)</source>
            <translation>déficit diário dentro das 250-500 kcal do artigo (padrão: 500)</translation>
        </message>
        <message>
            <source>open the window on the Workout tab, ready to start a routine</source>
            <translation>abrir a janela na aba Treino, pronta para iniciar uma rotina</translation>
        </message>
        <message>
            <source>routine name, as `backline routines` lists it</source>
            <translation>nome da rotina, como `backline routines` o lista</translation>
        </message>
        <message>
            <source>the database</source>
            <translation>o banco de dados</translation>
        </message>
        <message>
            <source>--db: empty; give a database file (leave --db out for the default one)</source>
            <translation>--db: vazio; informe um arquivo de banco de dados (omita --db para usar o padrão)</translation>
        </message>
        <message>
            <source>--db: {path} names a folder; give a database file in it</source>
            <translation>--db: {path} é uma pasta; informe um arquivo de banco de dados dentro dela</translation>
        </message>
        <message>
            <source>BACKLINE_DB: only spaces; give a database file or URL, or unset it</source>
            <translation>BACKLINE_DB: só espaços; informe um arquivo ou URL de banco de dados, ou remova a variável</translation>
        </message>
        <message>
            <source>the saved database choice</source>
            <translation>a escolha de banco de dados salva</translation>
        </message>
        <message>
            <source>cannot use the database: {reason}. Nothing was changed.</source>
            <translation>não é possível usar o banco de dados: {reason}. Nada foi alterado.</translation>
        </message>
        <message>
            <source>cannot use the database: {reason}. The file was not changed.</source>
            <translation>não é possível usar o banco de dados: {reason}. O arquivo não foi alterado.</translation>
        </message>
        <message>
            <source>cannot use the database: {reason}. The file was not changed; `backline restore FILE` puts a backup in its place.</source>
            <translation>não é possível usar o banco de dados: {reason}. O arquivo não foi alterado; `backline restore FILE` coloca um backup no lugar dele.</translation>
        </message>
        <message>
            <source>{problem}; nothing was changed</source>
            <translation>{problem}; nada foi alterado</translation>
        </message>
        <message>
            <source>{store}: cannot use the database: {reason}</source>
            <translation>{store}: não é possível usar o banco de dados: {reason}</translation>
        </message>
        <message>
            <source>no command given; run `backline` (or `python main.py`) to open the window, or see --help</source>
            <translation>nenhum comando informado; execute `backline` (ou `python main.py`) para abrir a janela, ou veja --help</translation>
        </message>
    </context>
    <context>
        <name>core.cli.catalog</name>
        <message>
            <source>strength</source>
            <translation>força</translation>
        </message>
        <message>
            <source>cardio</source>
            <translation>cardio</translation>
        </message>
        <message>
            <source>mobility</source>
            <translation>mobilidade</translation>
        </message>
        <message>
            <source>recovery</source>
            <translation>recuperação</translation>
        </message>
        <message>
            <source>reps</source>
            <translation>repetições</translation>
        </message>
        <message>
            <source>hold</source>
            <translation>isometria</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>duração</translation>
        </message>
        <message>
            <source>low</source>
            <translation>baixo</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>médio</translation>
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
            <translation>nome</translation>
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
            <translation>prescrição</translation>
        </message>
        <message>
            <source>impact</source>
            <translation>impacto</translation>
        </message>
        <message>
            <source>articles</source>
            <translation>artigos</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies); * marks our default where the articles give no number.</source>
            <translation>
                <numerusform>%n entrada; * marca nosso padrão onde os artigos não dão um número.</numerusform>
                <numerusform>%n entradas; * marca nosso padrão onde os artigos não dão um número.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>core.cli.common</name>
        <message>
            <source>no routine named {name}; the routines are: {routines}</source>
            <translation>nenhuma rotina chamada {name}; as rotinas são: {routines}</translation>
        </message>
    </context>
    <context>
        <name>core.cli.daily</name>
        <message>
            <source>calories</source>
            <translation>calorias</translation>
        </message>
        <message>
            <source>protein</source>
            <translation>proteína</translation>
        </message>
        <message>
            <source>servings</source>
            <translation>porções</translation>
        </message>
        <message>
            <source>sleep</source>
            <translation>sono</translation>
        </message>
        <message>
            <source>water</source>
            <translation>água</translation>
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
            <translation>quadril</translation>
        </message>
        <message>
            <source>thigh</source>
            <translation>coxa</translation>
        </message>
        <message>
            <source>record (or update) a day's calories, protein, servings, sleep and water</source>
            <translation>registrar (ou atualizar) calorias, proteína, porções, sono e água de um dia</translation>
        </message>
        <message>
            <source>Record a day's log: only the values given change. With no value, print the day as stored (read-only).</source>
            <translation>Registrar o dia: só mudam os valores informados. Sem valor, mostra o dia como está salvo (somente leitura).</translation>
        </message>
        <message>
            <source>the day (default: today, local)</source>
            <translation>o dia (padrão: hoje, horário local)</translation>
        </message>
        <message>
            <source>print the day as JSON</source>
            <translation>imprimir o dia como JSON</translation>
        </message>
        <message>
            <source>where you stand today on the whole program: each part, its target and source</source>
            <translation>como você está hoje em todo o programa: cada parte, sua meta e sua fonte</translation>
        </message>
        <message>
            <source>Each part of the articles' program for a day and its week: the target, what is done, whether it is met, and the article it comes from. Read-only.</source>
            <translation>Cada parte do programa dos artigos para um dia e sua semana: a meta, o que foi feito, se foi cumprida e o artigo de onde vem. Somente leitura.</translation>
        </message>
        <message>
            <source>print JSON: {shape}</source>
            <translation>imprimir JSON: {shape}</translation>
        </message>
        <message>
            <source>body measurements</source>
            <translation>medidas corporais</translation>
        </message>
        <message>
            <source>add a body measurement</source>
            <translation>adicionar uma medida corporal</translation>
        </message>
        <message>
            <source>the day measured (required)</source>
            <translation>o dia da medição (obrigatório)</translation>
        </message>
        <message>
            <source>body weight in kg (required)</source>
            <translation>peso corporal em kg (obrigatório)</translation>
        </message>
        <message>
            <source>{measure} in cm</source>
            <translation>{measure} em cm</translation>
        </message>
        <message>
            <source>a note</source>
            <translation>uma nota</translation>
        </message>
        <message>
            <source>print the measurement as JSON</source>
            <translation>imprimir a medida como JSON</translation>
        </message>
        <message>
            <source>{flag}: {value} is not a date (YYYY-MM-DD)</source>
            <translation>{flag}: {value} não é uma data (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>{flag}: must be between {earliest} and {latest}</source>
            <translation>{flag}: deve estar entre {earliest} e {latest}</translation>
        </message>
        <message>
            <source>{flag}: {day} is in the future (today is {today})</source>
            <translation>{flag}: {day} está no futuro (hoje é {today})</translation>
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
            <translation>Salvo — {day}</translation>
        </message>
        <message>
            <source>{flag}: {problem}; nothing was saved</source>
            <translation>{flag}: {problem}; nada foi salvo</translation>
        </message>
        <message numerus="yes">
            <source>at least %n session(s)</source>
            <translation>
                <numerusform>pelo menos %n sessão</numerusform>
                <numerusform>pelo menos %n sessões</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{low}–%n session(s)</source>
            <translation>
                <numerusform>{low}–%n sessão</numerusform>
                <numerusform>{low}–%n sessões</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n sessão</numerusform>
                <numerusform>%n sessões</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>at least %n serving(s)</source>
            <translation>
                <numerusform>pelo menos %n porção</numerusform>
                <numerusform>pelo menos %n porções</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{low}–%n serving(s)</source>
            <translation>
                <numerusform>{low}–%n porção</numerusform>
                <numerusform>{low}–%n porções</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n serving(s)</source>
            <translation>
                <numerusform>%n porção</numerusform>
                <numerusform>%n porções</numerusform>
            </translation>
        </message>
        <message>
            <source>no target</source>
            <translation>sem meta</translation>
        </message>
        <message>
            <source>at least {amount}</source>
            <translation>pelo menos {amount}</translation>
        </message>
        <message>
            <source>our default</source>
            <translation>nosso padrão</translation>
        </message>
        <message>
            <source>article {number}</source>
            <translation>artigo {number}</translation>
        </message>
        <message>
            <source>article {number} — {title}</source>
            <translation>artigo {number} — {title}</translation>
        </message>
        <message>
            <source>{weekday} {day} (week from {week_start})</source>
            <translation>{weekday}, {day} (semana a partir de {week_start})</translation>
        </message>
        <message>
            <source>{part} this week</source>
            <translation>{part} nesta semana</translation>
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
            <translation>cumprida</translation>
        </message>
        <message>
            <source>not met</source>
            <translation>não cumprida</translation>
        </message>
        <message>
            <source>Next: {action}</source>
            <translation>A seguir: {action}</translation>
        </message>
        <message>
            <source>Next: nothing due</source>
            <translation>A seguir: nada pendente</translation>
        </message>
        <message>
            <source>--date: is required (YYYY-MM-DD)</source>
            <translation>--date: é obrigatório (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>--weight-kg: is required</source>
            <translation>--weight-kg: é obrigatório</translation>
        </message>
        <message>
            <source>Added {day}: {values}</source>
            <translation>Adicionado — {day}: {values}</translation>
        </message>
    </context>
    <context>
        <name>core.cli.data</name>
        <message numerus="yes">
            <source>%n workout(s)</source>
            <translation>
                <numerusform>%n treino</numerusform>
                <numerusform>%n treinos</numerusform>
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
                <numerusform>%n rotina</numerusform>
                <numerusform>%n rotinas</numerusform>
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
                <numerusform>%n dia registrado</numerusform>
                <numerusform>%n dias registrados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n target(s)</source>
            <translation>
                <numerusform>%n meta</numerusform>
                <numerusform>%n metas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n workout(s) were already here</source>
            <translation>
                <numerusform>%n treino já estava aqui</numerusform>
                <numerusform>%n treinos já estavam aqui</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n were already here</source>
            <translation>
                <numerusform>%n já estava aqui</numerusform>
                <numerusform>%n já estavam aqui</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n were already there</source>
            <translation>
                <numerusform>%n já estava lá</numerusform>
                <numerusform>%n já estavam lá</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new exercise(s)</source>
            <translation>
                <numerusform>%n exercício novo</numerusform>
                <numerusform>%n exercícios novos</numerusform>
            </translation>
        </message>
        <message>
            <source>--map needs NAME=SLUG, got {pair}</source>
            <translation>--map precisa de NAME=SLUG, recebeu {pair}</translation>
        </message>
        <message>
            <source>--dry-run is not available for Backline JSON files</source>
            <translation>--dry-run não está disponível para arquivos JSON do Backline</translation>
        </message>
        <message>
            <source>Imported {workouts} ({sets}), {routines}, {measurements}, {days}, {targets}; {skipped}.</source>
            <translation>Importado: {workouts} ({sets}), {routines}, {measurements}, {days}, {targets}; {skipped}.</translation>
        </message>
        <message>
            <source>{problem} (use --unit kg or --unit lb)</source>
            <translation>{problem} (use --unit kg ou --unit lb)</translation>
        </message>
        <message>
            <source>Detected {app} ({dialect}), unit {unit}, {first} to {last}: {workouts}, {sets}.</source>
            <translation>Detectado: {app} ({dialect}), unidade {unit}, de {first} a {last}: {workouts}, {sets}.</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise name(s) are not in the library and will be added as your own exercises unless mapped with --map: {names}</source>
            <translation>
                <numerusform>%n nome de exercício não está na biblioteca e será adicionado como exercício seu, a menos que seja associado com --map: {names}</numerusform>
                <numerusform>%n nomes de exercícios não estão na biblioteca e serão adicionados como exercícios seus, a menos que sejam associados com --map: {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>Dry run: nothing was written.</source>
            <translation>Simulação: nada foi gravado.</translation>
        </message>
        <message>
            <source>Imported {workouts} ({sets}); {skipped}; {created}.</source>
            <translation>Importado: {workouts} ({sets}); {skipped}; {created}.</translation>
        </message>
        <message>
            <source>{where}: {problem}; nothing was imported</source>
            <translation>{where}: {problem}; nada foi importado</translation>
        </message>
        <message>
            <source>{problem}; nothing was exported</source>
            <translation>{problem}; nada foi exportado</translation>
        </message>
        <message>
            <source>Exported {workouts} ({sets}) to {path}</source>
            <translation>Exportado: {workouts} ({sets}) para {path}</translation>
        </message>
        <message>
            <source>{problem}; no backup was made</source>
            <translation>{problem}; nenhum backup foi feito</translation>
        </message>
        <message>
            <source>Backed up to {path} (the database holds nothing you entered yet)</source>
            <translation>Backup feito em {path} (o banco de dados ainda não contém nada que você tenha inserido)</translation>
        </message>
        <message>
            <source>Backed up to {path}</source>
            <translation>Backup feito em {path}</translation>
        </message>
        <message>
            <source>Backed up {store} to {path} (a Backline JSON export)</source>
            <translation>Backup de {store} feito em {path} (uma exportação JSON do Backline)</translation>
        </message>
        <message>
            <source>{name} is a SQLite backup; the shared database takes a Backline JSON one: `backline --db {path} export --format json --output backup.json`, then `backline restore backup.json`</source>
            <translation>{name} é um backup SQLite; o banco de dados compartilhado aceita um backup JSON do Backline: `backline --db {path} export --format json --output backup.json`, depois `backline restore backup.json`</translation>
        </message>
        <message>
            <source>{name} is a Backline JSON backup (a shared database's); read it into this file with `backline import {path} --format json`</source>
            <translation>{name} é um backup JSON do Backline (de um banco de dados compartilhado); leia-o neste arquivo com `backline import {path} --format json`</translation>
        </message>
        <message>
            <source>Restored {name}; the previous database was kept as {path}</source>
            <translation>{name} restaurado; o banco de dados anterior foi mantido como {path}</translation>
        </message>
        <message>
            <source>Restored {name}</source>
            <translation>{name} restaurado</translation>
        </message>
        <message>
            <source>{name}: {problem}; nothing was restored</source>
            <translation>{name}: {problem}; nada foi restaurado</translation>
        </message>
        <message>
            <source>Restored {name} into {store}: {workouts} ({sets}); {skipped}</source>
            <translation>{name} restaurado em {store}: {workouts} ({sets}); {skipped}</translation>
        </message>
        <message>
            <source>{store}: ok</source>
            <translation>{store}: OK</translation>
        </message>
        <message>
            <source>{store}: damaged: {problems}</source>
            <translation>{store}: danificado: {problems}</translation>
        </message>
        <message>
            <source>{store}: cannot check: {problems}</source>
            <translation>{store}: não é possível verificar: {problems}</translation>
        </message>
    </context>
    <context>
        <name>core.cli.plan</name>
        <message>
            <source>print JSON instead of text. Besides the formula's figures it carries the estimate from your log: maintenance_estimate_kcal, estimate_days, estimate_margin_kcal (the 95% range's half-width), estimate_confidence (low, medium or high) and estimate_kg_per_week; all null until the database holds, {needs}</source>
            <translation>imprimir JSON em vez de texto. Além dos valores da fórmula, traz a estimativa do seu registro: maintenance_estimate_kcal, estimate_days, estimate_margin_kcal (a meia largura do intervalo de 95%), estimate_confidence (low, medium ou high) e estimate_kg_per_week; todos null até que o banco de dados tenha, {needs}</translation>
        </message>
        <message>
            <source>{figure}: {value} ({basis}; {source})</source>
            <translation>{figure}: {value} ({basis}; {source})</translation>
        </message>
        <message>
            <source>`backline body add` and `backline day --kcal` record them</source>
            <translation>`backline body add` e `backline day --kcal` os registram</translation>
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
            <translation>a próxima meta de cada item de uma rotina, a partir do que você fez, e por quê</translation>
        </message>
        <message>
            <source>routine name, as `backline routines` lists it</source>
            <translation>nome da rotina, como `backline routines` o lista</translation>
        </message>
        <message>
            <source>print JSON instead of text</source>
            <translation>imprimir JSON em vez de texto</translation>
        </message>
        <message>
            <source>{routine}: the next target of each item</source>
            <translation>{routine}: a próxima meta de cada item</translation>
        </message>
        <message>
            <source>{routine}: the next target of each item (suggestions are off for this routine: the current targets)</source>
            <translation>{routine}: a próxima meta de cada item (as sugestões estão desativadas para esta rotina: as metas atuais)</translation>
        </message>
        <message>
            <source>{position}. {exercise}: {target}</source>
            <translation>{position}. {exercise}: {target}</translation>
        </message>
        <message>
            <source>{position}. {exercise}: {target} (unchanged)</source>
            <translation>{position}. {exercise}: {target} (sem alteração)</translation>
        </message>
        <message>
            <source>Last time: {done}</source>
            <translation>Da última vez: {done}</translation>
        </message>
    </context>
    <context>
        <name>core.daily.log</name>
        <message>
            <source>is not a field of a day's log</source>
            <translation>não é um campo do registro diário</translation>
        </message>
    </context>
    <context>
        <name>core.daily.reminders</name>
        <message>
            <source>Daily home back complex</source>
            <translation>Circuito diário de costas em casa</translation>
        </message>
        <message>
            <source>Five gentle back moves, as one circuit.</source>
            <translation>Cinco movimentos suaves para as costas, num só circuito.</translation>
        </message>
        <message>
            <source>Thigh massage</source>
            <translation>Massagem nas coxas</translation>
        </message>
        <message>
            <source>5 minutes for the backs of the thighs.</source>
            <translation>5 minutos para a parte de trás das coxas.</translation>
        </message>
        <message>
            <source>Cardio</source>
            <translation>Cardio</translation>
        </message>
        <message>
            <source>30 minutes of tough cardio today.</source>
            <translation>30 minutos de cardio intenso hoje.</translation>
        </message>
        <message>
            <source>must be a list</source>
            <translation>deve ser uma lista</translation>
        </message>
        <message>
            <source>entry {number}: must be an object</source>
            <translation>entrada {number}: deve ser um objeto</translation>
        </message>
        <message>
            <source>entry {number}: key must be one of {keys}</source>
            <translation>entrada {number}: key deve ser um destes: {keys}</translation>
        </message>
        <message>
            <source>{key}: enabled must be true or false</source>
            <translation>{key}: enabled deve ser true ou false</translation>
        </message>
        <message>
            <source>{key}: time must be HH:MM, 00:00 to 23:59</source>
            <translation>{key}: time deve ser HH:MM, de 00:00 a 23:59</translation>
        </message>
        <message>
            <source>{key}: weekdays must list days 0 (Monday) to 6</source>
            <translation>{key}: weekdays deve listar dias de 0 (segunda-feira) a 6</translation>
        </message>
    </context>
    <context>
        <name>core.daily.today</name>
        <message>
            <source>our default ({reference})</source>
            <translation>nosso padrão ({reference})</translation>
        </message>
        <message>
            <source>Start a {minutes} min massage</source>
            <translation>Iniciar massagem de {minutes} min</translation>
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
            <translation>treinos nesta semana com uma série de trabalho de força (o circuito em casa conta à parte)</translation>
        </message>
        <message>
            <source>{minutes} min of cardio this week in all</source>
            <translation>{minutes} min de cardio no total nesta semana</translation>
        </message>
        <message>
            <source>Sleep last night</source>
            <translation>Sono da última noite</translation>
        </message>
        <message>
            <source>Protein</source>
            <translation>Proteína</translation>
        </message>
        <message>
            <source>Calories</source>
            <translation>Calorias</translation>
        </message>
        <message>
            <source>no target until the plan has {missing} (Body &amp; plan)</source>
            <translation>sem meta até o plano ter {missing} (Corpo e plano)</translation>
        </message>
        <message>
            <source>no target until the plan has its inputs (Body &amp; plan)</source>
            <translation>sem meta até o plano ter seus dados (Corpo e plano)</translation>
        </message>
    </context>
    <context>
        <name>core.desktop</name>
        <message>
            <source>the shipped desktop entry has an unexpected Exec line {line}; nothing was installed</source>
            <translation>a entrada da área de trabalho incluída tem uma linha Exec inesperada {line}; nada foi instalado</translation>
        </message>
        <message>
            <source>the shipped desktop entry has no Exec line; nothing was installed</source>
            <translation>a entrada da área de trabalho incluída não tem linha Exec; nada foi instalado</translation>
        </message>
        <message>
            <source>no existing parent folder</source>
            <translation>nenhuma pasta superior existente</translation>
        </message>
        <message>
            <source>{path} is not a folder</source>
            <translation>{path} não é uma pasta</translation>
        </message>
        <message>
            <source>Permission denied</source>
            <translation>Permissão negada</translation>
        </message>
        <message>
            <source>Permission denied (in {path})</source>
            <translation>Permissão negada (em {path})</translation>
        </message>
        <message>
            <source>cannot read the shipped file {path}: {reason}; nothing was installed (reinstall Backline)</source>
            <translation>não foi possível ler o arquivo incluído {path}: {reason}; nada foi instalado (reinstale o Backline)</translation>
        </message>
        <message>
            <source>cannot install: the launcher {path} does not exist; pass the installed backline script with --exec-path</source>
            <translation>não foi possível instalar: o inicializador {path} não existe; informe o script backline instalado com --exec-path</translation>
        </message>
        <message>
            <source>cannot install: the launcher {path} does not exist (not on PATH nor beside this Python); pass the installed backline script with --exec-path</source>
            <translation>não foi possível instalar: o inicializador {path} não existe (nem no PATH nem ao lado deste Python); informe o script backline instalado com --exec-path</translation>
        </message>
        <message>
            <source>a folder is in the way</source>
            <translation>há uma pasta no lugar</translation>
        </message>
        <message numerus="yes">
            <source>cannot write {path}: {reason} (and %n other problem(s)); nothing was installed</source>
            <translation>
                <numerusform>não foi possível gravar {path}: {reason} (e mais %n problema); nada foi instalado</numerusform>
                <numerusform>não foi possível gravar {path}: {reason} (e mais %n problemas); nada foi instalado</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot write {path}: {reason}; nothing was installed</source>
            <translation>não foi possível gravar {path}: {reason}; nada foi instalado</translation>
        </message>
        <message>
            <source>cannot remove {path}: {reason}</source>
            <translation>não foi possível remover {path}: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>{problem} (and %n more problem(s))</source>
            <translation>
                <numerusform>{problem} (e mais %n problema)</numerusform>
                <numerusform>{problem} (e mais %n problemas)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{problems}; removed %n other file(s)</source>
            <translation>
                <numerusform>{problems}; %n outro arquivo removido</numerusform>
                <numerusform>{problems}; %n outros arquivos removidos</numerusform>
            </translation>
        </message>
        <message>
            <source>add Backline to the desktop's application menu, or remove it</source>
            <translation>adicionar o Backline ao menu de aplicativos da área de trabalho, ou removê-lo</translation>
        </message>
        <message>
            <source>install the desktop entry, metainfo and icons for this user</source>
            <translation>instalar a entrada da área de trabalho, os metadados e os ícones para este usuário</translation>
        </message>
        <message>
            <source>remove what `desktop install` wrote</source>
            <translation>remover o que `desktop install` gravou</translation>
        </message>
        <message>
            <source>data folder to use (default: $XDG_DATA_HOME, else ~/.local/share)</source>
            <translation>pasta de dados a usar (padrão: $XDG_DATA_HOME, senão ~/.local/share)</translation>
        </message>
        <message>
            <source>the backline script the menu entry runs (default: the one on PATH)</source>
            <translation>o script backline que a entrada do menu executa (padrão: o do PATH)</translation>
        </message>
        <message>
            <source>wrote {path}</source>
            <translation>{path} gravado</translation>
        </message>
        <message numerus="yes">
            <source>installed Backline's menu entry (%n file(s)) into {folder}</source>
            <translation>
                <numerusform>entrada de menu do Backline instalada (%n arquivo) em {folder}</numerusform>
                <numerusform>entrada de menu do Backline instalada (%n arquivos) em {folder}</numerusform>
            </translation>
        </message>
        <message>
            <source>removed {path}</source>
            <translation>{path} removido</translation>
        </message>
        <message numerus="yes">
            <source>removed Backline's menu entry (%n file(s)) from {folder}</source>
            <translation>
                <numerusform>entrada de menu do Backline removida (%n arquivo) de {folder}</numerusform>
                <numerusform>entrada de menu do Backline removida (%n arquivos) de {folder}</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing to remove: Backline's menu entry is not installed in {folder}</source>
            <translation>nada a remover: a entrada de menu do Backline não está instalada em {folder}</translation>
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
            <translation>(isometria de {time})</translation>
        </message>
        <message>
            <source>{reps} x</source>
            <translation>{reps} x</translation>
        </message>
        <message>
            <source>{time} hold</source>
            <translation>{time} de isometria</translation>
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
            <translation>, depois {time}</translation>
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
            <translation>--lang: {value} não é um idioma que o Backline fala (escolha entre {choices})</translation>
        </message>
    </context>
    <context>
        <name>core.insight.history</name>
        <message>
            <source>no workout {id}</source>
            <translation>não existe o treino {id}</translation>
        </message>
        <message>
            <source>no logged set {id}</source>
            <translation>não existe a série registrada {id}</translation>
        </message>
    </context>
    <context>
        <name>core.insight.progression</name>
        <message>
            <source>suggestions are off for this routine</source>
            <translation>as sugestões estão desativadas para esta rotina</translation>
        </message>
        <message>
            <source>Suggestions build on what you did, warm-ups left out. Weighted moves follow double progression: when every set reached the top of the rep range, the next target adds one step ({barbell_kg} kg or {barbell_lb} lb on a barbell, {dumbbell_kg} kg or {dumbbell_lb} lb on dumbbells; a routine item can have its own) and starts again from the bottom of the range; otherwise it stays at the weight you lifted and aims for the top. Bodyweight moves aim for one more rep than your fewest, up to the top of the range, then one more set (up to {extra_sets} more than the routine's), then the harder variation the article names. Holds held in full get {hold_step} seconds longer; cardio done in full gets {minutes_step} minutes more (up to {minutes_max}). After {misses} missed workouts in a row the suggestion is a deload. When a set fell short, the target stays until you fill it. The step sizes, the deload and the set limit are our rules, not the articles'. You decide: accept a suggestion, keep your target, or turn suggestions off for a routine.</source>
            <translation>As sugestões partem do que você fez, sem contar o aquecimento. Exercícios com peso seguem a dupla progressão: quando todas as séries chegaram ao topo da faixa de repetições, a próxima meta acrescenta um incremento ({barbell_kg} kg ou {barbell_lb} lb na barra, {dumbbell_kg} kg ou {dumbbell_lb} lb nos halteres; um item da rotina pode ter o seu) e recomeça do início da faixa; caso contrário, fica no peso que você levantou e mira o topo. Exercícios com peso corporal miram uma repetição a mais que o seu mínimo, até o topo da faixa, depois uma série a mais (até {extra_sets} a mais que a rotina) e depois a variação mais difícil que o artigo cita. Isometrias mantidas por completo ganham {hold_step} segundos; cardio feito por completo ganha {minutes_step} minutos (até {minutes_max}). Depois de {misses} treinos seguidos abaixo da meta, a sugestão é uma redução de carga (deload). Quando uma série ficou aquém, a meta continua até você cumpri-la. Os incrementos, a redução de carga e o limite de séries são regras nossas, não dos artigos. Você decide: aceite uma sugestão, mantenha sua meta ou desative as sugestões de uma rotina.</translation>
        </message>
        <message>
            <source>no routine item {id}</source>
            <translation>não existe o item de rotina {id}</translation>
        </message>
        <message>
            <source>no routine {id}</source>
            <translation>não existe a rotina {id}</translation>
        </message>
        <message>
            <source>holds {times}</source>
            <translation>isometrias de {times}</translation>
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
            <translation>o incremento deste item</translation>
        </message>
        <message>
            <source>our step</source>
            <translation>nosso incremento</translation>
        </message>
        <message>
            <source>our step for a barbell</source>
            <translation>nosso incremento para barra</translation>
        </message>
        <message>
            <source>our step for a dumbbell</source>
            <translation>nosso incremento para halteres</translation>
        </message>
        <message>
            <source>our step for a {equipment}</source>
            <translation>nosso incremento para {equipment}</translation>
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
                <numerusform>%n série de {total}</numerusform>
                <numerusform>%n séries de {total}</numerusform>
            </translation>
        </message>
        <message>
            <source>{reps} reps</source>
            <translation>{reps} rep.</translation>
        </message>
        <message>
            <source>There is no earlier workout with this exercise yet, so the target stays.</source>
            <translation>Ainda não há treino anterior com este exercício, então a meta continua.</translation>
        </message>
        <message>
            <source>This exercise has no rep target, so the target stays.</source>
            <translation>Este exercício não tem meta de repetições, então a meta continua.</translation>
        </message>
        <message>
            <source>The weight is at the most we allow.</source>
            <translation>O peso já está no máximo que permitimos.</translation>
        </message>
        <message>
            <source>{step}, to the nearest {weight}</source>
            <translation>{step}, arredondado para {weight}</translation>
        </message>
        <message>
            <source>All {sets} reached {top} reps at {weight} last time, so add {step} ({step_source}): {new_weight}, and start again from {bottom} reps (our rule: double progression).</source>
            <translation>Da última vez, as {sets} chegaram a {top} rep. com {weight}, então acrescente {step} ({step_source}): {new_weight} e recomece de {bottom} rep. (nossa regra: dupla progressão).</translation>
        </message>
        <message>
            <source>{misses} workouts in a row at {weight} fell short of {sets} x {bottom} reps, so deload to {new_weight} and build back up (our rule: {percent}% lighter after {after} misses).</source>
            <translation>{misses} treinos seguidos com {weight} ficaram abaixo de {sets} x {bottom} rep., então reduza a carga para {new_weight} (deload) e volte a subir (nossa regra: {percent}% mais leve após {after} treinos abaixo da meta).</translation>
        </message>
        <message>
            <source>Last time {done} at {weight}: stay at {weight} and aim for {top} reps in all {sets}.</source>
            <translation>Da última vez {done} com {weight}: fique em {weight} e mire {top} rep. nas {sets}.</translation>
        </message>
        <message>
            <source>All {sets} reached {top} reps, the top of the range, so add a set: {new_sets} x {range} reps (our rule: one set at a time, up to {most}, from {bottom} reps).</source>
            <translation>As {sets} chegaram a {top} rep., o topo da faixa, então acrescente uma série: {new_sets} x {range} rep. (nossa regra: uma série por vez, até {most}, a partir de {bottom} rep.).</translation>
        </message>
        <message>
            <source>All {sets} reached {top} reps at {most} sets, the most we suggest (our rule), so the next step is the harder variation the article names: {exercise}. Change the exercise in the routine when ready.</source>
            <translation>As {sets} chegaram a {top} rep. com {most} séries, o máximo que sugerimos (nossa regra), então o próximo passo é a variação mais difícil que o artigo cita: {exercise}. Troque o exercício na rotina quando estiver pronto.</translation>
        </message>
        <message>
            <source>All {sets} reached {top} reps at {most} sets, the most we suggest (our rule), and the library names no harder variation: add a weight to make it harder.</source>
            <translation>As {sets} chegaram a {top} rep. com {most} séries, o máximo que sugerimos (nossa regra), e a biblioteca não cita variação mais difícil: acrescente peso para dificultar.</translation>
        </message>
        <message>
            <source>Every set reached {aim} reps last time ({done}), so aim for {new_aim} in every set (our rule: one more than your fewest, up to the top of {range}).</source>
            <translation>Da última vez cada série chegou a {aim} rep. ({done}), então mire {new_aim} em cada série (nossa regra: uma a mais que o seu mínimo, até o topo de {range}).</translation>
        </message>
        <message>
            <source>{misses} workouts in a row fell short of {sets} x {bottom} reps, so ease off: {fewer} x {range} reps, and build back up (our rule: one set fewer after {after} misses).</source>
            <translation>{misses} treinos seguidos ficaram abaixo de {sets} x {bottom} rep., então alivie: {fewer} x {range} rep., e volte a subir (nossa regra: uma série a menos após {after} treinos abaixo da meta).</translation>
        </message>
        <message>
            <source>Last time {done}: aim for {aim} reps in all {sets} again.</source>
            <translation>Da última vez {done}: mire de novo {aim} rep. nas {sets}.</translation>
        </message>
        <message>
            <source>This hold has no time target, so there is nothing to add to.</source>
            <translation>Esta isometria não tem meta de tempo, então não há o que aumentar.</translation>
        </message>
        <message>
            <source>The hold is already at the longest time we allow.</source>
            <translation>A isometria já está no tempo máximo que permitimos.</translation>
        </message>
        <message>
            <source>at least {held} s (target {goal} s)</source>
            <translation>pelo menos {held} s (meta {goal} s)</translation>
        </message>
        <message>
            <source>Every hold lasted {held} last time, so hold {step} s longer (our step): {new} s.</source>
            <translation>Da última vez cada isometria durou {held}, então segure {step} s a mais (nosso incremento): {new} s.</translation>
        </message>
        <message>
            <source>{misses} workouts in a row had a hold shorter than {goal} s, so ease off to {new} s and build back up (our rule: one step back after {after} misses).</source>
            <translation>{misses} treinos seguidos tiveram uma isometria abaixo de {goal} s, então recue para {new} s e volte a subir (nossa regra: um incremento a menos após {after} treinos abaixo da meta).</translation>
        </message>
        <message>
            <source>Not every hold lasted {goal} s last time (shortest {shortest}), so aim for {goal} s again.</source>
            <translation>Da última vez nem toda isometria durou {goal} s (a mais curta: {shortest}), então mire {goal} s de novo.</translation>
        </message>
        <message>
            <source>This activity has no time target, so the target stays.</source>
            <translation>Esta atividade não tem meta de tempo, então a meta continua.</translation>
        </message>
        <message>
            <source>You did the full {minutes} min last time; {kind} time keeps the article's length (our rule: only cardio and strength time grows).</source>
            <translation>Da última vez você fez os {minutes} min completos; em {kind} mantém-se a duração do artigo (nossa regra: só o tempo de cardio e de força aumenta).</translation>
        </message>
        <message>
            <source>You did the full {minutes} min last time, the longest we suggest (our rule: up to {cap} min).</source>
            <translation>Da última vez você fez os {minutes} min completos, o máximo que sugerimos (nossa regra: até {cap} min).</translation>
        </message>
        <message>
            <source>the full {minutes} min</source>
            <translation>os {minutes} min completos</translation>
        </message>
        <message>
            <source>You did {done} last time, so add {step} min (our step): {new} min.</source>
            <translation>Da última vez você fez {done}, então acrescente {step} min (nosso incremento): {new} min.</translation>
        </message>
        <message>
            <source>{misses} workouts in a row were shorter than {minutes} min, so ease off to {new} min and build back up (our rule: one step back after {after} misses).</source>
            <translation>{misses} treinos seguidos duraram menos de {minutes} min, então recue para {new} min e volte a subir (nossa regra: um incremento a menos após {after} treinos abaixo da meta).</translation>
        </message>
        <message>
            <source>Last time {done} min of {minutes}: aim for the full {minutes} min again.</source>
            <translation>Da última vez {done} min de {minutes}: mire de novo os {minutes} min completos.</translation>
        </message>
        <message>
            <source>mobility</source>
            <translation>mobilidade</translation>
        </message>
        <message>
            <source>recovery</source>
            <translation>recuperação</translation>
        </message>
        <message>
            <source>cardio</source>
            <translation>cardio</translation>
        </message>
        <message>
            <source>strength</source>
            <translation>força</translation>
        </message>
    </context>
    <context>
        <name>core.insight.records</name>
        <message>
            <source>Heaviest weight</source>
            <translation>Maior peso</translation>
        </message>
        <message>
            <source>Most reps at a weight</source>
            <translation>Mais rep. com um peso</translation>
        </message>
        <message>
            <source>Best estimated 1RM (Epley)</source>
            <translation>Melhor 1RM estimado (Epley)</translation>
        </message>
        <message>
            <source>Longest hold</source>
            <translation>Isometria mais longa</translation>
        </message>
        <message>
            <source>Longest activity</source>
            <translation>Atividade mais longa</translation>
        </message>
        <message>
            <source>Heaviest weight: {weight} × {reps}</source>
            <translation>Maior peso: {weight} × {reps}</translation>
        </message>
        <message>
            <source>Heaviest weight: {weight}</source>
            <translation>Maior peso: {weight}</translation>
        </message>
        <message>
            <source>Most reps at {weight}: {reps}</source>
            <translation>Mais rep. com {weight}: {reps}</translation>
        </message>
        <message>
            <source>Most reps at bodyweight: {reps}</source>
            <translation>Mais rep. com peso corporal: {reps}</translation>
        </message>
        <message>
            <source>Best estimated 1RM: {e1rm} ({weight} × {reps}, Epley)</source>
            <translation>Melhor 1RM estimado: {e1rm} ({weight} × {reps}, Epley)</translation>
        </message>
        <message>
            <source>Longest hold: {time}</source>
            <translation>Isometria mais longa: {time}</translation>
        </message>
        <message>
            <source>Longest activity: {time}</source>
            <translation>Atividade mais longa: {time}</translation>
        </message>
        <message>
            <source>no logged set {id}</source>
            <translation>não existe a série registrada {id}</translation>
        </message>
    </context>
    <context>
        <name>core.insight.targets</name>
        <message>
            <source>no routine item {id}</source>
            <translation>não existe o item de rotina {id}</translation>
        </message>
        <message>
            <source>must be at least the fewest reps</source>
            <translation>deve ser pelo menos o mínimo de rep.</translation>
        </message>
    </context>
    <context>
        <name>core.insight.trends</name>
        <message>
            <source>Heaviest set</source>
            <translation>Série mais pesada</translation>
        </message>
        <message>
            <source>Estimated 1RM</source>
            <translation>1RM estimado</translation>
        </message>
        <message>
            <source>Volume per workout</source>
            <translation>Volume por treino</translation>
        </message>
        <message>
            <source>Total reps</source>
            <translation>Total de rep.</translation>
        </message>
        <message>
            <source>Longest hold</source>
            <translation>Isometria mais longa</translation>
        </message>
        <message>
            <source>Minutes of activity</source>
            <translation>Minutos de atividade</translation>
        </message>
        <message>
            <source>The heaviest weight lifted in one set, per workout</source>
            <translation>O maior peso levantado em uma série, por treino</translation>
        </message>
        <message>
            <source>Estimated one-rep maximum (Epley: w × (1 + reps/30)), the best set per workout</source>
            <translation>Máximo estimado para uma repetição (Epley: w × (1 + rep./30)), a melhor série por treino</translation>
        </message>
        <message>
            <source>Weight × reps summed over the workout's sets</source>
            <translation>Peso × rep., somado nas séries do treino</translation>
        </message>
        <message>
            <source>Reps summed over the workout's sets</source>
            <translation>Rep. somadas nas séries do treino</translation>
        </message>
        <message>
            <source>The longest hold of the workout</source>
            <translation>A isometria mais longa do treino</translation>
        </message>
        <message>
            <source>Minutes of the activity, per workout</source>
            <translation>Minutos da atividade, por treino</translation>
        </message>
        <message>
            <source>30 days</source>
            <translation>30 dias</translation>
        </message>
        <message>
            <source>3 months</source>
            <translation>3 meses</translation>
        </message>
        <message>
            <source>1 year</source>
            <translation>1 ano</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tudo</translation>
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
            <translation>isto parece uma exportação do {app}, não do {format}</translation>
        </message>
        <message>
            <source>not UTF-8 text (byte {position})</source>
            <translation>não é texto UTF-8 (byte {position})</translation>
        </message>
    </context>
    <context>
        <name>core.interchange.backline</name>
        <message>
            <source>expected an object</source>
            <translation>era esperado um objeto</translation>
        </message>
        <message>
            <source>missing {key}</source>
            <translation>falta {key}</translation>
        </message>
        <message>
            <source>expected a list</source>
            <translation>era esperada uma lista</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>deve ser texto</translation>
        </message>
        <message>
            <source>holds a NUL character (U+0000)</source>
            <translation>contém um caractere NUL (U+0000)</translation>
        </message>
        <message>
            <source>{value} is not one of {choices}</source>
            <translation>{value} não é nenhum de {choices}</translation>
        </message>
        <message>
            <source>missing time</source>
            <translation>falta o horário</translation>
        </message>
        <message>
            <source>{value} is not an ISO 8601 time</source>
            <translation>{value} não é um horário ISO 8601</translation>
        </message>
        <message>
            <source>{value} has no UTC offset</source>
            <translation>{value} não tem deslocamento UTC</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>deve ser um número inteiro</translation>
        </message>
        <message>
            <source>must be a list of texts</source>
            <translation>deve ser uma lista de textos</translation>
        </message>
        <message>
            <source>must hold at most {count} lines</source>
            <translation>deve ter no máximo {count} linhas</translation>
        </message>
        <message>
            <source>{value} is not a date</source>
            <translation>{value} não é uma data</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>deve ser true ou false</translation>
        </message>
        <message>
            <source>must not be null</source>
            <translation>não pode ser null</translation>
        </message>
        <message>
            <source>not UTF-8 text</source>
            <translation>não é texto UTF-8</translation>
        </message>
        <message>
            <source>not valid JSON ({reason})</source>
            <translation>JSON inválido ({reason})</translation>
        </message>
        <message>
            <source>not valid JSON (too deeply nested)</source>
            <translation>JSON inválido (aninhamento profundo demais)</translation>
        </message>
        <message>
            <source>not valid JSON (a number too long)</source>
            <translation>JSON inválido (um número longo demais)</translation>
        </message>
        <message>
            <source>unknown exercise {slug}</source>
            <translation>exercício desconhecido {slug}</translation>
        </message>
        <message>
            <source>is only for hold and duration items</source>
            <translation>só vale para itens de isometria ou de duração</translation>
        </message>
        <message>
            <source>is only for reps items</source>
            <translation>só vale para itens de repetições</translation>
        </message>
        <message>
            <source>nests deeper than {count} levels</source>
            <translation>aninha mais de {count} níveis</translation>
        </message>
        <message>
            <source>is before the workout's started_at</source>
            <translation>é anterior ao started_at do treino</translation>
        </message>
        <message>
            <source>holds no value</source>
            <translation>não contém nenhum valor</translation>
        </message>
        <message>
            <source>no item {position} in the routine {routine}</source>
            <translation>não há item {position} na rotina {routine}</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>é obrigatório</translation>
        </message>
        <message>
            <source>not a Backline export (format is not 'backline')</source>
            <translation>não é uma exportação do Backline (format não é 'backline')</translation>
        </message>
        <message>
            <source>version {version} is newer than this app reads</source>
            <translation>a versão {version} é mais nova do que este app consegue ler</translation>
        </message>
        <message>
            <source>a value the database refuses ({reason})</source>
            <translation>um valor que o banco de dados recusa ({reason})</translation>
        </message>
    </context>
    <context>
        <name>core.interchange.common</name>
        <message>
            <source>line {line}: {reason}</source>
            <translation>linha {line}: {reason}</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <source>this {dialect} export does not say whether weights are kg or lb: choose the unit</source>
            <translation>esta exportação {dialect} não diz se os pesos estão em kg ou lb: escolha a unidade</translation>
        </message>
        <message numerus="yes">
            <source>{names} and %n more</source>
            <translation>
                <numerusform>{names} e mais %n</numerusform>
                <numerusform>{names} e mais %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n exercise name(s) need a mapping: {names}</source>
            <translation>
                <numerusform>%n nome de exercício precisa de um mapeamento: {names}</numerusform>
                <numerusform>%n nomes de exercícios precisam de um mapeamento: {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} is not a date and time</source>
            <translation>{value} não é uma data e hora</translation>
        </message>
        <message>
            <source>{value} is not a number</source>
            <translation>{value} não é um número</translation>
        </message>
        <message>
            <source>reps</source>
            <translation>repetições</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>deve ser um número inteiro</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>duração</translation>
        </message>
        <message>
            <source>{value} is not a duration</source>
            <translation>{value} não é uma duração</translation>
        </message>
        <message>
            <source>{value} is longer than {length}</source>
            <translation>{value} dura mais de {length}</translation>
        </message>
        <message>
            <source>expected {expected} fields, found {found}</source>
            <translation>eram esperados {expected} campos, foram encontrados {found}</translation>
        </message>
        <message>
            <source>unreadable CSV ({reason})</source>
            <translation>CSV ilegível ({reason})</translation>
        </message>
        <message>
            <source>{count} days</source>
            <translation>{count} dias</translation>
        </message>
        <message>
            <source>{count} h</source>
            <translation>{count} h</translation>
        </message>
        <message>
            <source>the start</source>
            <translation>início</translation>
        </message>
        <message>
            <source>is more than {length} after {start}</source>
            <translation>é mais de {length} depois do {start}</translation>
        </message>
        <message>
            <source>is before {start}</source>
            <translation>é anterior ao {start}</translation>
        </message>
        <message>
            <source>must be at most {count} characters</source>
            <translation>deve ter no máximo {count} caracteres</translation>
        </message>
        <message>
            <source>holds a control character (U+{code})</source>
            <translation>contém um caractere de controle (U+{code})</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>arquivo não encontrado</translation>
        </message>
        <message>
            <source>cannot be read</source>
            <translation>não pode ser lido</translation>
        </message>
        <message>
            <source>is a folder</source>
            <translation>é uma pasta</translation>
        </message>
        <message>
            <source>is not a regular file</source>
            <translation>não é um arquivo comum</translation>
        </message>
        <message>
            <source>the year {year} is not between {first} and {last}</source>
            <translation>o ano {year} não está entre {first} e {last}</translation>
        </message>
        <message>
            <source>exercise name</source>
            <translation>nome do exercício</translation>
        </message>
        <message>
            <source>workout name</source>
            <translation>nome do treino</translation>
        </message>
        <message>
            <source>workout note</source>
            <translation>nota do treino</translation>
        </message>
        <message>
            <source>the workout ends before it starts</source>
            <translation>o treino termina antes de começar</translation>
        </message>
        <message>
            <source>the workout's end</source>
            <translation>fim do treino</translation>
        </message>
        <message>
            <source>the workout's end is more than {length} after the start</source>
            <translation>o fim do treino é mais de {length} depois do início</translation>
        </message>
        <message>
            <source>the workout's end is before the start</source>
            <translation>o fim do treino é anterior ao início</translation>
        </message>
    </context>
    <context>
        <name>core.interchange.detect</name>
        <message>
            <source>the file is empty or starts with a blank line</source>
            <translation>o arquivo está vazio ou começa com uma linha em branco</translation>
        </message>
        <message>
            <source>this is a Backline JSON file, not a Strong or Hevy export: import it as JSON</source>
            <translation>este é um arquivo JSON do Backline, não uma exportação do Strong ou do Hevy: importe-o como JSON</translation>
        </message>
        <message>
            <source>not a Strong or Hevy export (the header names no known columns)</source>
            <translation>não é uma exportação do Strong ou do Hevy (o cabeçalho não nomeia nenhuma coluna conhecida)</translation>
        </message>
        <message>
            <source>unknown weight unit {unit}</source>
            <translation>unidade de peso desconhecida {unit}</translation>
        </message>
    </context>
    <context>
        <name>core.interchange.hevy</name>
        <message>
            <source>unknown month in {value}</source>
            <translation>mês desconhecido em {value}</translation>
        </message>
        <message>
            <source>{field} is empty</source>
            <translation>{field} está vazio</translation>
        </message>
        <message>
            <source>{value} is more than {length} after start_time</source>
            <translation>{value} é mais de {length} depois de start_time</translation>
        </message>
        <message>
            <source>{value} is before start_time</source>
            <translation>{value} é anterior a start_time</translation>
        </message>
        <message>
            <source>{value} is not a set type</source>
            <translation>{value} não é um tipo de série</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>peso</translation>
        </message>
        <message>
            <source>distance</source>
            <translation>distância</translation>
        </message>
    </context>
    <context>
        <name>core.interchange.strong</name>
        <message>
            <source>date</source>
            <translation>data</translation>
        </message>
        <message>
            <source>{value} is unknown</source>
            <translation>{value} é desconhecida</translation>
        </message>
        <message>
            <source>unknown distance unit {unit}</source>
            <translation>unidade de distância desconhecida {unit}</translation>
        </message>
        <message>
            <source>set order</source>
            <translation>ordem das séries</translation>
        </message>
        <message>
            <source>{value} is not a set</source>
            <translation>{value} não é uma série</translation>
        </message>
        <message>
            <source>exercise name is empty</source>
            <translation>o nome do exercício está vazio</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>peso</translation>
        </message>
        <message>
            <source>weight unit</source>
            <translation>unidade de peso</translation>
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
            <translation>distância</translation>
        </message>
        <message>
            <source>distance unit</source>
            <translation>unidade de distância</translation>
        </message>
    </context>
    <context>
        <name>core.interchange.writer</name>
        <message>
            <source>{name} is mapped to {slug}, which is not an exercise</source>
            <translation>{name} está mapeado para {slug}, que não é um exercício</translation>
        </message>
    </context>
    <context>
        <name>core.library.custom</name>
        <message>
            <source>must be one of {choices}</source>
            <translation>deve ser um destes: {choices}</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>é obrigatório</translation>
        </message>
        <message>
            <source>is required for reps</source>
            <translation>é obrigatório no modo repetições</translation>
        </message>
        <message>
            <source>is required for hold</source>
            <translation>é obrigatório no modo isometria</translation>
        </message>
        <message>
            <source>is required for duration</source>
            <translation>é obrigatório no modo duração</translation>
        </message>
        <message>
            <source>must be at most {count} lines</source>
            <translation>deve ter no máximo {count} linhas</translation>
        </message>
        <message>
            <source>is already used by another exercise</source>
            <translation>já é usado por outro exercício</translation>
        </message>
        <message>
            <source>must be yes or no</source>
            <translation>deve ser sim ou não</translation>
        </message>
        <message>
            <source>is required when most reps is given</source>
            <translation>é obrigatório quando o máximo de repetições é informado</translation>
        </message>
        <message>
            <source>must be at least the fewest reps ({low})</source>
            <translation>deve ser pelo menos o mínimo de repetições ({low})</translation>
        </message>
        <message>
            <source>is required when the other sessions-a-week field is given</source>
            <translation>é obrigatório quando o outro campo de sessões por semana é preenchido</translation>
        </message>
        <message>
            <source>must be at least {low}</source>
            <translation>deve ser pelo menos {low}</translation>
        </message>
        <message>
            <source>“{muscle}” is not one of {choices}</source>
            <translation>“{muscle}” não é um destes: {choices}</translation>
        </message>
        <message>
            <source>needs two or more positions, or none</source>
            <translation>precisa de duas ou mais posições, ou nenhuma</translation>
        </message>
        <message>
            <source>there is no exercise “{slug}”</source>
            <translation>não existe o exercício “{slug}”</translation>
        </message>
        <message>
            <source>My {name}</source>
            <translation>{name} (minha cópia)</translation>
        </message>
        <message>
            <source>Copy of {name}</source>
            <translation>Cópia de {name}</translation>
        </message>
        <message>
            <source>“{name}” is ready-made and cannot be archived</source>
            <translation>“{name}” é predefinido e não pode ser arquivado</translation>
        </message>
        <message>
            <source>“{name}” is ready-made and cannot be merged away</source>
            <translation>“{name}” é predefinido e não pode ser mesclado</translation>
        </message>
        <message>
            <source>an exercise cannot be merged into itself</source>
            <translation>um exercício não pode ser mesclado com ele mesmo</translation>
        </message>
    </context>
    <context>
        <name>core.library.schema</name>
        <message>
            <source>must be a list of names</source>
            <translation>deve ser uma lista de nomes</translation>
        </message>
        <message>
            <source>are only for hold exercises</source>
            <translation>só valem para exercícios de isometria</translation>
        </message>
        <message>
            <source>at most {most} positions, got {count}</source>
            <translation>no máximo {most} posições, há {count}</translation>
        </message>
        <message>
            <source>position {number} is not a name</source>
            <translation>a posição {number} não é um nome</translation>
        </message>
        <message>
            <source>position {number} is empty</source>
            <translation>a posição {number} está vazia</translation>
        </message>
        <message>
            <source>position {number} ({name}) has spaces around it</source>
            <translation>a posição {number} ({name}) tem espaços nas pontas</translation>
        </message>
        <message>
            <source>position {number} is longer than {most} characters</source>
            <translation>a posição {number} tem mais de {most} caracteres</translation>
        </message>
        <message>
            <source>position {name} is given twice</source>
            <translation>a posição {name} aparece duas vezes</translation>
        </message>
    </context>
    <context>
        <name>core.routines.service</name>
        <message>
            <source>routine {id} does not exist</source>
            <translation>a rotina {id} não existe</translation>
        </message>
        <message>
            <source>is already used by another routine</source>
            <translation>já é usado por outra rotina</translation>
        </message>
        <message>
            <source>“{name}” is ready-made and cannot be renamed</source>
            <translation>“{name}” é predefinida e não pode ser renomeada</translation>
        </message>
        <message>
            <source>“{name}” is ready-made and cannot be deleted</source>
            <translation>“{name}” é predefinida e não pode ser excluída</translation>
        </message>
        <message>
            <source>“{exercise}” is not in the library</source>
            <translation>“{exercise}” não está na biblioteca</translation>
        </message>
        <message>
            <source>My {name}</source>
            <translation>{name} (minha cópia)</translation>
        </message>
        <message>
            <source>there is no ready-made routine {key}</source>
            <translation>não existe a rotina predefinida {key}</translation>
        </message>
    </context>
    <context>
        <name>core.routines.text</name>
        <message>
            <source>{prescription}, as long as you can</source>
            <translation>{prescription}, o máximo que puder</translation>
        </message>
        <message>
            <source>{prescription}, steps of {weight}</source>
            <translation>{prescription}, em incrementos de {weight}</translation>
        </message>
        <message>
            <source>no weekly target</source>
            <translation>sem meta semanal</translation>
        </message>
        <message>
            <source>daily{mark}</source>
            <translation>todo dia{mark}</translation>
        </message>
        <message numerus="yes">
            <source>%n{mark} time(s) a week</source>
            <translation>
                <numerusform>%n{mark} vez por semana</numerusform>
                <numerusform>%n{mark} vezes por semana</numerusform>
            </translation>
        </message>
        <message>
            <source>{low}-{high}{mark} times a week</source>
            <translation>{low}-{high}{mark} vezes por semana</translation>
        </message>
        <message>
            <source>ready-made, from the article “{title}”</source>
            <translation>predefinida, do artigo “{title}”</translation>
        </message>
        <message>
            <source>ready-made</source>
            <translation>predefinida</translation>
        </message>
        <message>
            <source>your own, from the article “{title}”</source>
            <translation>sua, do artigo “{title}”</translation>
        </message>
        <message>
            <source>your own</source>
            <translation>sua</translation>
        </message>
        <message numerus="yes">
            <source>Circuit {circuit}, %n round(s):</source>
            <translation>
                <numerusform>Circuito {circuit}, %n rodada:</numerusform>
                <numerusform>Circuito {circuit}, %n rodadas:</numerusform>
            </translation>
        </message>
        <message>
            <source>(* our default: the article does not give this value)</source>
            <translation>(* nosso padrão: o artigo não informa este valor)</translation>
        </message>
    </context>
    <context>
        <name>core.routines.validation</name>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumo</translation>
        </message>
        <message>
            <source>Sessions a week (min)</source>
            <translation>Sessões por semana (mín.)</translation>
        </message>
        <message>
            <source>Sessions a week (max)</source>
            <translation>Sessões por semana (máx.)</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Exercício</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modo</translation>
        </message>
        <message>
            <source>Sets</source>
            <translation>Séries</translation>
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
            <translation>Isometria</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duração</translation>
        </message>
        <message>
            <source>Per side</source>
            <translation>Por lado</translation>
        </message>
        <message>
            <source>Rest between sets</source>
            <translation>Descanso entre séries</translation>
        </message>
        <message>
            <source>Rest after</source>
            <translation>Descanso depois</translation>
        </message>
        <message>
            <source>Target weight</source>
            <translation>Peso-alvo</translation>
        </message>
        <message>
            <source>Weight step</source>
            <translation>Incremento de peso</translation>
        </message>
        <message>
            <source>As long as you can</source>
            <translation>O máximo que puder</translation>
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
            <translation>Rodadas</translation>
        </message>
        <message>
            <source>{field} {problem}</source>
            <translation>{field} {problem}</translation>
        </message>
        <message>
            <source>Item {number}: {field} {problem}</source>
            <translation>Item {number}: {field} {problem}</translation>
        </message>
        <message>
            <source>({low}) is more than the max ({high})</source>
            <translation>({low}) é maior que o máximo ({high})</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>não pode ficar vazio</translation>
        </message>
        <message>
            <source>must be at most {count} characters</source>
            <translation>deve ter no máximo {count} caracteres</translation>
        </message>
        <message>
            <source>is required in reps mode</source>
            <translation>é obrigatório no modo repetições</translation>
        </message>
        <message>
            <source>is required in hold mode</source>
            <translation>é obrigatório no modo isometria</translation>
        </message>
        <message>
            <source>is required in duration mode</source>
            <translation>é obrigatório no modo duração</translation>
        </message>
        <message>
            <source>is required in {mode} mode</source>
            <translation>é obrigatório no modo {mode}</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>é obrigatório</translation>
        </message>
        <message>
            <source>must be given with the other end of the range</source>
            <translation>deve ser informado junto com o outro extremo do intervalo</translation>
        </message>
        <message>
            <source>must be one of {choices}</source>
            <translation>deve ser um destes: {choices}</translation>
        </message>
        <message>
            <source>is required when a max is given</source>
            <translation>é obrigatório quando um máximo é informado</translation>
        </message>
        <message>
            <source>is only for hold and duration items</source>
            <translation>só vale para itens de isometria ou de duração</translation>
        </message>
        <message>
            <source>is only for reps items</source>
            <translation>só vale para itens de repetições</translation>
        </message>
        <message>
            <source>is only for items in a circuit</source>
            <translation>só vale para itens em um circuito</translation>
        </message>
        <message>
            <source>{circuit}: its items must be next to each other</source>
            <translation>{circuit}: seus itens devem ficar juntos</translation>
        </message>
        <message>
            <source>is required in a circuit</source>
            <translation>é obrigatório em um circuito</translation>
        </message>
        <message>
            <source>({rounds}) differs from the circuit's {expected}</source>
            <translation>({rounds}) difere das {expected} do circuito</translation>
        </message>
    </context>
    <context>
        <name>core.store.backups</name>
        <message>
            <source>{path} does not exist</source>
            <translation>{path} não existe</translation>
        </message>
        <message>
            <source>the file is empty: no database was written to it yet</source>
            <translation>o arquivo está vazio: nenhum banco de dados foi gravado nele ainda</translation>
        </message>
        <message>
            <source>cannot open: {reason}</source>
            <translation>não é possível abrir: {reason}</translation>
        </message>
        <message>
            <source>the database is damaged: {reason}</source>
            <translation>o banco de dados está danificado: {reason}</translation>
        </message>
        <message>
            <source>row {row} of {table} points to a missing {parent}</source>
            <translation>a linha {row} de {table} aponta para um registro inexistente de {parent}</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>{path}: no such file</source>
            <translation>{path}: arquivo não encontrado</translation>
        </message>
        <message>
            <source>it is not a Backline database</source>
            <translation>não é um banco de dados do Backline</translation>
        </message>
        <message>
            <source>{name} is not a usable backup: {reason}</source>
            <translation>{name} não é um backup utilizável: {reason}</translation>
        </message>
        <message>
            <source>cannot restore over {path}: {reason}</source>
            <translation>não é possível restaurar sobre {path}: {reason}</translation>
        </message>
        <message>
            <source>{name} is the database itself; choose a backup</source>
            <translation>{name} é o próprio banco de dados; escolha um backup</translation>
        </message>
        <message>
            <source>cannot restore to {path}: no such folder</source>
            <translation>não é possível restaurar em {path}: pasta não encontrada</translation>
        </message>
        <message>
            <source>cannot restore over {path}: the file or its folder is read-only</source>
            <translation>não é possível restaurar sobre {path}: o arquivo ou a pasta dele é somente leitura</translation>
        </message>
        <message>
            <source>the copy of {name} is not sound: {reason}</source>
            <translation>a cópia de {name} não está íntegra: {reason}</translation>
        </message>
        <message>
            <source>{name} changed while it was copied; try again</source>
            <translation>{name} mudou enquanto era copiado; tente de novo</translation>
        </message>
        <message>
            <source>{name} is not a restore journal Backline can read; move it away once you have checked the database</source>
            <translation>{name} não é um registro de restauração que o Backline consiga ler; mova-o depois de conferir o banco de dados</translation>
        </message>
        <message>
            <source>a restore of {name} was interrupted after the backup was in place; it is finished, and the previous database is kept as {kept}</source>
            <translation>uma restauração de {name} foi interrompida quando o backup já estava no lugar; ela foi concluída, e o banco de dados anterior foi mantido como {kept}</translation>
        </message>
        <message>
            <source>a restore of {name} was interrupted after the backup was in place; it is finished</source>
            <translation>uma restauração de {name} foi interrompida quando o backup já estava no lugar; ela foi concluída</translation>
        </message>
        <message>
            <source>a restore of {name} was interrupted; the previous database is back</source>
            <translation>uma restauração de {name} foi interrompida; o banco de dados anterior está de volta</translation>
        </message>
        <message>
            <source>a restore of {name} was interrupted before the backup was in place; it was undone and the database is as it was (restore again to replace it)</source>
            <translation>uma restauração de {name} foi interrompida antes de o backup estar no lugar; ela foi desfeita e o banco de dados está como estava (restaure de novo para substituí-lo)</translation>
        </message>
    </context>
    <context>
        <name>core.store.claims</name>
        <message>
            <source>this workout is open on another machine; finish or close it there to go on here</source>
            <translation>este treino está aberto em outra máquina; conclua-o ou feche-o lá para continuar aqui</translation>
        </message>
    </context>
    <context>
        <name>core.store.db</name>
        <message>
            <source>this is a PostgreSQL database, not a file</source>
            <translation>este é um banco de dados PostgreSQL, não um arquivo</translation>
        </message>
        <message>
            <source>no such database file</source>
            <translation>arquivo de banco de dados não encontrado</translation>
        </message>
        <message>
            <source>the copy could not leave WAL mode</source>
            <translation>a cópia não conseguiu sair do modo WAL</translation>
        </message>
        <message>
            <source>a folder</source>
            <translation>uma pasta</translation>
        </message>
        <message>
            <source>a FIFO (named pipe)</source>
            <translation>um FIFO (pipe nomeado)</translation>
        </message>
        <message>
            <source>a device</source>
            <translation>um dispositivo</translation>
        </message>
        <message>
            <source>a socket</source>
            <translation>um socket</translation>
        </message>
        <message>
            <source>not a regular file</source>
            <translation>um arquivo especial</translation>
        </message>
        <message>
            <source>this is a link to {target}, which does not exist</source>
            <translation>é um link para {target}, que não existe</translation>
        </message>
        <message>
            <source>the file cannot be reached (permission denied)</source>
            <translation>o arquivo não pode ser acessado (permissão negada)</translation>
        </message>
        <message>
            <source>this path cannot be used ({reason})</source>
            <translation>este caminho não pode ser usado ({reason})</translation>
        </message>
        <message>
            <source>this is a folder, not a database file</source>
            <translation>é uma pasta, não um arquivo de banco de dados</translation>
        </message>
        <message>
            <source>this is {kind}, not a database file</source>
            <translation>é {kind}, não um arquivo de banco de dados</translation>
        </message>
        <message>
            <source>its {name} is {kind}, not a file SQLite can use</source>
            <translation>o {name} dele é {kind}, não um arquivo que o SQLite possa usar</translation>
        </message>
        <message>
            <source>its -wal cannot be read ({reason})</source>
            <translation>o arquivo -wal dele não pode ser lido ({reason})</translation>
        </message>
        <message>
            <source>its -wal is not valid and SQLite would discard it, but no copy could be kept ({reason}); nothing was changed</source>
            <translation>o arquivo -wal dele não é válido e o SQLite o descartaria, mas não foi possível guardar uma cópia ({reason}); nada foi alterado</translation>
        </message>
        <message>
            <source>this SQLite file is not a Backline database (unreadable alembic_version)</source>
            <translation>este arquivo SQLite não é um banco de dados do Backline (alembic_version ilegível)</translation>
        </message>
        <message>
            <source>this SQLite file is not a Backline database (several schema revisions)</source>
            <translation>este arquivo SQLite não é um banco de dados do Backline (várias revisões de esquema)</translation>
        </message>
        <message>
            <source>this SQLite file is not a Backline database (it holds {names})</source>
            <translation>este arquivo SQLite não é um banco de dados do Backline (ele contém {names})</translation>
        </message>
        <message>
            <source>this SQLite file is not a Backline database (another program's schema, revision {revision})</source>
            <translation>este arquivo SQLite não é um banco de dados do Backline (esquema de outro programa, revisão {revision})</translation>
        </message>
        <message>
            <source>this SQLite file is not a Backline database (it also holds {name}, which Backline does not make)</source>
            <translation>este arquivo SQLite não é um banco de dados do Backline (ele também contém {name}, que o Backline não cria)</translation>
        </message>
        <message>
            <source>this SQLite file is not a Backline database (no table {table})</source>
            <translation>este arquivo SQLite não é um banco de dados do Backline (não há tabela {table})</translation>
        </message>
        <message>
            <source>this SQLite file is not a Backline database (table {table} has no column {column})</source>
            <translation>este arquivo SQLite não é um banco de dados do Backline (a tabela {table} não tem a coluna {column})</translation>
        </message>
        <message>
            <source>this SQLite file is not a Backline database at schema {revision} (table {table} has a column {column} that schema does not)</source>
            <translation>este arquivo SQLite não é um banco de dados do Backline no esquema {revision} (a tabela {table} tem uma coluna {column} que esse esquema não tem)</translation>
        </message>
        <message>
            <source>the database was written by a newer version of Backline (schema {revision}); update the app to open it</source>
            <translation>o banco de dados foi gravado por uma versão mais nova do Backline (esquema {revision}); atualize o app para abri-lo</translation>
        </message>
        <message>
            <source>the database is damaged ({reason})</source>
            <translation>o banco de dados está danificado ({reason})</translation>
        </message>
        <message>
            <source>the file cannot be read (permission denied)</source>
            <translation>o arquivo não pode ser lido (permissão negada)</translation>
        </message>
        <message>
            <source>the file cannot be read ({reason})</source>
            <translation>o arquivo não pode ser lido ({reason})</translation>
        </message>
        <message>
            <source>this file is not a Backline database (not SQLite)</source>
            <translation>este arquivo não é um banco de dados do Backline (não é SQLite)</translation>
        </message>
        <message>
            <source>the database file is truncated</source>
            <translation>o arquivo de banco de dados está truncado</translation>
        </message>
        <message>
            <source>the database cannot be opened ({reason})</source>
            <translation>o banco de dados não pode ser aberto ({reason})</translation>
        </message>
        <message>
            <source>another program is using the database</source>
            <translation>outro programa está usando o banco de dados</translation>
        </message>
        <message>
            <source>its folder is read-only and it has a -wal, so it cannot be read safely</source>
            <translation>a pasta dele é somente leitura e ele tem um arquivo -wal, então não pode ser lido com segurança</translation>
        </message>
        <message>
            <source>the database cannot be read ({reason})</source>
            <translation>o banco de dados não pode ser lido ({reason})</translation>
        </message>
        <message>
            <source>the folder is not writable, so a database cannot be created there</source>
            <translation>a pasta não permite gravação, então não é possível criar um banco de dados nela</translation>
        </message>
        <message>
            <source>the database file or its folder is read-only</source>
            <translation>o arquivo de banco de dados ou a pasta dele é somente leitura</translation>
        </message>
        <message>
            <source>{name}-wal was not a valid write-ahead log for this database, so SQLite ignores it; a copy was kept as {kept}</source>
            <translation>{name}-wal não era um log de escrita antecipada válido para este banco de dados, então o SQLite o ignora; uma cópia foi mantida como {kept}</translation>
        </message>
        <message>
            <source>another program is writing to the database</source>
            <translation>outro programa está gravando no banco de dados</translation>
        </message>
        <message>
            <source>the database file is read-only</source>
            <translation>o arquivo de banco de dados é somente leitura</translation>
        </message>
        <message>
            <source>the database cannot be written ({reason})</source>
            <translation>não é possível gravar no banco de dados ({reason})</translation>
        </message>
        <message>
            <source>the server went away while migrating: {reason}</source>
            <translation>o servidor se desconectou durante a migração: {reason}</translation>
        </message>
        <message>
            <source>its folder cannot be created ({reason})</source>
            <translation>a pasta dele não pode ser criada ({reason})</translation>
        </message>
    </context>
    <context>
        <name>core.store.location</name>
        <message>
            <source>SQLite file {path}</source>
            <translation>arquivo SQLite {path}</translation>
        </message>
        <message>
            <source>local socket</source>
            <translation>socket local</translation>
        </message>
        <message>
            <source>PostgreSQL {name} on {host} ({user})</source>
            <translation>PostgreSQL {name} em {host} ({user})</translation>
        </message>
        <message>
            <source>PostgreSQL {name} on {host}</source>
            <translation>PostgreSQL {name} em {host}</translation>
        </message>
        <message>
            <source>{url}: more than one '@' before the host (write an '@' in a name as %40, and leave the password out: {places})</source>
            <translation>{url}: mais de um '@' antes do host (escreva um '@' em um nome como %40 e deixe a senha de fora: {places})</translation>
        </message>
        <message>
            <source>{url}: a sqlite URL needs a file (sqlite:///path/to/file.db)</source>
            <translation>{url}: uma URL sqlite precisa de um arquivo (sqlite:///path/to/file.db)</translation>
        </message>
        <message>
            <source>{url}: not a database Backline can use (a SQLite path, or postgresql+psycopg://user@host/dbname)</source>
            <translation>{url}: não é um banco de dados que o Backline possa usar (um caminho SQLite, ou postgresql+psycopg://user@host/dbname)</translation>
        </message>
        <message>
            <source>{url}: the URL names no database (…/dbname at its end)</source>
            <translation>{url}: a URL não nomeia nenhum banco de dados (…/dbname no final)</translation>
        </message>
        <message>
            <source>{url}: not a URL SQLAlchemy can read</source>
            <translation>{url}: não é uma URL que o SQLAlchemy consiga ler</translation>
        </message>
        <message>
            <source>{name}: spaces at the start or end of a database's name</source>
            <translation>{name}: espaços no início ou no fim do nome do banco de dados</translation>
        </message>
        <message>
            <source>:memory:: the log must be kept in a file (give a path)</source>
            <translation>:memory:: o registro precisa ficar em um arquivo (informe um caminho)</translation>
        </message>
        <message>
            <source>{url}: looks like a mistyped URL (postgresql+psycopg://user@host/dbname, or sqlite:///path/to/file.db)</source>
            <translation>{url}: parece uma URL digitada errado (postgresql+psycopg://user@host/dbname, ou sqlite:///path/to/file.db)</translation>
        </message>
        <message>
            <source>~/.pgpass, a libpq service file or PGPASSWORD</source>
            <translation>~/.pgpass, um arquivo de serviço do libpq ou PGPASSWORD</translation>
        </message>
        <message>
            <source>not UTF-8 text</source>
            <translation>não é texto UTF-8</translation>
        </message>
        <message>
            <source>{path}: the saved database choice cannot be read ({reason})</source>
            <translation>{path}: a escolha de banco de dados salva não pode ser lida ({reason})</translation>
        </message>
        <message>
            <source>{path}: not a saved database choice (delete the file to use the local database)</source>
            <translation>{path}: não é uma escolha de banco de dados salva (exclua o arquivo para usar o banco de dados local)</translation>
        </message>
        <message>
            <source>{url}: leave the password out of the URL; put it in {places}</source>
            <translation>{url}: tire a senha da URL; coloque-a em {places}</translation>
        </message>
    </context>
    <context>
        <name>core.store.lock</name>
        <message>
            <source>Backline is open with this database (pid {pid}); close it first</source>
            <translation>o Backline está aberto com este banco de dados (pid {pid}); feche-o primeiro</translation>
        </message>
        <message>
            <source>Backline is open with this database; close it first</source>
            <translation>o Backline está aberto com este banco de dados; feche-o primeiro</translation>
        </message>
        <message>
            <source>the lock file {name} cannot be used ({reason})</source>
            <translation>o arquivo de trava {name} não pode ser usado ({reason})</translation>
        </message>
        <message>
            <source>the lock file {name} is not a regular file</source>
            <translation>o arquivo de trava {name} não é um arquivo comum</translation>
        </message>
        <message>
            <source>the lock cannot be taken ({reason})</source>
            <translation>a trava não pode ser obtida ({reason})</translation>
        </message>
    </context>
    <context>
        <name>core.store.outputs</name>
        <message>
            <source>disk full</source>
            <translation>disco cheio</translation>
        </message>
        <message>
            <source>disk quota exceeded</source>
            <translation>cota de disco excedida</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>permissão negada</translation>
        </message>
        <message>
            <source>read-only file system</source>
            <translation>sistema de arquivos somente leitura</translation>
        </message>
        <message>
            <source>no such folder</source>
            <translation>pasta não encontrada</translation>
        </message>
        <message>
            <source>a part of the path is not a folder</source>
            <translation>uma parte do caminho não é uma pasta</translation>
        </message>
        <message>
            <source>this is a folder</source>
            <translation>é uma pasta</translation>
        </message>
        <message>
            <source>the name is too long</source>
            <translation>o nome é longo demais</translation>
        </message>
        <message>
            <source>input/output error</source>
            <translation>erro de entrada/saída</translation>
        </message>
        <message>
            <source>the file cannot be created there</source>
            <translation>o arquivo não pode ser criado ali</translation>
        </message>
        <message>
            <source>the path cannot be followed ({reason})</source>
            <translation>o caminho não pode ser seguido ({reason})</translation>
        </message>
        <message>
            <source>this is the open database (or its -wal/-shm or lock file); choose another file</source>
            <translation>este é o banco de dados aberto (ou o arquivo -wal/-shm ou de trava dele); escolha outro arquivo</translation>
        </message>
        <message>
            <source>this is a folder; give a file name</source>
            <translation>é uma pasta; informe um nome de arquivo</translation>
        </message>
        <message>
            <source>this is not a regular file</source>
            <translation>não é um arquivo comum</translation>
        </message>
        <message>
            <source>the file already exists (use --force to replace it)</source>
            <translation>o arquivo já existe (use --force para substituí-lo)</translation>
        </message>
        <message>
            <source>not in a folder</source>
            <translation>não está em uma pasta</translation>
        </message>
        <message>
            <source>no file can be created there</source>
            <translation>nenhum arquivo pode ser criado ali</translation>
        </message>
    </context>
    <context>
        <name>core.store.postgres</name>
        <message>
            <source>psycopg is not installed (pip install 'backline[postgres]')</source>
            <translation>o psycopg não está instalado (pip install 'backline[postgres]')</translation>
        </message>
        <message>
            <source>this database is not a Backline database (several revisions)</source>
            <translation>este banco de dados não é do Backline (várias revisões)</translation>
        </message>
        <message>
            <source>the server cannot be reached: {reason}</source>
            <translation>não é possível conectar ao servidor: {reason}</translation>
        </message>
        <message>
            <source>the database cannot be read: {reason}</source>
            <translation>o banco de dados não pode ser lido: {reason}</translation>
        </message>
        <message>
            <source>this database is not a Backline database (it holds {names})</source>
            <translation>este banco de dados não é do Backline (ele contém {names})</translation>
        </message>
        <message>
            <source>this database is not a Backline database (revision {revision})</source>
            <translation>este banco de dados não é do Backline (revisão {revision})</translation>
        </message>
        <message>
            <source>this database is not a Backline database (it also holds {name}, which Backline does not make)</source>
            <translation>este banco de dados não é do Backline (ele também contém {name}, que o Backline não cria)</translation>
        </message>
        <message>
            <source>this is not a Backline database (no table {table})</source>
            <translation>não é um banco de dados do Backline (não há tabela {table})</translation>
        </message>
        <message>
            <source>this is not a Backline database (table {table} has no column {column})</source>
            <translation>não é um banco de dados do Backline (a tabela {table} não tem a coluna {column})</translation>
        </message>
        <message>
            <source>this is not a Backline database at schema {revision} (table {table} has a column {column} that schema does not)</source>
            <translation>não é um banco de dados do Backline no esquema {revision} (a tabela {table} tem uma coluna {column} que esse esquema não tem)</translation>
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
            <translation>deve ser {choices}</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>deve ser true ou false</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>deve ser texto</translation>
        </message>
    </context>
    <context>
        <name>core.units</name>
        <message>
            <source>unknown weight unit {unit}</source>
            <translation>unidade de peso desconhecida {unit}</translation>
        </message>
        <message>
            <source>unknown length unit {unit}</source>
            <translation>unidade de comprimento desconhecida {unit}</translation>
        </message>
    </context>
    <context>
        <name>core.version</name>
        <message>
            <source>{version} (not installed: run `pip install .`)</source>
            <translation>{version} (não instalado: execute `pip install .`)</translation>
        </message>
    </context>
    <context>
        <name>core.workout.log</name>
        <message>
            <source>(L)</source>
            <translation>(E)</translation>
        </message>
        <message>
            <source>(R)</source>
            <translation>(D)</translation>
        </message>
        <message>
            <source>enter the reps done or the seconds held</source>
            <translation>informe as repetições feitas ou os segundos de isometria</translation>
        </message>
        <message>
            <source>must be left, right or none</source>
            <translation>deve ser left, right ou vazio</translation>
        </message>
        <message>
            <source>must be 1 or more</source>
            <translation>deve ser 1 ou mais</translation>
        </message>
        <message>
            <source>must be one of {choices}</source>
            <translation>deve ser um destes: {choices}</translation>
        </message>
        <message>
            <source>Weekly target met: {done} of {span} sessions this week; up to {more} more if you like.</source>
            <translation>Meta semanal cumprida: {done} de {span} sessões nesta semana; até mais {more} se quiser.</translation>
        </message>
        <message>
            <source>Weekly target met: {done} of {span} sessions this week.</source>
            <translation>Meta semanal cumprida: {done} de {span} sessões nesta semana.</translation>
        </message>
        <message>
            <source>{done} of {span} sessions of {routine} this week: {left} more to go.</source>
            <translation>{done} de {span} sessões de {routine} nesta semana: faltam {left}.</translation>
        </message>
    </context>
    <context>
        <name>core.workout.plan</name>
        <message>
            <source>Workout</source>
            <translation>Treino</translation>
        </message>
        <message>
            <source>no exercises yet</source>
            <translation>nenhum exercício ainda</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s)</source>
            <translation>
                <numerusform>%n exercício</numerusform>
                <numerusform>%n exercícios</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>core.workout.player</name>
        <message>
            <source>Set done</source>
            <translation>Série concluída</translation>
        </message>
        <message>
            <source>Halfway</source>
            <translation>Na metade</translation>
        </message>
    </context>
    <context>
        <name>core.workout.run</name>
        <message>
            <source>there is no set to confirm now</source>
            <translation>não há série para confirmar agora</translation>
        </message>
    </context>
    <context>
        <name>core.workout.speech</name>
        <message>
            <source>three</source>
            <translation>três</translation>
        </message>
        <message>
            <source>two</source>
            <translation>dois</translation>
        </message>
        <message>
            <source>one</source>
            <translation>um</translation>
        </message>
        <message>
            <source>Halfway</source>
            <translation>Na metade</translation>
        </message>
        <message>
            <source>Workout complete</source>
            <translation>Treino concluído</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>Relaxe</translation>
        </message>
        <message>
            <source>Get ready. First: {name}</source>
            <translation>Prepare-se. Primeiro: {name}</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Prepare-se</translation>
        </message>
        <message>
            <source>Switch sides: {side}</source>
            <translation>Troque de lado: {side}</translation>
        </message>
        <message>
            <source>Switch sides</source>
            <translation>Troque de lado</translation>
        </message>
        <message>
            <source>Rest, {time}. Next: {name}</source>
            <translation>Descanso, {time}. A seguir: {name}</translation>
        </message>
        <message>
            <source>Rest, {time}</source>
            <translation>Descanso, {time}</translation>
        </message>
        <message>
            <source>Next: {name}</source>
            <translation>A seguir: {name}</translation>
        </message>
        <message>
            <source>round {number} of {total}</source>
            <translation>rodada {number} de {total}</translation>
        </message>
        <message>
            <source>set {number} of {total}</source>
            <translation>série {number} de {total}</translation>
        </message>
        <message>
            <source>rep {number} of {total}</source>
            <translation>repetição {number} de {total}</translation>
        </message>
        <message>
            <source>{name}, left side</source>
            <translation>{name}, lado esquerdo</translation>
        </message>
        <message>
            <source>{name}, right side</source>
            <translation>{name}, lado direito</translation>
        </message>
        <message>
            <source>{position}, hold {target}</source>
            <translation>{position}, segure {target}</translation>
        </message>
        <message>
            <source>{position}, hold</source>
            <translation>{position}, segure</translation>
        </message>
        <message>
            <source>hold {target}</source>
            <translation>segure {target}</translation>
        </message>
        <message>
            <source>hold</source>
            <translation>segure</translation>
        </message>
    </context>
    <context>
        <name>core.workout.steps</name>
        <message>
            <source>left</source>
            <translation>esquerda</translation>
        </message>
        <message>
            <source>right</source>
            <translation>direita</translation>
        </message>
        <message>
            <source>Get ready — {name}</source>
            <translation>Prepare-se — {name}</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Prepare-se</translation>
        </message>
        <message>
            <source>Workout complete</source>
            <translation>Treino concluído</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>Descanso</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>Relaxe</translation>
        </message>
        <message>
            <source>Switch sides — {side}</source>
            <translation>Troque de lado — {side}</translation>
        </message>
        <message>
            <source>Switch sides</source>
            <translation>Troque de lado</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Segure</translation>
        </message>
        <message>
            <source>Hold: {position} {number} of {total}</source>
            <translation>Segure: {position} {number} de {total}</translation>
        </message>
        <message>
            <source>round {number} of {total}</source>
            <translation>rodada {number} de {total}</translation>
        </message>
        <message>
            <source>set {number} of {total}</source>
            <translation>série {number} de {total}</translation>
        </message>
        <message>
            <source>rep {number} of {total}</source>
            <translation>repetição {number} de {total}</translation>
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
            <translation>o máximo que puder, pelo menos {time}</translation>
        </message>
        <message>
            <source>as long as you can</source>
            <translation>o máximo que puder</translation>
        </message>
        <message>
            <source>{low} to {high} reps</source>
            <translation>{low} a {high} repetições</translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n repetição</numerusform>
                <numerusform>%n repetições</numerusform>
            </translation>
        </message>
        <message>
            <source>Get ready. First: {name}</source>
            <translation>Prepare-se. Primeiro: {name}</translation>
        </message>
        <message>
            <source>Rest, {time}. Next: {name}</source>
            <translation>Descanso, {time}. A seguir: {name}</translation>
        </message>
        <message>
            <source>Rest, {time}</source>
            <translation>Descanso, {time}</translation>
        </message>
        <message>
            <source>Switch sides: {side}</source>
            <translation>Troque de lado: {side}</translation>
        </message>
    </context>
    <context>
        <name>ui.app</name>
        <message>
            <source>Something went wrong</source>
            <translation>Algo deu errado</translation>
        </message>
        <message>
            <source>{error}

What you saved is safe. Details were written to the terminal.</source>
            <translation>{error}

O que você salvou está seguro. Os detalhes foram exibidos no terminal.</translation>
        </message>
        <message>
            <source>Opening {store}…</source>
            <translation>Abrindo {store}…</translation>
        </message>
        <message>
            <source>Backline cannot start</source>
            <translation>O Backline não pode iniciar</translation>
        </message>
        <message>
            <source>Backline is already running</source>
            <translation>O Backline já está em execução</translation>
        </message>
        <message>
            <source>{problem}

Switch to that window, or wait for the import or restore to finish.</source>
            <translation>{problem}

Mude para essa janela ou aguarde o fim da importação ou da restauração.</translation>
        </message>
        <message>
            <source>backline: automatic backup failed: {error}</source>
            <translation>backline: o backup automático falhou: {error}</translation>
        </message>
        <message>
            <source>{store} could not be used</source>
            <translation>não foi possível usar {store}</translation>
        </message>
        <message>
            <source>Restore failed</source>
            <translation>Falha na restauração</translation>
        </message>
        <message>
            <source>A shared database is restored with File &gt; Restore a backup (a Backline JSON backup), not by replacing a file.</source>
            <translation>Um banco de dados compartilhado é restaurado com Arquivo &gt; Restaurar um backup (um backup JSON do Backline), não substituindo um arquivo.</translation>
        </message>
        <message>
            <source>{problem}; the window shows English</source>
            <translation>{problem}; a janela aparece em inglês</translation>
        </message>
    </context>
    <context>
        <name>ui.appearance_settings</name>
        <message>
            <source>Follow the system</source>
            <translation>Igual ao sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Escuro</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Aparência</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Colours of every window and chart; follow the system, light or dark</source>
            <translation>Cores de todas as janelas e gráficos: igual ao sistema, claro ou escuro</translation>
        </message>
        <message>
            <source>Light or dark colours, or whichever the system uses</source>
            <translation>Cores claras ou escuras, ou as do sistema</translation>
        </message>
        <message>
            <source>Th&amp;eme:</source>
            <translation>T&amp;ema:</translation>
        </message>
        <message>
            <source>Shown now, but not saved: the database is not open yet.</source>
            <translation>Exibido agora, mas não salvo: o banco de dados ainda não está aberto.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Salvo.</translation>
        </message>
        <message>
            <source>Theme not saved: {reason}</source>
            <translation>Tema não salvo: {reason}</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Follow the system ({language})</source>
            <translation>Igual ao sistema ({language})</translation>
        </message>
        <message>
            <source>The language of Backline's words, numbers and dates; applies at the next start</source>
            <translation>O idioma dos textos, números e datas do Backline; vale a partir da próxima inicialização</translation>
        </message>
        <message>
            <source>The language Backline speaks from the next start on, or the system's</source>
            <translation>O idioma do Backline a partir da próxima inicialização, ou o do sistema</translation>
        </message>
        <message>
            <source>Lan&amp;guage:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>Language not saved: {reason}</source>
            <translation>Idioma não salvo: {reason}</translation>
        </message>
        <message>
            <source>Applies at the next start.</source>
            <translation>Vale a partir da próxima inicialização.</translation>
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
            <translation>Nenhum peso corporal registrado ainda</translation>
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
            <translation>Quadril:</translation>
        </message>
        <message>
            <source>Thigh:</source>
            <translation>Coxa:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Nota:</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
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
            <translation>Quadril</translation>
        </message>
        <message>
            <source>Thigh</source>
            <translation>Coxa</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>Tendência</translation>
        </message>
        <message>
            <source>Body weight</source>
            <translation>Peso corporal</translation>
        </message>
        <message>
            <source>The chart appears when the tab is shown.</source>
            <translation>O gráfico aparece quando a aba é exibida.</translation>
        </message>
        <message>
            <source>Log a measurement</source>
            <translation>Registrar uma medida</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation>dd/MM/yyyy</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Data:</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Adicionar</translation>
        </message>
        <message>
            <source>Add the measurement (Ctrl+Return)</source>
            <translation>Adicionar a medida (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Cancel edit</source>
            <translation>Cancelar edição</translation>
        </message>
        <message>
            <source>Leave the measurement unchanged (Esc)</source>
            <translation>Deixar a medida sem alterações (Esc)</translation>
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
            <translation>Carregar a medida selecionada no formulário (Enter)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>Delete the selected measurement (Delete)</source>
            <translation>Excluir a medida selecionada (Delete)</translation>
        </message>
        <message>
            <source>in {unit}</source>
            <translation>em {unit}</translation>
        </message>
        <message>
            <source>Not saved.</source>
            <translation>Não salvo.</translation>
        </message>
        <message>
            <source>That measurement was deleted meanwhile; not saved.</source>
            <translation>Essa medida foi excluída nesse meio-tempo; não foi salva.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Salvo.</translation>
        </message>
        <message>
            <source>Changes saved.</source>
            <translation>Alterações salvas.</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Salvar alterações</translation>
        </message>
        <message>
            <source>Save the changed measurement (Ctrl+Return)</source>
            <translation>Salvar a medida alterada (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Edit the measurement of {date}</source>
            <translation>Editar a medida de {date}</translation>
        </message>
        <message>
            <source>measurement of {date}</source>
            <translation>medida de {date}</translation>
        </message>
        <message>
            <source>Deleted.</source>
            <translation>Excluída.</translation>
        </message>
    </context>
    <context>
        <name>ui.body.plan_panel</name>
        <message>
            <source>Female</source>
            <translation>Feminino</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Masculino</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Item</translation>
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
            <translation>Fonte</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plano</translation>
        </message>
        <message>
            <source>Daily deficit below maintenance: {low} to {high} kcal ({source})</source>
            <translation>Déficit diário abaixo da manutenção: de {low} a {high} kcal ({source})</translation>
        </message>
        <message>
            <source>years</source>
            <translation>anos</translation>
        </message>
        <message>
            <source>Sex:</source>
            <translation>Sexo:</translation>
        </message>
        <message>
            <source>Age:</source>
            <translation>Idade:</translation>
        </message>
        <message>
            <source>Height:</source>
            <translation>Altura:</translation>
        </message>
        <message>
            <source>Activity:</source>
            <translation>Atividade:</translation>
        </message>
        <message>
            <source>Deficit:</source>
            <translation>Déficit:</translation>
        </message>
        <message>
            <source>in years</source>
            <translation>em anos</translation>
        </message>
        <message>
            <source>Update plan</source>
            <translation>Atualizar plano</translation>
        </message>
        <message>
            <source>Save these inputs and work the plan out again (Return)</source>
            <translation>Salvar estes dados e recalcular o plano (Enter)</translation>
        </message>
        <message>
            <source>The plan's figures</source>
            <translation>Os valores do plano</translation>
        </message>
        <message>
            <source>Estimates to start from, not medical advice. Figures marked “our default” are standard values the articles do not give.</source>
            <translation>Estimativas para começar, não orientação médica. Valores marcados “nosso padrão” são valores usuais que os artigos não informam.</translation>
        </message>
        <message>
            <source>log weigh-ins on the left and calories in the Today tab</source>
            <translation>registre suas pesagens à esquerda e as calorias na aba Hoje</translation>
        </message>
        <message>
            <source>in {unit}</source>
            <translation>em {unit}</translation>
        </message>
        <message>
            <source>Using your latest weight, {weight}.</source>
            <translation>Usando seu peso mais recente, {weight}.</translation>
        </message>
        <message>
            <source>Log a body weight on the left to see calories and protein.</source>
            <translation>Registre um peso corporal à esquerda para ver calorias e proteína.</translation>
        </message>
        <message>
            <source>Plan inputs not saved.</source>
            <translation>Dados do plano não salvos.</translation>
        </message>
    </context>
    <context>
        <name>ui.cues</name>
        <message>
            <source>The voice is starting…</source>
            <translation>A voz está iniciando…</translation>
        </message>
        <message>
            <source>speech is off</source>
            <translation>a voz está desligada</translation>
        </message>
        <message>
            <source>Sound check.</source>
            <translation>Teste de som.</translation>
        </message>
        <message>
            <source>No text-to-speech engine is installed.</source>
            <translation>Nenhum mecanismo de texto para fala está instalado.</translation>
        </message>
        <message>
            <source>Text-to-speech engine '{name}' failed: {detail}.</source>
            <translation>O mecanismo de texto para fala '{name}' falhou: {detail}.</translation>
        </message>
        <message>
            <source>QtTextToSpeech could not be loaded ({error}).</source>
            <translation>Não foi possível carregar o QtTextToSpeech ({error}).</translation>
        </message>
        <message>
            <source>QtMultimedia could not be loaded ({error}); cues are silent.</source>
            <translation>Não foi possível carregar o QtMultimedia ({error}); os avisos sonoros ficam em silêncio.</translation>
        </message>
        <message>
            <source>No audio output device was found; cues are silent.</source>
            <translation>Nenhum dispositivo de saída de áudio encontrado; os avisos sonoros ficam em silêncio.</translation>
        </message>
        <message>
            <source>Sound files are missing from {folder}: {names}.</source>
            <translation>Faltam arquivos de som em {folder}: {names}.</translation>
        </message>
        <message>
            <source>Voice: {engine}</source>
            <translation>Voz: {engine}</translation>
        </message>
        <message>
            <source>No text-to-speech engine: cues are beeps only</source>
            <translation>Nenhum mecanismo de texto para fala: os avisos são apenas bipes</translation>
        </message>
        <message>
            <source>{reason} Cues are beeps only.</source>
            <translation>{reason} Os avisos são apenas bipes.</translation>
        </message>
        <message>
            <source>Voice is off: cues are beeps only (installed: {engines})</source>
            <translation>Voz desligada: os avisos são apenas bipes (instalados: {engines})</translation>
        </message>
        <message>
            <source>Text-to-speech engine '{name}' is not installed (available: {engines}).</source>
            <translation>O mecanismo de texto para fala '{name}' não está instalado (disponíveis: {engines}).</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nenhum</translation>
        </message>
        <message>
            <source>The speech service did not answer within {seconds} s.</source>
            <translation>O serviço de voz não respondeu em {seconds} s.</translation>
        </message>
        <message>
            <source>The voice could not start ({error}).</source>
            <translation>A voz não pôde iniciar ({error}).</translation>
        </message>
        <message>
            <source>The voice stopped (exit status {code}).</source>
            <translation>A voz parou (código de saída {code}).</translation>
        </message>
    </context>
    <context>
        <name>ui.data_actions</name>
        <message>
            <source>Workout exports</source>
            <translation>Exportações de treinos</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Todos os arquivos</translation>
        </message>
        <message>
            <source>Backline JSON backups</source>
            <translation>Backups JSON do Backline</translation>
        </message>
        <message numerus="yes">
            <source>%n workout(s)</source>
            <translation>
                <numerusform>%n treino</numerusform>
                <numerusform>%n treinos</numerusform>
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
            <translation>Importar treinos</translation>
        </message>
        <message numerus="yes">
            <source>%n were already here.</source>
            <translation>
                <numerusform>%n já estava aqui.</numerusform>
                <numerusform>%n já estavam aqui.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Importação concluída</translation>
        </message>
        <message>
            <source>Imported {workouts} ({sets}). {skipped}</source>
            <translation>Importado: {workouts} ({sets}). {skipped}</translation>
        </message>
        <message>
            <source>End the workout first: a Backline file is imported in one transaction that holds the database, and a set confirmed meanwhile could not be saved.</source>
            <translation>Termine o treino primeiro: um arquivo do Backline é importado em uma única transação que ocupa o banco de dados, e uma série confirmada nesse meio-tempo não poderia ser salva.</translation>
        </message>
        <message>
            <source>{file}: {reason}</source>
            <translation>{file}: {reason}</translation>
        </message>
        <message>
            <source>Import not started</source>
            <translation>Importação não iniciada</translation>
        </message>
        <message numerus="yes">
            <source>%n routine(s)</source>
            <translation>
                <numerusform>%n rotina</numerusform>
                <numerusform>%n rotinas</numerusform>
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
                <numerusform>%n dia registrado</numerusform>
                <numerusform>%n dias registrados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n target(s)</source>
            <translation>
                <numerusform>%n meta</numerusform>
                <numerusform>%n metas</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported {workouts} ({sets}), {routines}, {measurements}, {days} and {targets}.</source>
            <translation>Importado: {workouts} ({sets}), {routines}, {measurements}, {days} e {targets}.</translation>
        </message>
        <message>
            <source>Import failed</source>
            <translation>Falha na importação</translation>
        </message>
        <message>
            <source>{file}: {reason}
Nothing was imported.</source>
            <translation>{file}: {reason}
Nada foi importado.</translation>
        </message>
        <message>
            <source>a Backline import</source>
            <translation>uma importação do Backline</translation>
        </message>
        <message>
            <source>Export everything</source>
            <translation>Exportar tudo</translation>
        </message>
        <message>
            <source>Export history as CSV</source>
            <translation>Exportar histórico como CSV</translation>
        </message>
        <message>
            <source>Export finished</source>
            <translation>Exportação concluída</translation>
        </message>
        <message>
            <source>Exported {workouts} ({sets}) to {path}.</source>
            <translation>Exportado para {path}: {workouts} ({sets}).</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Falha na exportação</translation>
        </message>
        <message>
            <source>{reason}
Nothing was exported.</source>
            <translation>{reason}
Nada foi exportado.</translation>
        </message>
        <message>
            <source>Saved a backup to {path}. The database holds nothing you entered yet.</source>
            <translation>Backup salvo em {path}. O banco de dados ainda não contém nada que você tenha inserido.</translation>
        </message>
        <message>
            <source>Saved a backup to {path}.</source>
            <translation>Backup salvo em {path}.</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Backup feito</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>Falha no backup</translation>
        </message>
        <message>
            <source>{reason}
No backup was made.</source>
            <translation>{reason}
Nenhum backup foi feito.</translation>
        </message>
        <message>
            <source>Saved a backup of {database} to {path} (a Backline JSON export of one consistent moment).</source>
            <translation>Backup de {database} salvo em {path} (uma exportação JSON do Backline de um único momento consistente).</translation>
        </message>
        <message>
            <source>No backups</source>
            <translation>Nenhum backup</translation>
        </message>
        <message>
            <source>There is no backup of this database yet.</source>
            <translation>Ainda não há nenhum backup deste banco de dados.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurar um backup</translation>
        </message>
        <message>
            <source>Replace the current data with this backup? The current database is kept beside it under a new name.</source>
            <translation>Substituir os dados atuais por este backup? O banco de dados atual é mantido ao lado com um novo nome.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Restore a JSON backup into the shared database</source>
            <translation>Restaurar um backup JSON no banco de dados compartilhado</translation>
        </message>
        <message>
            <source>Restore not started</source>
            <translation>Restauração não iniciada</translation>
        </message>
        <message>
            <source>Add what {file} holds to {database}? Workouts already there are skipped and nothing is deleted; every machine using this database sees the result.</source>
            <translation>Adicionar o conteúdo de {file} a {database}? Treinos já existentes são ignorados e nada é excluído; todas as máquinas que usam este banco de dados verão o resultado.</translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%n já existia</numerusform>
                <numerusform>%n já existiam</numerusform>
            </translation>
        </message>
        <message>
            <source>Restore finished</source>
            <translation>Restauração concluída</translation>
        </message>
        <message>
            <source>Restored {file}: {workouts} ({sets}) added, {skipped}.</source>
            <translation>{file} restaurado. Adicionado: {workouts} ({sets}); {skipped}.</translation>
        </message>
        <message>
            <source>Restore failed</source>
            <translation>Falha na restauração</translation>
        </message>
        <message>
            <source>{file}: {reason}
Nothing was restored.</source>
            <translation>{file}: {reason}
Nada foi restaurado.</translation>
        </message>
        <message>
            <source>a restore</source>
            <translation>uma restauração</translation>
        </message>
        <message>
            <source>Database check</source>
            <translation>Verificação do banco de dados</translation>
        </message>
        <message>
            <source>The database is sound.</source>
            <translation>O banco de dados está íntegro.</translation>
        </message>
        <message>
            <source>Problems found:
{problems}</source>
            <translation>Problemas encontrados:
{problems}</translation>
        </message>
        <message>
            <source>{database} is a sound Backline database (schema revision {revision}).</source>
            <translation>{database} é um banco de dados do Backline íntegro (revisão do esquema {revision}).</translation>
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
            <translation>OK</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>Delete “{name}”? This cannot be undone.</source>
            <translation>Excluir “{name}”? Isso não pode ser desfeito.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Alterações não salvas</translation>
        </message>
        <message>
            <source>“{name}” has unsaved changes.</source>
            <translation>“{name}” tem alterações não salvas.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salvar</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Backline cannot open its database</source>
            <translation>O Backline não consegue abrir seu banco de dados</translation>
        </message>
        <message>
            <source>Nothing has been changed or deleted. If you restore a backup or start a new database, the current file is kept beside it under a new name.</source>
            <translation>Nada foi alterado nem excluído. Se você restaurar um backup ou criar um novo banco de dados, o arquivo atual é mantido ao lado com um novo nome.</translation>
        </message>
        <message>
            <source>Restore a backup…</source>
            <translation>Restaurar um backup…</translation>
        </message>
        <message>
            <source>Start a new database</source>
            <translation>Criar um novo banco de dados</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Sair</translation>
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
            <translation>Restaurar um backup</translation>
        </message>
        <message>
            <source>Backup to restore:</source>
            <translation>Backup a restaurar:</translation>
        </message>
        <message>
            <source>Backline cannot reach the shared database</source>
            <translation>O Backline não consegue acessar o banco de dados compartilhado</translation>
        </message>
        <message>
            <source>Backline cannot use the shared database</source>
            <translation>O Backline não consegue usar o banco de dados compartilhado</translation>
        </message>
        <message>
            <source>You can use the local database on this machine instead ({database}); what you log there stays on this machine. Nothing has been written to either database.</source>
            <translation>Você pode usar o banco de dados local desta máquina ({database}); o que você registrar lá fica nesta máquina. Nada foi gravado em nenhum dos dois bancos de dados.</translation>
        </message>
        <message>
            <source>Use the local database</source>
            <translation>Usar o banco de dados local</translation>
        </message>
    </context>
    <context>
        <name>ui.help</name>
        <message>
            <source>A workout companion: follow a routine set by set, with timers, cues and a log.</source>
            <translation>Um companheiro de treino: siga uma rotina série por série, com cronômetros, avisos e registro.</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>Em todo lugar</translation>
        </message>
        <message>
            <source>(no description)</source>
            <translation>(sem descrição)</translation>
        </message>
        <message>
            <source>About Qt</source>
            <translation>Sobre o Qt</translation>
        </message>
        <message>
            <source>{title} (title ours)</source>
            <translation>{title} (título dado por nós)</translation>
        </message>
        <message>
            <source>not installed</source>
            <translation>não instalado</translation>
        </message>
        <message>
            <source>About Backline</source>
            <translation>Sobre o Backline</translation>
        </message>
        <message>
            <source>Backline {version}</source>
            <translation>Backline {version}</translation>
        </message>
        <message>
            <source>Free software under the {licence} licence.</source>
            <translation>Software livre sob a licença {licence}.</translation>
        </message>
        <message>
            <source>none (see the start-up message)</source>
            <translation>nenhum (veja a mensagem de inicialização)</translation>
        </message>
        <message>
            <source>Open data folder</source>
            <translation>Abrir pasta de dados</translation>
        </message>
        <message>
            <source>Show the folder with the database and its backups</source>
            <translation>Mostrar a pasta com o banco de dados e seus backups</translation>
        </message>
        <message>
            <source>Your data</source>
            <translation>Seus dados</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Pasta:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Banco de dados:</translation>
        </message>
        <message>
            <source>Exercises from these articles</source>
            <translation>Exercícios destes artigos</translation>
        </message>
        <message>
            <source>Built with</source>
            <translation>Feito com</translation>
        </message>
        <message>
            <source>{name}:</source>
            <translation>{name}:</translation>
        </message>
        <message>
            <source>or</source>
            <translation>ou</translation>
        </message>
        <message>
            <source>window</source>
            <translation>janela</translation>
        </message>
        <message>
            <source>{tab}: {window}</source>
            <translation>{tab}: {window}</translation>
        </message>
        <message>
            <source>{menu} menu</source>
            <translation>Menu {menu}</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atalhos de teclado</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Tecla</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Ação</translation>
        </message>
        <message>
            <source>Filter by key, action or tab…</source>
            <translation>Filtrar por tecla, ação ou aba…</translation>
        </message>
        <message>
            <source>Filter shortcuts</source>
            <translation>Filtrar atalhos</translation>
        </message>
        <message>
            <source>By key, action or tab</source>
            <translation>Por tecla, ação ou aba</translation>
        </message>
    </context>
    <context>
        <name>ui.history.models</name>
        <message>
            <source>unfinished</source>
            <translation>não concluído</translation>
        </message>
        <message>
            <source>%a %d %b %Y  %H:%M</source>
            <translation>%a, %-d de %b de %Y  %H:%M</translation>
        </message>
        <message>
            <source>warmup</source>
            <translation>aquecimento</translation>
        </message>
        <message>
            <source>dropset</source>
            <translation>drop set</translation>
        </message>
        <message>
            <source>failure</source>
            <translation>até a falha</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Rotina</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duração</translation>
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
                <numerusform>%n rep.</numerusform>
                <numerusform>%n rep.</numerusform>
            </translation>
        </message>
        <message>
            <source>{time} hold</source>
            <translation>{time} de isometria</translation>
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
            <translation>Exercício</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Série</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Feito</translation>
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
            <translation>Treinos anteriores, os mais recentes primeiro; mais são carregados ao rolar</translation>
        </message>
        <message>
            <source>Past workouts</source>
            <translation>Treinos anteriores</translation>
        </message>
        <message>
            <source>Sets of the chosen workout</source>
            <translation>Séries do treino escolhido</translation>
        </message>
        <message>
            <source>Choose a workout to see its sets.</source>
            <translation>Escolha um treino para ver as séries dele.</translation>
        </message>
        <message>
            <source>Delete workout…</source>
            <translation>Excluir treino…</translation>
        </message>
        <message>
            <source>Delete this workout and all its sets (Shift+Del)</source>
            <translation>Excluir este treino e todas as séries dele (Shift+Del)</translation>
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
            <translation>Repetições feitas (vazio se nenhuma)</translation>
        </message>
        <message>
            <source>Weight used (empty: bodyweight)</source>
            <translation>Peso usado (vazio: peso corporal)</translation>
        </message>
        <message>
            <source>Seconds held, or minutes of an activity</source>
            <translation>Segundos de isometria ou minutos de uma atividade</translation>
        </message>
        <message>
            <source>RPE</source>
            <translation>RPE</translation>
        </message>
        <message>
            <source>Rate of perceived exertion, 1 to 10</source>
            <translation>Percepção de esforço (RPE), de 1 a 10</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>A note on this set</source>
            <translation>Uma nota sobre esta série</translation>
        </message>
        <message>
            <source>Save set</source>
            <translation>Salvar série</translation>
        </message>
        <message>
            <source>Save the corrections to this set (Ctrl+Enter)</source>
            <translation>Salvar as correções desta série (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Delete set…</source>
            <translation>Excluir série…</translation>
        </message>
        <message>
            <source>Delete the selected set (Del)</source>
            <translation>Excluir a série selecionada (Del)</translation>
        </message>
        <message>
            <source>Selected set</source>
            <translation>Série selecionada</translation>
        </message>
        <message>
            <source>Weight ({unit})</source>
            <translation>Peso ({unit})</translation>
        </message>
        <message>
            <source>Sets</source>
            <translation>Séries</translation>
        </message>
        <message>
            <source>No workouts yet.</source>
            <translation>Nenhum treino ainda.</translation>
        </message>
        <message numerus="yes">
            <source>%n workout(s)</source>
            <translation>
                <numerusform>%n treino</numerusform>
                <numerusform>%n treinos</numerusform>
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
            <translation>Nada foi salvo: corrija os campos em vermelho.</translation>
        </message>
        <message>
            <source>This set no longer exists.</source>
            <translation>Esta série não existe mais.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Salvo.</translation>
        </message>
        <message>
            <source>{exercise}, set {number}</source>
            <translation>{exercise}, série {number}</translation>
        </message>
        <message>
            <source>{workout} of {when}</source>
            <translation>{workout} de {when}</translation>
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
            <translation>Lendo o arquivo…</translation>
        </message>
        <message>
            <source>&amp;Weights in this file are in:</source>
            <translation>Os &amp;pesos deste arquivo estão em:</translation>
        </message>
        <message>
            <source>choose…</source>
            <translation>escolher…</translation>
        </message>
        <message>
            <source>kilograms (kg)</source>
            <translation>quilogramas (kg)</translation>
        </message>
        <message>
            <source>pounds (lb)</source>
            <translation>libras (lb)</translation>
        </message>
        <message>
            <source>These exercise names are not in the library. Pick the library exercise each one means, or keep it as your own exercise. Your choices are remembered.</source>
            <translation>Estes nomes de exercícios não estão na biblioteca. Escolha o exercício da biblioteca que corresponde a cada um ou mantenha-o como exercício próprio. Suas escolhas são lembradas.</translation>
        </message>
        <message>
            <source>Exercise names to map</source>
            <translation>Nomes de exercícios a associar</translation>
        </message>
        <message>
            <source>Name in the file</source>
            <translation>Nome no arquivo</translation>
        </message>
        <message>
            <source>Becomes</source>
            <translation>Passa a ser</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>{file} does not say whether its weights are in kilograms or pounds.</source>
            <translation>{file} não indica se os pesos estão em quilogramas ou libras.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{file} cannot be imported.&lt;/b&gt;&lt;br&gt;{error}&lt;br&gt;Nothing was written.</source>
            <translation>&lt;b&gt;{file} não pode ser importado.&lt;/b&gt;&lt;br&gt;{error}&lt;br&gt;Nada foi gravado.</translation>
        </message>
        <message>
            <source>%d %b %Y</source>
            <translation>%-d de %b de %Y</translation>
        </message>
        <message numerus="yes">
            <source>%n workout(s)</source>
            <translation>
                <numerusform>%n treino</numerusform>
                <numerusform>%n treinos</numerusform>
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
                <numerusform>%n exercício</numerusform>
                <numerusform>%n exercícios</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Detected:&lt;/b&gt; {app} export ({dialect}), weights in {unit}.&lt;br&gt;&lt;b&gt;From&lt;/b&gt; {first} &lt;b&gt;to&lt;/b&gt; {last}: {workouts}, {sets}, {exercises}.&lt;br&gt;Nothing has been written yet. Workouts already imported are skipped.</source>
            <translation>&lt;b&gt;Detectado:&lt;/b&gt; exportação do {app} ({dialect}), pesos em {unit}.&lt;br&gt;&lt;b&gt;De&lt;/b&gt; {first} &lt;b&gt;a&lt;/b&gt; {last}: {workouts}, {sets}, {exercises}.&lt;br&gt;Nada foi gravado ainda. Treinos já importados são ignorados.</translation>
        </message>
        <message>
            <source>Keep as my own exercise</source>
            <translation>Manter como exercício próprio</translation>
        </message>
        <message>
            <source>{name} becomes</source>
            <translation>{name} passa a ser</translation>
        </message>
        <message>
            <source>&lt;b&gt;The import failed; nothing was written.&lt;/b&gt;&lt;br&gt;{error}</source>
            <translation>&lt;b&gt;A importação falhou; nada foi gravado.&lt;/b&gt;&lt;br&gt;{error}</translation>
        </message>
    </context>
    <context>
        <name>ui.inhibit</name>
        <message>
            <source>A workout is running</source>
            <translation>Um treino está em andamento</translation>
        </message>
        <message>
            <source>no session D-Bus to ask the screen saver</source>
            <translation>não há D-Bus de sessão para consultar o protetor de tela</translation>
        </message>
        <message>
            <source>the screen saver cannot be held off ({error})</source>
            <translation>não é possível impedir o protetor de tela ({error})</translation>
        </message>
        <message>
            <source>SetThreadExecutionState exists on Windows only</source>
            <translation>SetThreadExecutionState só existe no Windows</translation>
        </message>
        <message>
            <source>Windows cannot be asked to keep the display on ({error})</source>
            <translation>não é possível pedir ao Windows que mantenha a tela ligada ({error})</translation>
        </message>
        <message>
            <source>Windows refused to keep the display on</source>
            <translation>o Windows se recusou a manter a tela ligada</translation>
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
            <translation>Rep. (mín.)</translation>
        </message>
        <message>
            <source>Reps (max)</source>
            <translation>Rep. (máx.)</translation>
        </message>
        <message>
            <source>Hold per rep</source>
            <translation>Isometria por rep.</translation>
        </message>
        <message>
            <source>Rest between sets</source>
            <translation>Descanso entre séries</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duração</translation>
        </message>
        <message>
            <source>Sessions a week (min)</source>
            <translation>Sessões por semana (mín.)</translation>
        </message>
        <message>
            <source>Sessions a week (max)</source>
            <translation>Sessões por semana (máx.)</translation>
        </message>
        <message>
            <source>low impact</source>
            <translation>baixo impacto</translation>
        </message>
        <message>
            <source>medium impact</source>
            <translation>médio impacto</translation>
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
            <translation>&lt;b&gt;Arquivado&lt;/b&gt;: oculto nas listas de seleção; seu histórico é mantido.</translation>
        </message>
        <message>
            <source>each side in turn</source>
            <translation>um lado de cada vez</translation>
        </message>
        <message>
            <source>our default</source>
            <translation>nosso padrão</translation>
        </message>
        <message>
            <source>yours</source>
            <translation>seu valor</translation>
        </message>
        <message>
            <source>from the article</source>
            <translation>do artigo</translation>
        </message>
        <message>
            <source>Prescription</source>
            <translation>Prescrição</translation>
        </message>
        <message>
            <source>Positions each rep:</source>
            <translation>Posições em cada rep.:</translation>
        </message>
        <message>
            <source>How to do it</source>
            <translation>Como fazer</translation>
        </message>
        <message>
            <source>Cautions</source>
            <translation>Cuidados</translation>
        </message>
        <message>
            <source>Equipment:</source>
            <translation>Equipamento:</translation>
        </message>
        <message>
            <source>Muscles:</source>
            <translation>Músculos:</translation>
        </message>
        <message>
            <source>Variations:</source>
            <translation>Variações:</translation>
        </message>
        <message>
            <source>Based on</source>
            <translation>Baseado em</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fonte</translation>
        </message>
        <message>
            <source>Your own exercise: yours to edit, archive or merge.</source>
            <translation>Seu próprio exercício: você pode editá-lo, arquivá-lo ou mesclá-lo.</translation>
        </message>
        <message>
            <source>Ready-made: Edit makes your own copy.</source>
            <translation>Predefinido: Editar cria sua própria cópia.</translation>
        </message>
    </context>
    <context>
        <name>ui.library.dialogs</name>
        <message>
            <source>Merge “{name}” into…</source>
            <translation>Mesclar “{name}” com…</translation>
        </message>
        <message>
            <source>Merge into this</source>
            <translation>Mesclar com este</translation>
        </message>
        <message>
            <source>Merge exercises</source>
            <translation>Mesclar exercícios</translation>
        </message>
        <message>
            <source>Move every logged set, routine item and import name of “{name}” to “{target}”, then remove “{name}”?</source>
            <translation>Mover todas as séries registradas, itens de rotina e nomes de importação de “{name}” para “{target}” e depois remover “{name}”?</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Mesclar</translation>
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
            <translation>Rep., mínimo</translation>
        </message>
        <message>
            <source>Reps, most</source>
            <translation>Rep., máximo</translation>
        </message>
        <message>
            <source>Hold each rep</source>
            <translation>Isometria por rep.</translation>
        </message>
        <message>
            <source>Rest between sets</source>
            <translation>Descanso entre séries</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duração</translation>
        </message>
        <message>
            <source>New exercise</source>
            <translation>Novo exercício</translation>
        </message>
        <message>
            <source>My copy of {name}</source>
            <translation>Minha cópia de {name}</translation>
        </message>
        <message>
            <source>Edit {name}</source>
            <translation>Editar {name}</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>Repetições</translation>
        </message>
        <message>
            <source>Hold (each rep held)</source>
            <translation>Isometria (cada rep. sustentada)</translation>
        </message>
        <message>
            <source>Duration (continuous)</source>
            <translation>Duração (contínua)</translation>
        </message>
        <message>
            <source>Each side in turn</source>
            <translation>Um lado de cada vez</translation>
        </message>
        <message>
            <source>Not said</source>
            <translation>Não informado</translation>
        </message>
        <message>
            <source>e.g. rounded, arched (blank: one position)</source>
            <translation>ex.: arredondada, arqueada (vazio: uma posição)</translation>
        </message>
        <message>
            <source>e.g. {first}, {second}</source>
            <translation>ex.: {first}, {second}</translation>
        </message>
        <message>
            <source>e.g. {first}, {second} (blank: none)</source>
            <translation>ex.: {first}, {second} (vazio: nenhum)</translation>
        </message>
        <message>
            <source>One step a line</source>
            <translation>Um passo por linha</translation>
        </message>
        <message>
            <source>One caution a line</source>
            <translation>Um cuidado por linha</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nome</translation>
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
            <translation>&amp;Posições</translation>
        </message>
        <message>
            <source>M&amp;uscles</source>
            <translation>Mú&amp;sculos</translation>
        </message>
        <message>
            <source>&amp;Equipment</source>
            <translation>&amp;Equipamento</translation>
        </message>
        <message>
            <source>&amp;Impact</source>
            <translation>&amp;Impacto</translation>
        </message>
        <message>
            <source>Su&amp;mmary</source>
            <translation>&amp;Resumo</translation>
        </message>
        <message>
            <source>Ins&amp;tructions</source>
            <translation>Instr&amp;uções</translation>
        </message>
        <message>
            <source>&amp;Cautions</source>
            <translation>&amp;Cuidados</translation>
        </message>
        <message>
            <source>Save my copy</source>
            <translation>Salvar minha cópia</translation>
        </message>
        <message>
            <source>Save (Enter; Ctrl+Enter from instructions or cautions)</source>
            <translation>Salvar (Enter; Ctrl+Enter a partir de instruções ou cuidados)</translation>
        </message>
        <message>
            <source>“{name}” is ready-made and stays as the article gives it. Saving makes your own copy.</source>
            <translation>“{name}” é predefinido e permanece como o artigo o apresenta. Salvar cria sua própria cópia.</translation>
        </message>
    </context>
    <context>
        <name>ui.library.models</name>
        <message>
            <source>strength</source>
            <translation>força</translation>
        </message>
        <message>
            <source>cardio</source>
            <translation>cardio</translation>
        </message>
        <message>
            <source>mobility</source>
            <translation>mobilidade</translation>
        </message>
        <message>
            <source>recovery</source>
            <translation>recuperação</translation>
        </message>
        <message>
            <source>reps</source>
            <translation>repetições</translation>
        </message>
        <message>
            <source>hold</source>
            <translation>isometria</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>duração</translation>
        </message>
        <message>
            <source>low</source>
            <translation>baixo</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>médio</translation>
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
            <translation>posteriores da coxa</translation>
        </message>
        <message>
            <source>quads</source>
            <translation>quadríceps</translation>
        </message>
        <message>
            <source>calves</source>
            <translation>panturrilhas</translation>
        </message>
        <message>
            <source>hips</source>
            <translation>quadril</translation>
        </message>
        <message>
            <source>core</source>
            <translation>core</translation>
        </message>
        <message>
            <source>lower-back</source>
            <translation>lombar</translation>
        </message>
        <message>
            <source>upper-back</source>
            <translation>parte superior das costas</translation>
        </message>
        <message>
            <source>shoulders</source>
            <translation>ombros</translation>
        </message>
        <message>
            <source>chest</source>
            <translation>peito</translation>
        </message>
        <message>
            <source>arms</source>
            <translation>braços</translation>
        </message>
        <message>
            <source>full-body</source>
            <translation>corpo inteiro</translation>
        </message>
        <message>
            <source>ball</source>
            <translation>bola</translation>
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
            <translation>cadeira</translation>
        </message>
        <message>
            <source>dumbbells</source>
            <translation>halteres</translation>
        </message>
        <message>
            <source>mat</source>
            <translation>colchonete</translation>
        </message>
        <message>
            <source>oil</source>
            <translation>óleo</translation>
        </message>
        <message>
            <source>pool</source>
            <translation>piscina</translation>
        </message>
        <message>
            <source>racket</source>
            <translation>raquete</translation>
        </message>
        <message>
            <source>stability-ball</source>
            <translation>bola suíça</translation>
        </message>
        <message>
            <source>stairs</source>
            <translation>escada</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nenhum</translation>
        </message>
        <message>
            <source>{name} (archived)</source>
            <translation>{name} (arquivado)</translation>
        </message>
        <message>
            <source>{mode} · per side</source>
            <translation>{mode} · por lado</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
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
            <translation>Prescrição</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impacto</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Equipamento</translation>
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
            <translation>Equipamento: todos</translation>
        </message>
        <message>
            <source>Equipment filter</source>
            <translation>Filtro de equipamento</translation>
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
            <translation>Artigo: todos</translation>
        </message>
        <message>
            <source>Article filter</source>
            <translation>Filtro de artigo</translation>
        </message>
        <message>
            <source>Search exercises (name, muscle, equipment)…</source>
            <translation>Buscar exercícios (nome, músculo, equipamento)…</translation>
        </message>
        <message>
            <source>Search exercises</source>
            <translation>Buscar exercícios</translation>
        </message>
        <message>
            <source>By name, muscle or equipment; Up and Down move in the list</source>
            <translation>Por nome, músculo ou equipamento; as setas para cima e para baixo percorrem a lista</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Limpar</translation>
        </message>
        <message>
            <source>Clear the search and every filter</source>
            <translation>Limpar a busca e todos os filtros</translation>
        </message>
        <message>
            <source>Show &amp;archived</source>
            <translation>Mostrar a&amp;rquivados</translation>
        </message>
        <message>
            <source>List your archived exercises too</source>
            <translation>Listar também seus exercícios arquivados</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Novo…</translation>
        </message>
        <message>
            <source>A new exercise of your own (Ctrl+N)</source>
            <translation>Um novo exercício seu (Ctrl+N)</translation>
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
            <translation>Sua própria cópia deste exercício (Ctrl+D)</translation>
        </message>
        <message>
            <source>Arc&amp;hive</source>
            <translation>Arqui&amp;var</translation>
        </message>
        <message>
            <source>&amp;Merge into…</source>
            <translation>&amp;Mesclar com…</translation>
        </message>
        <message>
            <source>Move this exercise's logged sets, routine items and import names onto another exercise, then remove it</source>
            <translation>Mover as séries registradas, itens de rotina e nomes de importação deste exercício para outro exercício e depois removê-lo</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Exercícios</translation>
        </message>
        <message>
            <source>Exercise details</source>
            <translation>Detalhes do exercício</translation>
        </message>
        <message>
            <source>No exercise matches the search and filters.</source>
            <translation>Nenhum exercício corresponde à busca e aos filtros.</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n entries  ·  * marks our default where the articles give no number</source>
            <translation>
                <numerusform>{shown} de %n entrada  ·  * marca nosso padrão onde os artigos não dão número</numerusform>
                <numerusform>{shown} de %n entradas  ·  * marca nosso padrão onde os artigos não dão número</numerusform>
            </translation>
        </message>
        <message>
            <source>Make my &amp;copy…</source>
            <translation>Fazer minha &amp;cópia…</translation>
        </message>
        <message>
            <source>Ready-made exercises stay as the article gives them: edit your own copy (F2)</source>
            <translation>Exercícios predefinidos permanecem como o artigo os apresenta: edite sua própria cópia (F2)</translation>
        </message>
        <message>
            <source>Edit this exercise (F2, or Enter in the list)</source>
            <translation>Editar este exercício (F2, ou Enter na lista)</translation>
        </message>
        <message>
            <source>Unarc&amp;hive</source>
            <translation>Desarqui&amp;var</translation>
        </message>
        <message>
            <source>Bring it back into the pickers</source>
            <translation>Trazê-lo de volta às listas de seleção</translation>
        </message>
        <message>
            <source>Hide it from the pickers; its history is kept</source>
            <translation>Ocultá-lo das listas de seleção; seu histórico é mantido</translation>
        </message>
        <message>
            <source>Only your own exercises can be archived</source>
            <translation>Somente seus próprios exercícios podem ser arquivados</translation>
        </message>
        <message numerus="yes">
            <source>%n logged set(s)</source>
            <translation>
                <numerusform>%n série registrada</numerusform>
                <numerusform>%n séries registradas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n routine item(s)</source>
            <translation>
                <numerusform>%n item de rotina</numerusform>
                <numerusform>%n itens de rotina</numerusform>
            </translation>
        </message>
        <message>
            <source>Merged “{name}” into this exercise: {sets} and {items} moved.</source>
            <translation>“{name}” mesclado neste exercício: {sets} e {items} movidos.</translation>
        </message>
    </context>
    <context>
        <name>ui.main_window</name>
        <message>
            <source>&amp;Import workouts…</source>
            <translation>&amp;Importar treinos…</translation>
        </message>
        <message>
            <source>Export history as Strong &amp;CSV…</source>
            <translation>Exportar histórico como &amp;CSV do Strong…</translation>
        </message>
        <message>
            <source>Export &amp;everything as JSON…</source>
            <translation>Exportar &amp;tudo como JSON…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>Fazer &amp;backup agora</translation>
        </message>
        <message>
            <source>&amp;Restore a backup…</source>
            <translation>&amp;Restaurar um backup…</translation>
        </message>
        <message>
            <source>Chec&amp;k the database</source>
            <translation>&amp;Verificar o banco de dados</translation>
        </message>
        <message>
            <source>&amp;Back up the shared database now (JSON snapshot)</source>
            <translation>Fazer &amp;backup do banco de dados compartilhado agora (instantâneo JSON)</translation>
        </message>
        <message>
            <source>&amp;Restore a JSON backup into the shared database…</source>
            <translation>&amp;Restaurar um backup JSON no banco de dados compartilhado…</translation>
        </message>
        <message>
            <source>Chec&amp;k the shared database</source>
            <translation>&amp;Verificar o banco de dados compartilhado</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoje</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Biblioteca</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>Rotinas</translation>
        </message>
        <message>
            <source>Workout</source>
            <translation>Treino</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Histórico</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progresso</translation>
        </message>
        <message>
            <source>Body &amp; plan</source>
            <translation>Corpo e plano</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configurações</translation>
        </message>
        <message>
            <source>Backline</source>
            <translation>Backline</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Abrindo o banco de dados…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arquivo</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
        </message>
        <message>
            <source>Next tab</source>
            <translation>Próxima aba</translation>
        </message>
        <message>
            <source>Previous tab</source>
            <translation>Aba anterior</translation>
        </message>
        <message>
            <source>Go to the {tab} tab</source>
            <translation>Ir para a aba {tab}</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;juda</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Atalhos de teclado</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Guia do usuário</translation>
        </message>
        <message>
            <source>&amp;About Backline</source>
            <translation>So&amp;bre o Backline</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Sobre o &amp;Qt</translation>
        </message>
        <message>
            <source>Database: {database}</source>
            <translation>Banco de dados: {database}</translation>
        </message>
        <message>
            <source>Backline is still running</source>
            <translation>O Backline continua em execução</translation>
        </message>
        <message>
            <source>Quit it from the tray icon.</source>
            <translation>Feche-o pelo ícone na bandeja do sistema.</translation>
        </message>
        <message>
            <source>The screen may blank during the workout: {problem}</source>
            <translation>A tela pode apagar durante o treino: {problem}</translation>
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
            <translation>não há D-Bus de sessão</translation>
        </message>
        <message>
            <source>the session D-Bus cannot be reached ({error})</source>
            <translation>não é possível acessar o D-Bus de sessão ({error})</translation>
        </message>
        <message>
            <source>no notification service ({error})</source>
            <translation>não há serviço de notificações ({error})</translation>
        </message>
    </context>
    <context>
        <name>ui.ops</name>
        <message>
            <source>the database is not open yet</source>
            <translation>o banco de dados ainda não está aberto</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Não salvo</translation>
        </message>
        <message>
            <source>Nothing was saved: {error}</source>
            <translation>Nada foi salvo: {error}</translation>
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
            <translation>{workouts}, {sets}; o último em {day}</translation>
        </message>
        <message numerus="yes">
            <source>%n workout(s)</source>
            <translation>
                <numerusform>%n treino</numerusform>
                <numerusform>%n treinos</numerusform>
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
            <translation>Recorde</translation>
        </message>
        <message>
            <source>Set on</source>
            <translation>Feito em</translation>
        </message>
    </context>
    <context>
        <name>ui.progress.plots</name>
        <message>
            <source>best {value}</source>
            <translation>melhor {value}</translation>
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
            <translation>{routine}: sem meta semanal</translation>
        </message>
        <message numerus="yes">
            <source>{routine}: target {target} a week, met {met} of %n week(s) since {day}</source>
            <translation>
                <numerusform>{routine}: meta {target} por semana, cumprida em {met} de %n semana desde {day}</numerusform>
                <numerusform>{routine}: meta {target} por semana, cumprida em {met} de %n semanas desde {day}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{routine}: target {target} a week, met {met} of %n week(s)</source>
            <translation>
                <numerusform>{routine}: meta {target} por semana, cumprida em {met} de %n semana</numerusform>
                <numerusform>{routine}: meta {target} por semana, cumprida em {met} de %n semanas</numerusform>
            </translation>
        </message>
        <message>
            <source>target met</source>
            <translation>meta cumprida</translation>
        </message>
        <message>
            <source>below target</source>
            <translation>abaixo da meta</translation>
        </message>
        <message>
            <source>target</source>
            <translation>meta</translation>
        </message>
        <message>
            <source>not in use yet</source>
            <translation>ainda não usada</translation>
        </message>
        <message>
            <source>not
in use</source>
            <translation>não
usada</translation>
        </message>
        <message>
            <source>sessions a week</source>
            <translation>sessões por semana</translation>
        </message>
        <message numerus="yes">
            <source>Active days, last %n week(s)</source>
            <translation>
                <numerusform>Dias ativos, %n semana</numerusform>
                <numerusform>Dias ativos, últimas %n semanas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.progress.tab</name>
        <message>
            <source>Log a workout to see progress here.</source>
            <translation>Registre um treino para ver seu progresso aqui.</translation>
        </message>
        <message>
            <source>&amp;30 days</source>
            <translation>&amp;30 dias</translation>
        </message>
        <message>
            <source>3 &amp;months</source>
            <translation>3 &amp;meses</translation>
        </message>
        <message>
            <source>1 &amp;year</source>
            <translation>1 a&amp;no</translation>
        </message>
        <message>
            <source>&amp;All</source>
            <translation>&amp;Tudo</translation>
        </message>
        <message>
            <source>the last 30 days</source>
            <translation>os últimos 30 dias</translation>
        </message>
        <message>
            <source>the last 3 months</source>
            <translation>os últimos 3 meses</translation>
        </message>
        <message>
            <source>the last year</source>
            <translation>o último ano</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Exercício</translation>
        </message>
        <message>
            <source>&amp;Exercise:</source>
            <translation>&amp;Exercício:</translation>
        </message>
        <message>
            <source>Exercises you have logged; type to search ({keys})</source>
            <translation>Exercícios que você registrou; digite para buscar ({keys})</translation>
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
            <translation>tudo</translation>
        </message>
        <message>
            <source>Sa&amp;ve chart…</source>
            <translation>Sal&amp;var gráfico…</translation>
        </message>
        <message>
            <source>Save this chart as a PNG or SVG file ({keys})</source>
            <translation>Salvar este gráfico como arquivo PNG ou SVG ({keys})</translation>
        </message>
        <message>
            <source>Personal records</source>
            <translation>Recordes pessoais</translation>
        </message>
        <message>
            <source>&amp;Routine:</source>
            <translation>&amp;Rotina:</translation>
        </message>
        <message>
            <source>The routine whose weeks are shown ({keys})</source>
            <translation>A rotina cujas semanas são mostradas ({keys})</translation>
        </message>
        <message>
            <source>Weekly adherence</source>
            <translation>Constância semanal</translation>
        </message>
        <message>
            <source>Active days</source>
            <translation>Dias ativos</translation>
        </message>
        <message>
            <source>How targets progress</source>
            <translation>Como as metas evoluem</translation>
        </message>
        <message>
            <source>Save this chart…</source>
            <translation>Salvar este gráfico…</translation>
        </message>
        <message>
            <source>Save the chart below as a PNG or SVG file</source>
            <translation>Salvar o gráfico abaixo como arquivo PNG ou SVG</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Carregando…</translation>
        </message>
        <message>
            <source>Personal records appear here after your first workout.</source>
            <translation>Seus recordes pessoais aparecem aqui depois do primeiro treino.</translation>
        </message>
        <message>
            <source>{hint} ({keys})</source>
            <translation>{hint} ({keys})</translation>
        </message>
        <message>
            <source>What to chart for this exercise ({keys})</source>
            <translation>O que mostrar no gráfico para este exercício ({keys})</translation>
        </message>
        <message>
            <source>Personal records: {name}</source>
            <translation>Recordes pessoais: {name}</translation>
        </message>
        <message>
            <source>No personal records for {name} yet.</source>
            <translation>Ainda não há recordes pessoais de {name}.</translation>
        </message>
        <message>
            <source>Could not load progress: {error}</source>
            <translation>Não foi possível carregar o progresso: {error}</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Salvar gráfico</translation>
        </message>
        <message>
            <source>There is no chart to save yet.</source>
            <translation>Ainda não há gráfico para salvar.</translation>
        </message>
        <message>
            <source>The chart was not saved: {error}</source>
            <translation>O gráfico não foi salvo: {error}</translation>
        </message>
        <message>
            <source>No {measure} for {name} in {range}. Choose another measure, or “All” to see your older workouts.</source>
            <translation>Sem {measure} de {name} durante {range}. Escolha outra medida, ou “Tudo” para ver seus treinos mais antigos.</translation>
        </message>
        <message>
            <source>Nothing to chart for this measure. {hint}</source>
            <translation>Nada a mostrar para esta medida. {hint}</translation>
        </message>
        <message>
            <source>Follow a routine from the Routines tab to see your weeks against its target.</source>
            <translation>Siga uma rotina da aba Rotinas para ver suas semanas em relação à meta dela.</translation>
        </message>
        <message>
            <source>Log a workout to fill this calendar of active days.</source>
            <translation>Registre um treino para preencher este calendário de dias ativos.</translation>
        </message>
        <message>
            <source>No current streak: a workout today starts one.</source>
            <translation>Nenhuma sequência atual: um treino hoje começa uma.</translation>
        </message>
        <message>
            <source>Current streak: 1 day.</source>
            <translation>Sequência atual: 1 dia.</translation>
        </message>
        <message numerus="yes">
            <source>Current streak: %n day(s) in a row.</source>
            <translation>
                <numerusform>Sequência atual: %n dia seguido.</numerusform>
                <numerusform>Sequência atual: %n dias seguidos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n active day(s)</source>
            <translation>
                <numerusform>%n dia ativo</numerusform>
                <numerusform>%n dias ativos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{days} in the last %n week(s).</source>
            <translation>
                <numerusform>{days} em %n semana.</numerusform>
                <numerusform>{days} nas últimas %n semanas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.reminder_settings</name>
        <message>
            <source>Reminders</source>
            <translation>Lembretes</translation>
        </message>
        <message>
            <source>Local time; the suggested time is ours</source>
            <translation>Horário local; o horário sugerido é nosso</translation>
        </message>
        <message>
            <source>Time of the reminder: {reminder}</source>
            <translation>Horário do lembrete: {reminder}</translation>
        </message>
        <message>
            <source>A day of the reminder: {reminder}</source>
            <translation>Um dia do lembrete: {reminder}</translation>
        </message>
        <message>
            <source>Keep Backline running in the tray when the window is closed</source>
            <translation>Manter o Backline na bandeja do sistema quando a janela for fechada</translation>
        </message>
        <message>
            <source>Shown as desktop notifications while Backline runs; a reminder stays silent when that part of the program is already done that day.</source>
            <translation>Exibidos como notificações da área de trabalho enquanto o Backline está aberto; um lembrete fica em silêncio quando essa parte do programa já foi feita no dia.</translation>
        </message>
        <message>
            <source>A reminder needs at least one day.</source>
            <translation>Um lembrete precisa de pelo menos um dia.</translation>
        </message>
    </context>
    <context>
        <name>ui.routines.dialogs</name>
        <message>
            <source>Add exercise</source>
            <translation>Adicionar exercício</translation>
        </message>
        <message>
            <source>Search by name, muscle, equipment…</source>
            <translation>Buscar por nome, músculo, equipamento…</translation>
        </message>
        <message>
            <source>Search exercises</source>
            <translation>Buscar exercícios</translation>
        </message>
        <message>
            <source>By name, muscle or equipment</source>
            <translation>Por nome, músculo ou equipamento</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Exercícios</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Adicionar</translation>
        </message>
        <message>
            <source>Pick an exercise from the library:</source>
            <translation>Escolha um exercício da biblioteca:</translation>
        </message>
        <message>
            <source>Group as circuit</source>
            <translation>Agrupar em circuito</translation>
        </message>
        <message>
            <source>Rounds (the moves back to back, then rest):</source>
            <translation>Rodadas (os movimentos em sequência, depois descanso):</translation>
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
            <translation>nenhum</translation>
        </message>
        <message>
            <source>Sessions a week (1-14); 'none' for no weekly target</source>
            <translation>Sessões por semana (1-14); “nenhum”: sem meta semanal</translation>
        </message>
        <message>
            <source>Daily</source>
            <translation>Todo dia</translation>
        </message>
        <message>
            <source>Every day: 7 sessions a week</source>
            <translation>Todos os dias: 7 sessões por semana</translation>
        </message>
        <message>
            <source>Suggest the next target from my history</source>
            <translation>Sugerir a próxima meta com base no meu histórico</translation>
        </message>
        <message>
            <source>{rule} Turn off to always use the targets written here.</source>
            <translation>{rule} Desative para usar sempre as metas escritas aqui.</translation>
        </message>
        <message>
            <source>Why this routine, in a line</source>
            <translation>Por que esta rotina, em uma linha</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>sessions a week</source>
            <translation>sessões por semana</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Weekly target</source>
            <translation>Meta semanal</translation>
        </message>
        <message>
            <source>Weekly target: at least, sessions a week</source>
            <translation>Meta semanal: pelo menos, sessões por semana</translation>
        </message>
        <message>
            <source>Weekly target: at most, sessions a week</source>
            <translation>Meta semanal: no máximo, sessões por semana</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumo</translation>
        </message>
        <message>
            <source>Progression</source>
            <translation>Progressão</translation>
        </message>
        <message>
            <source>Items of the routine</source>
            <translation>Itens da rotina</translation>
        </message>
        <message>
            <source>Drag to reorder, or Ctrl+Up / Ctrl+Down; Delete removes the selected item</source>
            <translation>Arraste para reordenar, ou Ctrl+Cima / Ctrl+Baixo; Delete remove o item selecionado</translation>
        </message>
        <message>
            <source>Add exercise…</source>
            <translation>Adicionar exercício…</translation>
        </message>
        <message>
            <source>Add an exercise from the library (Ctrl+E)</source>
            <translation>Adicionar um exercício da biblioteca (Ctrl+E)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Remove the selected item (Delete)</source>
            <translation>Remover o item selecionado (Delete)</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move the item up (Ctrl+Up)</source>
            <translation>Mover o item para cima (Ctrl+Cima)</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Descer</translation>
        </message>
        <message>
            <source>Move the item down (Ctrl+Down)</source>
            <translation>Mover o item para baixo (Ctrl+Baixo)</translation>
        </message>
        <message>
            <source>Group as circuit…</source>
            <translation>Agrupar em circuito…</translation>
        </message>
        <message>
            <source>Do the selected items back to back for a number of rounds</source>
            <translation>Fazer os itens selecionados em sequência por várias rodadas</translation>
        </message>
        <message>
            <source>Ungroup</source>
            <translation>Desagrupar</translation>
        </message>
        <message>
            <source>Take the selected items out of their circuit</source>
            <translation>Tirar os itens selecionados do circuito</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Desfazer</translation>
        </message>
        <message>
            <source>Undo the last edit (Ctrl+Z)</source>
            <translation>Desfazer a última alteração (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Refazer</translation>
        </message>
        <message>
            <source>Redo (Ctrl+Shift+Z)</source>
            <translation>Refazer (Ctrl+Shift+Z)</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Reverter</translation>
        </message>
        <message>
            <source>Drop every unsaved change</source>
            <translation>Descartar todas as alterações não salvas</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salvar</translation>
        </message>
        <message>
            <source>Save this routine (Ctrl+S)</source>
            <translation>Salvar esta rotina (Ctrl+S)</translation>
        </message>
        <message>
            <source>Item {number}: {problem}</source>
            <translation>Item {number}: {problem}</translation>
        </message>
        <message>
            <source>Not saved: {problem}</source>
            <translation>Não salvo: {problem}</translation>
        </message>
        <message>
            <source>Added {name}.</source>
            <translation>{name} adicionado.</translation>
        </message>
        <message>
            <source>Ready-made, from the article “{title}” ({file}). Saving creates your own copy; “Restore article version” undoes any change.</source>
            <translation>Predefinida, do artigo “{title}” ({file}). Salvar cria sua própria cópia; “Restaurar original” desfaz qualquer alteração.</translation>
        </message>
        <message>
            <source>Your copy of a routine from “{title}”.</source>
            <translation>Sua cópia de uma rotina de “{title}”.</translation>
        </message>
        <message>
            <source>Unsaved changes: saving creates your own copy.</source>
            <translation>Alterações não salvas: salvar cria sua própria cópia.</translation>
        </message>
        <message>
            <source>Unsaved changes.</source>
            <translation>Alterações não salvas.</translation>
        </message>
    </context>
    <context>
        <name>ui.routines.item_panel</name>
        <message>
            <source>Reps</source>
            <translation>Repetições</translation>
        </message>
        <message>
            <source>Hold (seconds per rep)</source>
            <translation>Isometria (segundos por rep.)</translation>
        </message>
        <message>
            <source>Duration (minutes)</source>
            <translation>Duração (minutos)</translation>
        </message>
        <message>
            <source>Sets</source>
            <translation>Séries</translation>
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
            <translation>Isometria</translation>
        </message>
        <message>
            <source>s per rep</source>
            <translation>s por rep.</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duração</translation>
        </message>
        <message>
            <source>Rest between sets</source>
            <translation>Descanso entre séries</translation>
        </message>
        <message>
            <source>Rest after</source>
            <translation>Descanso depois</translation>
        </message>
        <message>
            <source>Target weight</source>
            <translation>Peso-alvo</translation>
        </message>
        <message>
            <source>Weight step</source>
            <translation>Incremento de peso</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Rodadas</translation>
        </message>
        <message>
            <source>(whole circuit)</source>
            <translation>(circuito inteiro)</translation>
        </message>
        <message>
            <source>Selected item</source>
            <translation>Item selecionado</translation>
        </message>
        <message>
            <source>Each side in turn</source>
            <translation>Um lado de cada vez</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modo</translation>
        </message>
        <message>
            <source>As long as you can</source>
            <translation>O máximo que puder</translation>
        </message>
        <message>
            <source>The clock counts up and Enter stops it; the time above is the mark to reach</source>
            <translation>O relógio conta para cima e Enter o para; o tempo acima é a marca a atingir</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Several items selected: group them as a circuit, or pick one to edit.</source>
            <translation>Vários itens selecionados: agrupe-os em circuito ou escolha um para editar.</translation>
        </message>
        <message>
            <source>Select an item to edit it.</source>
            <translation>Selecione um item para editá-lo.</translation>
        </message>
        <message>
            <source> (library: {mode})</source>
            <translation> (biblioteca: {mode})</translation>
        </message>
        <message>
            <source>Our default, not the article's: {fields}</source>
            <translation>Nosso padrão, não o do artigo: {fields}</translation>
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
            <translation>Rotina</translation>
        </message>
        <message>
            <source>Ready-made routine from the article “{title}” ({file})</source>
            <translation>Rotina predefinida do artigo “{title}” ({file})</translation>
        </message>
        <message>
            <source>Your copy of a routine from the article “{title}” ({file})</source>
            <translation>Sua cópia de uma rotina do artigo “{title}” ({file})</translation>
        </message>
        <message>
            <source>Your own routine</source>
            <translation>Sua própria rotina</translation>
        </message>
        <message>
            <source>Circuit {number} × {rounds}</source>
            <translation>Circuito {number} × {rounds}</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Exercício</translation>
        </message>
        <message>
            <source>Circuit</source>
            <translation>Circuito</translation>
        </message>
        <message>
            <source>Prescription</source>
            <translation>Prescrição</translation>
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
            <translation>meta {weight}</translation>
        </message>
        <message>
            <source>* our default: {fields}</source>
            <translation>* nosso padrão: {fields}</translation>
        </message>
        <message>
            <source>This item has a problem: select it to see which field.</source>
            <translation>Este item tem um problema: selecione-o para ver qual campo.</translation>
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
            <translation>Rotinas</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Nova…</translation>
        </message>
        <message>
            <source>Create an empty routine of your own</source>
            <translation>Criar uma rotina sua vazia</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Renomear…</translation>
        </message>
        <message>
            <source>Rename this routine</source>
            <translation>Renomear esta rotina</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicar</translation>
        </message>
        <message>
            <source>Make your own copy of this routine</source>
            <translation>Fazer sua própria cópia desta rotina</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Excluir…</translation>
        </message>
        <message>
            <source>Delete this routine (workouts done with it are kept)</source>
            <translation>Excluir esta rotina (os treinos feitos com ela são mantidos)</translation>
        </message>
        <message>
            <source>Restore article version</source>
            <translation>Restaurar original</translation>
        </message>
        <message>
            <source>Put this ready-made routine back exactly as the article gives it</source>
            <translation>Restaurar esta rotina predefinida exatamente como o artigo a apresenta</translation>
        </message>
        <message>
            <source>This routine</source>
            <translation>Esta rotina</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Rotina</translation>
        </message>
        <message>
            <source>My routine</source>
            <translation>Minha rotina</translation>
        </message>
        <message>
            <source>New routine</source>
            <translation>Nova rotina</translation>
        </message>
        <message>
            <source>Name of the new routine:</source>
            <translation>Nome da nova rotina:</translation>
        </message>
        <message>
            <source>Created “{name}”. Add exercises, then Save.</source>
            <translation>“{name}” criada. Adicione exercícios e depois clique em Salvar.</translation>
        </message>
        <message>
            <source>Rename routine</source>
            <translation>Renomear rotina</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Novo nome:</translation>
        </message>
        <message>
            <source>Made “{name}”.</source>
            <translation>“{name}” criada.</translation>
        </message>
        <message>
            <source>Deleted “{name}”. Workouts done with it are kept.</source>
            <translation>“{name}” excluída. Os treinos feitos com ela são mantidos.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Drop your unsaved changes and restore the article's version?</source>
            <translation>Descartar suas alterações não salvas e restaurar a versão do artigo?</translation>
        </message>
        <message>
            <source>“{name}” is as the article gives it.</source>
            <translation>“{name}” está como o artigo a apresenta.</translation>
        </message>
        <message>
            <source>Saved as your own copy “{name}”; the ready-made one is unchanged.</source>
            <translation>Salva como sua própria cópia “{name}”; a predefinida não foi alterada.</translation>
        </message>
        <message>
            <source>Saved “{name}”.</source>
            <translation>“{name}” salva.</translation>
        </message>
    </context>
    <context>
        <name>ui.settings_tab</name>
        <message>
            <source>Left side first</source>
            <translation>Lado esquerdo primeiro</translation>
        </message>
        <message>
            <source>Right side first</source>
            <translation>Lado direito primeiro</translation>
        </message>
        <message>
            <source>Kilograms (kg)</source>
            <translation>Quilogramas (kg)</translation>
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
            <translation>Polegadas (in)</translation>
        </message>
        <message>
            <source>The exercise and side at each start</source>
            <translation>O exercício e o lado em cada início</translation>
        </message>
        <message>
            <source>The set and round (“set 2 of 3”)</source>
            <translation>A série e a rodada (“série 2 de 3”)</translation>
        </message>
        <message>
            <source>“Hold” and “release”</source>
            <translation>“Segure” e “relaxe”</translation>
        </message>
        <message>
            <source>The rest and its length (“rest, 60 seconds”)</source>
            <translation>O descanso e sua duração (“descanso, 60 segundos”)</translation>
        </message>
        <message>
            <source>What comes next (“next: glute bridge”)</source>
            <translation>O que vem a seguir (“a seguir: ponte de glúteos”)</translation>
        </message>
        <message>
            <source>Halfway</source>
            <translation>Na metade</translation>
        </message>
        <message>
            <source>The last three seconds (“three, two, one”)</source>
            <translation>Os últimos três segundos (“três, dois, um”)</translation>
        </message>
        <message>
            <source>The end of the workout</source>
            <translation>O fim do treino</translation>
        </message>
        <message>
            <source>Keep the screen on during a workout</source>
            <translation>Manter a tela ligada durante o treino</translation>
        </message>
        <message>
            <source>Notify me when a rest ends and Backline is not in front</source>
            <translation>Me avisar quando um descanso terminar e o Backline não estiver em primeiro plano</translation>
        </message>
        <message>
            <source>Volume of the cue sounds (arrow keys: 1 %, Page Up/Down: 10 %)</source>
            <translation>Volume dos avisos sonoros (setas: 1%, Page Up/Down: 10%)</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
        <message>
            <source>Mute cue sounds</source>
            <translation>Silenciar os avisos sonoros</translation>
        </message>
        <message>
            <source>Speak cues (text to speech)</source>
            <translation>Avisos falados (texto para fala)</translation>
        </message>
        <message>
            <source>Test sound</source>
            <translation>Testar som</translation>
        </message>
        <message>
            <source>Play a sample cue (and speak, if speech is on) — Alt+T</source>
            <translation>Tocar um aviso de exemplo (e falar, se a voz estiver ligada) — Alt+T</translation>
        </message>
        <message>
            <source>Seconds of countdown before the first exercise of a workout (0 to 60)</source>
            <translation>Segundos de contagem regressiva antes do primeiro exercício de um treino (0 a 60)</translation>
        </message>
        <message>
            <source>off</source>
            <translation>desligado</translation>
        </message>
        <message>
            <source>A metronome tick every N seconds during a reps set, to pace each rep (0 = off)</source>
            <translation>Um tique de metrônomo a cada N segundos durante uma série de repetições, para dar o ritmo de cada uma (0 = desligado)</translation>
        </message>
        <message>
            <source>Which side one-sided moves start with</source>
            <translation>Com qual lado começam os movimentos unilaterais</translation>
        </message>
        <message>
            <source>While a workout runs, the screen saver and idle sleep wait; paused or ended, they come back</source>
            <translation>Durante um treino, o protetor de tela e a suspensão esperam; em pausa ou ao terminar, eles voltam</translation>
        </message>
        <message>
            <source>A desktop notification when a rest or a timed step ends while another window is in front</source>
            <translation>Uma notificação da área de trabalho quando um descanso ou uma etapa cronometrada termina enquanto outra janela está em primeiro plano</translation>
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
            <translation>Comprimentos:</translation>
        </message>
        <message>
            <source>Sound</source>
            <translation>Som</translation>
        </message>
        <message>
            <source>Volume:</source>
            <translation>Volume:</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Voz</translation>
        </message>
        <message>
            <source>What the voice says during a workout, while speech is on</source>
            <translation>O que a voz diz durante um treino, enquanto a voz está ligada</translation>
        </message>
        <message>
            <source>During a workout</source>
            <translation>Durante o treino</translation>
        </message>
        <message>
            <source>Workout player</source>
            <translation>Execução do treino</translation>
        </message>
        <message>
            <source>Get ready:</source>
            <translation>Preparação:</translation>
        </message>
        <message>
            <source>Rep cadence:</source>
            <translation>Cadência das rep.:</translation>
        </message>
        <message>
            <source>Per-side moves:</source>
            <translation>Movimentos unilaterais:</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Salvo.</translation>
        </message>
        <message>
            <source>No voice in this window: cues are beeps only</source>
            <translation>Sem voz nesta janela: os avisos são apenas bipes</translation>
        </message>
        <message>
            <source>Voice: on</source>
            <translation>Voz: ligada</translation>
        </message>
        <message>
            <source>Voice is off: cues are beeps only</source>
            <translation>Voz desligada: os avisos são apenas bipes</translation>
        </message>
        <message>
            <source>Sound is not available in this window.</source>
            <translation>O som não está disponível nesta janela.</translation>
        </message>
        <message>
            <source>Sound cannot play.</source>
            <translation>O som não pode ser reproduzido.</translation>
        </message>
    </context>
    <context>
        <name>ui.store_settings</name>
        <message>
            <source>Database</source>
            <translation>Banco de dados</translation>
        </message>
        <message>
            <source>In use now: not open yet</source>
            <translation>Em uso agora: ainda não aberto</translation>
        </message>
        <message>
            <source>Shared database URL</source>
            <translation>URL do banco de dados compartilhado</translation>
        </message>
        <message>
            <source>A PostgreSQL URL without the password; the password comes from {places}</source>
            <translation>Uma URL do PostgreSQL sem a senha; a senha vem de {places}</translation>
        </message>
        <message>
            <source>For example {url}. Leave the password out: Backline reads it from {places}.</source>
            <translation>Por exemplo {url}. Não inclua a senha: o Backline a lê de {places}.</translation>
        </message>
        <message>
            <source>&amp;Test</source>
            <translation>Te&amp;star</translation>
        </message>
        <message>
            <source>Connect to the shared database now (reads only)</source>
            <translation>Conectar agora ao banco de dados compartilhado (somente leitura)</translation>
        </message>
        <message>
            <source>Use the &amp;shared database</source>
            <translation>Usar o banco de dados &amp;compartilhado</translation>
        </message>
        <message>
            <source>Open this database from the next start on</source>
            <translation>Abrir este banco de dados a partir da próxima inicialização</translation>
        </message>
        <message>
            <source>Use the &amp;local database</source>
            <translation>Usar o banco de dados &amp;local</translation>
        </message>
        <message>
            <source>Open the database file on this machine from the next start</source>
            <translation>Abrir o arquivo de banco de dados desta máquina a partir da próxima inicialização</translation>
        </message>
        <message>
            <source>The password is never saved by Backline: put it in {places}. A change applies at the next start.</source>
            <translation>O Backline nunca salva a senha: coloque-a em {places}. Uma alteração vale a partir da próxima inicialização.</translation>
        </message>
        <message>
            <source>Shared database &amp;URL:</source>
            <translation>&amp;URL do banco de dados compartilhado:</translation>
        </message>
        <message>
            <source>Saved: the shared database is used at each start.</source>
            <translation>Salvo: o banco de dados compartilhado é usado em cada inicialização.</translation>
        </message>
        <message>
            <source>Saved: the local database is used at each start.</source>
            <translation>Salvo: o banco de dados local é usado em cada inicialização.</translation>
        </message>
        <message>
            <source>In use now: {database} (BACKLINE_DB is set: it wins over the choice saved here)</source>
            <translation>Em uso agora: {database} (BACKLINE_DB está definida: ela prevalece sobre a escolha salva aqui)</translation>
        </message>
        <message>
            <source>In use now: {database}</source>
            <translation>Em uso agora: {database}</translation>
        </message>
        <message>
            <source>Shared database URL: type one, e.g. {url}</source>
            <translation>URL do banco de dados compartilhado: digite uma, por ex. {url}</translation>
        </message>
        <message>
            <source>Shared database URL: {problem}</source>
            <translation>URL do banco de dados compartilhado: {problem}</translation>
        </message>
        <message>
            <source>Shared database URL: not a PostgreSQL URL (e.g. {url})</source>
            <translation>URL do banco de dados compartilhado: não é uma URL do PostgreSQL (por ex. {url})</translation>
        </message>
        <message>
            <source>Shared database URL: leave the password out; put it in {places}</source>
            <translation>URL do banco de dados compartilhado: não inclua a senha; coloque-a em {places}</translation>
        </message>
        <message>
            <source>Connecting to {database}…</source>
            <translation>Conectando a {database}…</translation>
        </message>
        <message>
            <source>{database}: reachable, an empty database (Backline sets it up at the first start).</source>
            <translation>{database}: acessível, um banco de dados vazio (o Backline o prepara na primeira inicialização).</translation>
        </message>
        <message>
            <source>{database}: reachable, schema revision {revision}.</source>
            <translation>{database}: acessível, revisão do esquema {revision}.</translation>
        </message>
        <message>
            <source>Not reachable: {reason}</source>
            <translation>Inacessível: {reason}</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Não salvo: {reason}</translation>
        </message>
        <message>
            <source>Saved: Backline opens {database} at the next start.</source>
            <translation>Salvo: o Backline abrirá {database} na próxima inicialização.</translation>
        </message>
        <message>
            <source>Not changed: {reason}</source>
            <translation>Não alterado: {reason}</translation>
        </message>
        <message>
            <source>Saved: Backline opens the local database ({database}) at the next start.</source>
            <translation>Salvo: o Backline abrirá o banco de dados local ({database}) na próxima inicialização.</translation>
        </message>
    </context>
    <context>
        <name>ui.theme</name>
        <message>
            <source>theme must be one of {modes}, not {mode}</source>
            <translation>o tema deve ser um de {modes}, não {mode}</translation>
        </message>
    </context>
    <context>
        <name>ui.today.chart</name>
        <message>
            <source>sleep, h</source>
            <translation>sono, h</translation>
        </message>
        <message>
            <source>Calories and sleep, the last 30 days (shaded: the target)</source>
            <translation>Calorias e sono, os últimos 30 dias (sombreado: a meta)</translation>
        </message>
    </context>
    <context>
        <name>ui.today.tab</name>
        <message>
            <source>Calories</source>
            <translation>Calorias</translation>
        </message>
        <message>
            <source>Protein</source>
            <translation>Proteína</translation>
        </message>
        <message>
            <source>Fruit and vegetables</source>
            <translation>Frutas e verduras</translation>
        </message>
        <message>
            <source>Sleep last night</source>
            <translation>Sono da última noite</translation>
        </message>
        <message>
            <source>Water</source>
            <translation>Água</translation>
        </message>
        <message>
            <source>✓ met</source>
            <translation>✓ cumprida</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>ainda não</translation>
        </message>
        <message>
            <source>no target</source>
            <translation>sem meta</translation>
        </message>
        <message>
            <source>sessions</source>
            <translation>sessões</translation>
        </message>
        <message>
            <source>servings</source>
            <translation>porções</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n sessão</numerusform>
                <numerusform>%n sessões</numerusform>
            </translation>
        </message>
        <message>
            <source>{amount} sessions</source>
            <translation>{amount} sessões</translation>
        </message>
        <message numerus="yes">
            <source>%n serving(s)</source>
            <translation>
                <numerusform>%n porção</numerusform>
                <numerusform>%n porções</numerusform>
            </translation>
        </message>
        <message>
            <source>{amount} servings</source>
            <translation>{amount} porções</translation>
        </message>
        <message>
            <source>once a week</source>
            <translation>uma vez por semana</translation>
        </message>
        <message>
            <source>once today</source>
            <translation>uma vez hoje</translation>
        </message>
        <message>
            <source>at least {quantity}</source>
            <translation>pelo menos {quantity}</translation>
        </message>
        <message>
            <source>{quantity} a week</source>
            <translation>{quantity} por semana</translation>
        </message>
        <message>
            <source>{quantity} today</source>
            <translation>{quantity} hoje</translation>
        </message>
        <message>
            <source>nothing logged</source>
            <translation>nada registrado</translation>
        </message>
        <message>
            <source>◀ Previous day</source>
            <translation>◀ Dia anterior</translation>
        </message>
        <message>
            <source>Next day ▶</source>
            <translation>Próximo dia ▶</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoje</translation>
        </message>
        <message>
            <source>Today: the day before</source>
            <translation>Hoje: o dia anterior</translation>
        </message>
        <message>
            <source>Today: the day after</source>
            <translation>Hoje: o dia seguinte</translation>
        </message>
        <message>
            <source>Today: back to today</source>
            <translation>Hoje: voltar para hoje</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Parte</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Feito</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fonte</translation>
        </message>
        <message>
            <source>Today's program</source>
            <translation>O programa de hoje</translation>
        </message>
        <message>
            <source>{field}:</source>
            <translation>{field}:</translation>
        </message>
        <message>
            <source>Save the day</source>
            <translation>Salvar o dia</translation>
        </message>
        <message>
            <source>The day's log</source>
            <translation>Registro do dia</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Esta semana</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Últimos 30 dias</translation>
        </message>
        <message>
            <source>Streak</source>
            <translation>Sequência</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Cumprido</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Não cumprido</translation>
        </message>
        <message>
            <source>Streaks and misses</source>
            <translation>Sequências e dias não cumpridos</translation>
        </message>
        <message>
            <source>Streaks over</source>
            <translation>Sequências em</translation>
        </message>
        <message>
            <source>Calories and sleep appear here once logged.</source>
            <translation>Calorias e sono aparecem aqui assim que registrados.</translation>
        </message>
        <message>
            <source>%A, %-d %B %Y</source>
            <translation>%A, %-d de %B de %Y</translation>
        </message>
        <message numerus="yes">
            <source>{met} of %n part(s) met. Nothing left to start.</source>
            <translation>
                <numerusform>{met} de %n parte cumprida. Nada mais para começar.</numerusform>
                <numerusform>{met} de %n partes cumpridas. Nada mais para começar.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{met} of %n part(s) met. Due next:</source>
            <translation>
                <numerusform>{met} de %n parte cumprida. A seguir:</numerusform>
                <numerusform>{met} de %n partes cumpridas. A seguir:</numerusform>
            </translation>
        </message>
        <message>
            <source>our default</source>
            <translation>nosso padrão</translation>
        </message>
        <message>
            <source>Not saved.</source>
            <translation>Não salvo.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Salvo.</translation>
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
                <numerusform>%n dia</numerusform>
                <numerusform>%n dias</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.tray</name>
        <message>
            <source>Show Backline</source>
            <translation>Mostrar o Backline</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Sair</translation>
        </message>
    </context>
    <context>
        <name>ui.widgets.chart_canvas</name>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>Imagem PNG (*.png);;Desenho SVG (*.svg)</translation>
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
            <translation>um gráfico pode ser salvo como .png ou .svg, não como “{name}”</translation>
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
            <translation>segundos por repetição</translation>
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
            <translation>quilogramas</translation>
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
            <translation>polegadas</translation>
        </message>
        <message>
            <source>grams</source>
            <translation>gramas</translation>
        </message>
        <message>
            <source>litres</source>
            <translation>litros</translation>
        </message>
        <message>
            <source>kilocalories</source>
            <translation>quilocalorias</translation>
        </message>
        <message>
            <source>in {unit}</source>
            <translation>em {unit}</translation>
        </message>
    </context>
    <context>
        <name>ui.widgets.phase_display</name>
        <message>
            <source>Round {number} of {total}</source>
            <translation>Rodada {number} de {total}</translation>
        </message>
        <message>
            <source>Set {number} of {total}</source>
            <translation>Série {number} de {total}</translation>
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
            <translation>Posição {number} de {total}: {position}</translation>
        </message>
        <message>
            <source>As long as you can (mark {time}): Enter stops</source>
            <translation>O máximo que puder (marca {time}): Enter para</translation>
        </message>
        <message>
            <source>As long as you can: Enter stops</source>
            <translation>O máximo que puder: Enter para</translation>
        </message>
        <message>
            <source>No workout in progress</source>
            <translation>Nenhum treino em andamento</translation>
        </message>
        <message>
            <source>Paused — {step}</source>
            <translation>Pausado — {step}</translation>
        </message>
        <message>
            <source>Next: finish</source>
            <translation>A seguir: fim</translation>
        </message>
        <message>
            <source>Next: {step}</source>
            <translation>A seguir: {step}</translation>
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
            <translation>Distância (km)</translation>
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
            <translation>Segundos por isometria</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutos</translation>
        </message>
        <message>
            <source>Distance ({unit})</source>
            <translation>Distância ({unit})</translation>
        </message>
        <message>
            <source>in {unit}</source>
            <translation>em {unit}</translation>
        </message>
        <message>
            <source>e.g. 30</source>
            <translation>ex.: 30</translation>
        </message>
    </context>
    <context>
        <name>ui.workout.announcer</name>
        <message>
            <source>Workout status</source>
            <translation>Status do treino</translation>
        </message>
    </context>
    <context>
        <name>ui.workout.controls</name>
        <message>
            <source>Pause or resume the workout</source>
            <translation>Pausar ou retomar o treino</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>Voltar à etapa anterior</translation>
        </message>
        <message>
            <source>Skip to the next step</source>
            <translation>Pular para a próxima etapa</translation>
        </message>
        <message>
            <source>Take 15 seconds off this phase</source>
            <translation>Tirar 15 segundos desta fase</translation>
        </message>
        <message>
            <source>Add 15 seconds to this phase (+ or =)</source>
            <translation>Adicionar 15 segundos a esta fase (+ ou =)</translation>
        </message>
        <message>
            <source>Confirm the set with the values in the form; stop a running timed set</source>
            <translation>Confirmar a série com os valores do formulário; parar uma série cronometrada em andamento</translation>
        </message>
        <message>
            <source>Undo the last logged set</source>
            <translation>Desfazer a última série registrada</translation>
        </message>
        <message>
            <source>One more set of this exercise</source>
            <translation>Mais uma série deste exercício</translation>
        </message>
        <message>
            <source>Skip to the next exercise</source>
            <translation>Pular para o próximo exercício</translation>
        </message>
        <message>
            <source>End the workout</source>
            <translation>Encerrar o treino</translation>
        </message>
        <message>
            <source>Floor mode: the workout full screen in large type (F11 or Esc leaves it)</source>
            <translation>Modo tapete: o treino em tela cheia com letras grandes (F11 ou Esc para sair)</translation>
        </message>
        <message>
            <source>Leave the log field, or floor mode</source>
            <translation>Sair do campo de registro ou do modo tapete</translation>
        </message>
        <message>
            <source>Accept the suggested next target of this exercise</source>
            <translation>Aceitar a próxima meta sugerida para este exercício</translation>
        </message>
        <message>
            <source>Keep your target (the suggestion is not taken)</source>
            <translation>Manter sua meta (a sugestão não é aceita)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausar</translation>
        </message>
        <message>
            <source>◀ Back</source>
            <translation>◀ Voltar</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Próximo ▶</translation>
        </message>
        <message>
            <source>Confirm set</source>
            <translation>Confirmar série</translation>
        </message>
        <message>
            <source>Undo set</source>
            <translation>Desfazer série</translation>
        </message>
        <message>
            <source>Add set</source>
            <translation>Adicionar série</translation>
        </message>
        <message>
            <source>Skip exercise</source>
            <translation>Pular exercício</translation>
        </message>
        <message>
            <source>End workout</source>
            <translation>Encerrar treino</translation>
        </message>
        <message>
            <source>Stop ■</source>
            <translation>Parar ■</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Retomar</translation>
        </message>
    </context>
    <context>
        <name>ui.workout.dialogs</name>
        <message>
            <source>%a %d %b, %H:%M</source>
            <translation>%a, %-d de %b, %H:%M</translation>
        </message>
        <message numerus="yes">
            <source>“{name}” from {when} was not finished (%n set(s) logged). Continue where you were?</source>
            <translation>
                <numerusform>O treino “{name}” de {when} não foi concluído (%n série registrada). Continuar de onde você parou?</numerusform>
                <numerusform>O treino “{name}” de {when} não foi concluído (%n séries registradas). Continuar de onde você parou?</numerusform>
            </translation>
        </message>
        <message>
            <source>The timed step that was running (one hold, or a set on the clock) starts again from its beginning, paused.</source>
            <translation>A etapa cronometrada em andamento (uma isometria ou uma série no cronômetro) recomeça do início, pausada.</translation>
        </message>
        <message>
            <source>It is open on another machine right now: finish or close it there to go on here.</source>
            <translation>Ele está aberto em outra máquina agora: conclua-o ou feche-o lá para continuar aqui.</translation>
        </message>
        <message>
            <source>Unfinished workout</source>
            <translation>Treino não concluído</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Retomar</translation>
        </message>
        <message>
            <source>Finish it as it is</source>
            <translation>Concluir como está</translation>
        </message>
        <message>
            <source>Discard it</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Mais tarde</translation>
        </message>
        <message numerus="yes">
            <source>%n timed set(s) are not logged yet and will be dropped.</source>
            <translation>
                <numerusform>%n série cronometrada ainda não foi registrada e será descartada.</numerusform>
                <numerusform>%n séries cronometradas ainda não foram registradas e serão descartadas.</numerusform>
            </translation>
        </message>
        <message>
            <source>No set is logged: the workout will not be saved.</source>
            <translation>Nenhuma série registrada: o treino não será salvo.</translation>
        </message>
        <message>
            <source>End the workout now?</source>
            <translation>Encerrar o treino agora?</translation>
        </message>
        <message>
            <source>End workout</source>
            <translation>Encerrar treino</translation>
        </message>
        <message>
            <source>Go on</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Timed and not logged yet:</source>
            <translation>Cronometrado e ainda não registrado:</translation>
        </message>
        <message>
            <source>Without them no set is logged, and the workout will not be saved.</source>
            <translation>Sem elas, nenhuma série fica registrada e o treino não será salvo.</translation>
        </message>
        <message>
            <source>Log what was timed (only that), then end the workout?</source>
            <translation>Registrar o que foi cronometrado (só isso) e depois encerrar o treino?</translation>
        </message>
        <message>
            <source>Log them and end</source>
            <translation>Registrar e encerrar</translation>
        </message>
        <message>
            <source>End without them</source>
            <translation>Encerrar sem elas</translation>
        </message>
        <message>
            <source>Workout in progress</source>
            <translation>Treino em andamento</translation>
        </message>
        <message numerus="yes">
            <source>A workout is in progress (%n set(s) logged). Every logged set is saved.
Quit and resume it at the next start, or end it now?</source>
            <translation>
                <numerusform>Há um treino em andamento (%n série registrada). Cada série registrada está salva.
Sair e retomá-lo na próxima inicialização ou encerrá-lo agora?</numerusform>
                <numerusform>Há um treino em andamento (%n séries registradas). Cada série registrada está salva.
Sair e retomá-lo na próxima inicialização ou encerrá-lo agora?</numerusform>
            </translation>
        </message>
        <message>
            <source>Quit, resume later</source>
            <translation>Sair, retomar depois</translation>
        </message>
        <message>
            <source>End it and quit</source>
            <translation>Encerrar e sair</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s)</source>
            <translation>
                <numerusform>%n exercício</numerusform>
                <numerusform>%n exercícios</numerusform>
            </translation>
        </message>
        <message>
            <source>Time: {duration}</source>
            <translation>Tempo: {duration}</translation>
        </message>
        <message>
            <source>Sets: {sets} ({exercises})</source>
            <translation>Séries: {sets} ({exercises})</translation>
        </message>
        <message>
            <source>Volume: {volume}</source>
            <translation>Volume: {volume}</translation>
        </message>
        <message>
            <source>New records: {records}</source>
            <translation>Novos recordes: {records}</translation>
        </message>
        <message>
            <source>Workout saved — {name}</source>
            <translation>Treino salvo — {name}</translation>
        </message>
    </context>
    <context>
        <name>ui.workout.floor</name>
        <message>
            <source>Floor mode</source>
            <translation>Modo tapete</translation>
        </message>
        <message>
            <source>The workout in large type, full screen</source>
            <translation>O treino em letras grandes, em tela cheia</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tempo</translation>
        </message>
        <message>
            <source>Leave floor mode</source>
            <translation>Sair do modo tapete</translation>
        </message>
        <message>
            <source>Space resumes · Esc leaves floor mode</source>
            <translation>Espaço retoma · Esc sai do modo tapete</translation>
        </message>
        <message>
            <source>Space pauses · Enter logs the set · Esc leaves floor mode</source>
            <translation>Espaço pausa · Enter registra a série · Esc sai do modo tapete</translation>
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
            <translation>Aquecimento</translation>
        </message>
        <message>
            <source>Drop set</source>
            <translation>Drop set</translation>
        </message>
        <message>
            <source>To failure</source>
            <translation>Até a falha</translation>
        </message>
        <message>
            <source>left</source>
            <translation>esquerda</translation>
        </message>
        <message>
            <source>right</source>
            <translation>direita</translation>
        </message>
        <message>
            <source>{exercise}: set {number} of {total} ({side})</source>
            <translation>{exercise}: série {number} de {total} ({side})</translation>
        </message>
        <message>
            <source>{exercise}: set {number} of {total}</source>
            <translation>{exercise}: série {number} de {total}</translation>
        </message>
        <message>
            <source>{target} or more, as long as you can</source>
            <translation>{target} ou mais, o máximo que puder</translation>
        </message>
        <message>
            <source>{before} then {after}</source>
            <translation>{before} e depois {after}</translation>
        </message>
        <message>
            <source>{target} ({positions}, each)</source>
            <translation>{target} ({positions}, cada uma)</translation>
        </message>
        <message>
            <source>Target: {target}</source>
            <translation>Meta: {target}</translation>
        </message>
        <message>
            <source>Log the set</source>
            <translation>Registrar a série</translation>
        </message>
        <message>
            <source>Warm-up sets stay out of progress and records</source>
            <translation>Séries de aquecimento não contam para progresso nem recordes</translation>
        </message>
        <message>
            <source>Seconds</source>
            <translation>Segundos</translation>
        </message>
        <message>
            <source>Set type:</source>
            <translation>Tipo de série:</translation>
        </message>
        <message>
            <source>{set} — replaces the one logged before</source>
            <translation>{set} — substitui a registrada antes</translation>
        </message>
        <message>
            <source>{set} — being timed, log it when it ends</source>
            <translation>{set} — sendo cronometrada, registre-a quando terminar</translation>
        </message>
        <message>
            <source>{set} — in progress, log it when it ends</source>
            <translation>{set} — em andamento, registre-a quando terminar</translation>
        </message>
        <message>
            <source>Nothing to log right now</source>
            <translation>Nada para registrar agora</translation>
        </message>
    </context>
    <context>
        <name>ui.workout.mini_timer</name>
        <message>
            <source>Backline timer</source>
            <translation>Cronômetro do Backline</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausar</translation>
        </message>
        <message>
            <source>Pause or resume</source>
            <translation>Pausar ou retomar</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Próximo</translation>
        </message>
        <message>
            <source>Skip to the next step</source>
            <translation>Pular para a próxima etapa</translation>
        </message>
        <message>
            <source>Set done</source>
            <translation>Série concluída</translation>
        </message>
        <message>
            <source>Confirm the set with the values in the form</source>
            <translation>Confirmar a série com os valores do formulário</translation>
        </message>
        <message>
            <source>Full window</source>
            <translation>Janela completa</translation>
        </message>
        <message>
            <source>Back to the full window</source>
            <translation>Voltar à janela completa</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Retomar</translation>
        </message>
    </context>
    <context>
        <name>ui.workout.screen_keeper</name>
        <message>
            <source>A workout is running</source>
            <translation>Um treino está em andamento</translation>
        </message>
        <message>
            <source>Rest over</source>
            <translation>Fim do descanso</translation>
        </message>
        <message>
            <source>Time to start</source>
            <translation>Hora de começar</translation>
        </message>
        <message>
            <source>Time's up: {exercise}</source>
            <translation>Tempo esgotado: {exercise}</translation>
        </message>
        <message>
            <source>Time's up: the set</source>
            <translation>Tempo esgotado: a série</translation>
        </message>
        <message>
            <source>Next: {step}</source>
            <translation>A seguir: {step}</translation>
        </message>
        <message>
            <source>the notification failed ({error})</source>
            <translation>a notificação falhou ({error})</translation>
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
            <translation>{sign}{seconds} s de isometria</translation>
        </message>
        <message>
            <source>reps {range}</source>
            <translation>rep. {range}</translation>
        </message>
        <message>
            <source>Suggested: {target} ({change}), or the harder variation: {name}</source>
            <translation>Sugestão: {target} ({change}), ou a variação mais difícil: {name}</translation>
        </message>
        <message>
            <source>Suggested: {target} ({change})</source>
            <translation>Sugestão: {target} ({change})</translation>
        </message>
        <message>
            <source>Suggested: {target}, or the harder variation: {name}</source>
            <translation>Sugestão: {target}, ou a variação mais difícil: {name}</translation>
        </message>
        <message>
            <source>Suggested: {target}</source>
            <translation>Sugestão: {target}</translation>
        </message>
        <message>
            <source>Suggested: the harder variation, {name}</source>
            <translation>Sugestão: a variação mais difícil, {name}</translation>
        </message>
        <message>
            <source>Suggested: keep your target</source>
            <translation>Sugestão: mantenha sua meta</translation>
        </message>
        <message>
            <source> To switch, change the exercise in the Routines tab; A takes only the target.</source>
            <translation> Para trocar, mude o exercício na aba Rotinas; A aceita só a meta.</translation>
        </message>
        <message>
            <source>Accept ({key})</source>
            <translation>Aceitar ({key})</translation>
        </message>
        <message>
            <source>Keep ({key})</source>
            <translation>Manter ({key})</translation>
        </message>
    </context>
    <context>
        <name>ui.workout.tab</name>
        <message>
            <source>Not saved: connection to the shared database lost — retrying</source>
            <translation>Não salvo: conexão com o banco de dados compartilhado perdida — tentando de novo</translation>
        </message>
        <message>
            <source>Connection to the shared database lost: the timer goes on; where you are is saved at the next step once it is back</source>
            <translation>Conexão com o banco de dados compartilhado perdida: o cronômetro continua; sua posição será salva na próxima etapa quando ela voltar</translation>
        </message>
        <message>
            <source>Empty workout (add exercises as you go)</source>
            <translation>Treino vazio (adicione exercícios conforme avança)</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Iniciar</translation>
        </message>
        <message>
            <source>Start a workout from the chosen routine</source>
            <translation>Iniciar um treino com a rotina escolhida</translation>
        </message>
        <message>
            <source>Resume unfinished workout…</source>
            <translation>Retomar treino não concluído…</translation>
        </message>
        <message>
            <source>Ask again about the workout left unfinished</source>
            <translation>Perguntar de novo sobre o treino não concluído</translation>
        </message>
        <message>
            <source>Add exercise</source>
            <translation>Adicionar exercício</translation>
        </message>
        <message>
            <source>Add this exercise to the workout in progress</source>
            <translation>Adicionar este exercício ao treino em andamento</translation>
        </message>
        <message>
            <source>Mini timer</source>
            <translation>Minicronômetro</translation>
        </message>
        <message>
            <source>Switch to a small always-on-top timer ({key})</source>
            <translation>Mudar para um cronômetro pequeno sempre no topo ({key})</translation>
        </message>
        <message>
            <source>Floor mode</source>
            <translation>Modo tapete</translation>
        </message>
        <message>
            <source>Note for this workout (saved when it ends)</source>
            <translation>Nota deste treino (salva ao terminar)</translation>
        </message>
        <message>
            <source>Routine:</source>
            <translation>Rotina:</translation>
        </message>
        <message>
            <source>Workout note</source>
            <translation>Nota do treino</translation>
        </message>
        <message>
            <source>No workout in progress</source>
            <translation>Nenhum treino em andamento</translation>
        </message>
        <message>
            <source>Choose a routine and press Start</source>
            <translation>Escolha uma rotina e pressione Iniciar</translation>
        </message>
        <message>
            <source>What you did last time: click to copy it into the form</source>
            <translation>O que você fez da última vez: clique para copiar para o formulário</translation>
        </message>
        <message>
            <source>Last time</source>
            <translation>Da última vez</translation>
        </message>
        <message>
            <source>Exercise to add</source>
            <translation>Exercício a adicionar</translation>
        </message>
        <message>
            <source>Resumed: press Space to start “{step}”.</source>
            <translation>Retomado: pressione Espaço para iniciar “{step}”.</translation>
        </message>
        <message>
            <source>Not resumed: {error}.</source>
            <translation>Não retomado: {error}.</translation>
        </message>
        <message>
            <source>Wait for {task} to finish first.</source>
            <translation>Aguarde {task} terminar primeiro.</translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s) of {duration}</source>
            <translation>
                <numerusform>%n repetição de {duration}</numerusform>
                <numerusform>%n repetições de {duration}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n repetição</numerusform>
                <numerusform>%n repetições</numerusform>
            </translation>
        </message>
        <message>
            <source>{exercise}, set {number} ({side}): {what} timed</source>
            <translation>{exercise}, série {number} ({side}), cronometrado: {what}</translation>
        </message>
        <message>
            <source>{exercise}, set {number}: {what} timed</source>
            <translation>{exercise}, série {number}, cronometrado: {what}</translation>
        </message>
        <message>
            <source>Not saved: {error}</source>
            <translation>Não salvo: {error}</translation>
        </message>
        <message>
            <source>Nothing was logged: the workout was not saved</source>
            <translation>Nada foi registrado: o treino não foi salvo</translation>
        </message>
        <message>
            <source>Workout saved</source>
            <translation>Treino salvo</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausado</translation>
        </message>
        <message>
            <source>Going on</source>
            <translation>Continuando</translation>
        </message>
        <message>
            <source>Not undone: {error}</source>
            <translation>Não desfeito: {error}</translation>
        </message>
        <message>
            <source>No set to undo.</source>
            <translation>Nenhuma série para desfazer.</translation>
        </message>
        <message>
            <source>Undone: set {number} is back in the form.</source>
            <translation>Desfeito: a série {number} voltou ao formulário.</translation>
        </message>
        <message>
            <source>Nothing to log right now.</source>
            <translation>Nada para registrar agora.</translation>
        </message>
        <message>
            <source>Stopped here, the set not saved: {error}.</source>
            <translation>Parado aqui, a série não foi salva: {error}.</translation>
        </message>
        <message>
            <source>Saved ✓ {exercise}, set {number} (replaced)</source>
            <translation>Salvo ✓ {exercise}, série {number} (substituída)</translation>
        </message>
        <message>
            <source>Saved: {exercise}, set {number} (replaced)</source>
            <translation>Salvo: {exercise}, série {number} (substituída)</translation>
        </message>
        <message>
            <source>Saved ✓ {exercise}, set {number}</source>
            <translation>Salvo ✓ {exercise}, série {number}</translation>
        </message>
        <message>
            <source>Saved: {exercise}, set {number}</source>
            <translation>Salvo: {exercise}, série {number}</translation>
        </message>
        <message>
            <source> — New record! {records}</source>
            <translation> — Novo recorde! {records}</translation>
        </message>
        <message>
            <source>New record. {record}</source>
            <translation>Novo recorde. {record}</translation>
        </message>
        <message>
            <source>Nothing to log right now: last time can be copied once a set is ready to log.</source>
            <translation>Nada para registrar agora: “Da última vez” pode ser copiado quando uma série estiver pronta para registrar.</translation>
        </message>
        <message>
            <source>No suggestion to accept right now.</source>
            <translation>Nenhuma sugestão para aceitar agora.</translation>
        </message>
        <message>
            <source>New target for {exercise}: {target}.</source>
            <translation>Nova meta para {exercise}: {target}.</translation>
        </message>
        <message>
            <source> This workout keeps the sets and times it started with; the next plays it all.</source>
            <translation> Este treino mantém as séries e tempos com que começou; o próximo aplica tudo.</translation>
        </message>
        <message>
            <source>Kept your target for {exercise}.</source>
            <translation>Meta mantida para {exercise}.</translation>
        </message>
        <message>
            <source>Last time: {sets}</source>
            <translation>Da última vez: {sets}</translation>
        </message>
        <message>
            <source>Add an exercise to begin</source>
            <translation>Adicione um exercício para começar</translation>
        </message>
        <message>
            <source>About {left} left of {total}</source>
            <translation>Faltam cerca de {left} de {total}</translation>
        </message>
    </context>
</TS>
