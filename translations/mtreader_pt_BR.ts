<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AdvancedOptions</name>
    <message>
        <source>&amp;Advanced</source>
        <translation>A&amp;vançado</translation>
    </message>
    <message>
        <source>Show advanced options</source>
        <translation>Mostrar opções avançadas</translation>
    </message>
    <message>
        <source>%1 (unproven on real phones)</source>
        <translation>%1 (não testado em telefones reais)</translation>
    </message>
    <message>
        <source>Block size</source>
        <translation>Tamanho do bloco</translation>
    </message>
    <message>
        <source>How much is asked for in one read command. 1 KiB is what the original tool used.</source>
        <translation>Quanto é pedido em um único comando de leitura. A ferramenta original usava 1 KiB.</translation>
    </message>
    <message>
        <source>Careful mode</source>
        <translation>Modo cuidadoso</translation>
    </message>
    <message>
        <source>&amp;Block size:</source>
        <translation>Tamanho do &amp;bloco:</translation>
    </message>
    <message>
        <source>Careful &amp;mode</source>
        <translation>Modo c&amp;uidadoso</translation>
    </message>
    <message>
        <source>Waits for every answer before asking for more. Slower; for phones that keep failing.</source>
        <translation>Espera cada resposta antes de pedir mais. Mais lento; para telefones que falham repetidamente.</translation>
    </message>
    <message>
        <source>A&amp;ny address</source>
        <translation>&amp;Qualquer endereço</translation>
    </message>
    <message>
        <source>Allows ranges at %1 and above: RAM and registers, not flash.</source>
        <translation>Permite intervalos a partir de %1: RAM e registradores, não flash.</translation>
    </message>
    <message>
        <source>Allow any address</source>
        <translation>Permitir qualquer endereço</translation>
    </message>
</context>
<context>
    <name>BromClient</name>
    <message>
        <source>Wrong echo of the %1 command.</source>
        <translation>Eco errado do comando %1.</translation>
    </message>
    <message>
        <source>Wrong echo of the %1 address.</source>
        <translation>Eco errado do endereço de %1.</translation>
    </message>
    <message>
        <source>Wrong echo of the %1 count.</source>
        <translation>Eco errado da contagem de %1.</translation>
    </message>
    <message>
        <source>Wrong echo of the %1 value.</source>
        <translation>Eco errado do valor de %1.</translation>
    </message>
    <message>
        <source>Error status %1 after the %2 command.</source>
        <translation>Status de erro %1 após o comando %2.</translation>
    </message>
    <message>
        <source>Unexpected status %1 after the %2 command.</source>
        <translation>Status inesperado %1 após o comando %2.</translation>
    </message>
    <message>
        <source>Error status %1 after the %2 data.</source>
        <translation>Status de erro %1 após os dados de %2.</translation>
    </message>
    <message>
        <source>Unexpected status %1 after the %2 data.</source>
        <translation>Status inesperado %1 após os dados de %2.</translation>
    </message>
    <message>
        <source>Error status %1 after the %2 value.</source>
        <translation>Status de erro %1 após o valor de %2.</translation>
    </message>
    <message>
        <source>Unexpected status %1 after the %2 value.</source>
        <translation>Status inesperado %1 após o valor de %2.</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Cancelado pelo usuário.</translation>
    </message>
    <message>
        <source>Writing to the port failed: %1.</source>
        <translation>Falha ao escrever na porta: %1.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %1 ms; %n byte(s) expected.</source>
        <translation>
            <numerusform>Nenhuma resposta em %1 ms; era esperado %n byte.</numerusform>
            <numerusform>Nenhuma resposta em %1 ms; eram esperados %n bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %n byte(s) arrived, then silence.</source>
        <translation>
            <numerusform>Só chegaram %1 de %n byte e depois silêncio.</numerusform>
            <numerusform>Só chegaram %1 de %n bytes e depois silêncio.</numerusform>
        </translation>
    </message>
    <message>
        <source>The port went away: %1.</source>
        <translation>A porta desapareceu: %1.</translation>
    </message>
    <message numerus="yes">
        <source>No BootROM answer after %n attempt(s) in %1 ms.</source>
        <translation>
            <numerusform>O BootROM não respondeu após %n tentativa em %1 ms.</numerusform>
            <numerusform>O BootROM não respondeu após %n tentativas em %1 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected ME ID length %1.</source>
        <translation>Tamanho de ME ID inesperado: %1.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Exit codes:
  0    the dump was saved (and verified, with --verify)
  1    unexpected internal error
  2    usage error: bad arguments, range or block size
  3    no phone: no port appeared in time, or nothing answered like a BootROM
  4    port access: permission denied, port busy or could not be opened
  5    protocol error: the phone stopped answering, answered wrongly,
       disconnected, or the dump could not be resumed or verified
  6    output error: FILE exists (use --force), cannot be written, disk full
  130  cancelled with Ctrl-C or SIGTERM
After an exit code 5 or 130 a partial dump is usually kept next to FILE;
run the same command with --resume to continue it.
</source>
        <translation>Códigos de saída:
  0    o dump foi salvo (e verificado, com --verify)
  1    erro interno inesperado
  2    erro de uso: argumentos, intervalo ou tamanho de bloco inválidos
  3    sem telefone: nenhuma porta apareceu a tempo ou nada respondeu como um BootROM
  4    acesso à porta: permissão negada, porta ocupada ou impossível de abrir
  5    erro de protocolo: o telefone parou de responder, respondeu errado,
       desconectou, ou o dump não pôde ser retomado ou verificado
  6    erro de saída: FILE já existe (use --force), não pode ser gravado, disco cheio
  130  cancelado com Ctrl-C ou SIGTERM
Após o código 5 ou 130, geralmente fica um dump parcial ao lado de FILE;
execute o mesmo comando com --resume para continuá-lo.
</translation>
    </message>
    <message>
        <source>--%1 needs a number of seconds, such as 30 or 0.5, not &quot;%2&quot;.</source>
        <translation>--%1 precisa de um número de segundos, como 30 ou 0.5, e não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Serial port of the phone (/dev/ttyACM0, COM5), a path that appears when the phone is connected, or &quot;auto&quot; for the first MediaTek BootROM port (0E8D:0003).</source>
        <translation>Porta serial do telefone (/dev/ttyACM0, COM5), um caminho que aparece quando o telefone é conectado, ou &quot;auto&quot; para a primeira porta BootROM MediaTek (0E8D:0003).</translation>
    </message>
    <message>
        <source>The file to save the dump to.</source>
        <translation>O arquivo onde o dump será salvo.</translation>
    </message>
    <message>
        <source>Bytes per READ32 command (default %1; 1024 and 4096 are proven on phones).</source>
        <translation>Bytes por comando READ32 (padrão %1; 1024 e 4096 foram testados em telefones).</translation>
    </message>
    <message>
        <source>Seconds to wait for the phone&apos;s port to appear (default: wait until Ctrl-C).</source>
        <translation>Segundos de espera até a porta do telefone aparecer (padrão: esperar até Ctrl-C).</translation>
    </message>
    <message>
        <source>Seconds to try the BootROM handshake once the port is open (default %1).</source>
        <translation>Segundos tentando o handshake com o BootROM depois que a porta é aberta (padrão %1).</translation>
    </message>
    <message>
        <source>Do not reset the phone after the dump.</source>
        <translation>Não reiniciar o telefone após o dump.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object on stdout.</source>
        <translation>Imprimir o resultado como um único objeto JSON no stdout.</translation>
    </message>
    <message>
        <source>Overwrite FILE if it exists.</source>
        <translation>Sobrescrever FILE se ele já existir.</translation>
    </message>
    <message>
        <source>Continue a partial dump of the same range and phone (FILE.part).</source>
        <translation>Continuar um dump parcial do mesmo intervalo e telefone (FILE.part).</translation>
    </message>
    <message>
        <source>Read everything twice and compare.</source>
        <translation>Ler tudo duas vezes e comparar.</translation>
    </message>
    <message>
        <source>Print every step of the session.</source>
        <translation>Imprimir cada etapa da sessão.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ajuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar a versão.</translation>
    </message>
    <message>
        <source>Too many arguments: expected PORT FILE START LENGTH; &quot;%1&quot; is one too many.</source>
        <translation>Argumentos demais: esperado PORT FILE START LENGTH; &quot;%1&quot; está sobrando.</translation>
    </message>
    <message>
        <source>FILE is empty: name the file to save the dump to.</source>
        <translation>FILE está vazio: informe o arquivo onde salvar o dump.</translation>
    </message>
    <message>
        <source>The block size &quot;%1&quot; is not a number.</source>
        <translation>O tamanho de bloco &quot;%1&quot; não é um número.</translation>
    </message>
    <message>
        <source>--pipeline needs a number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--pipeline precisa de um número de 1 a %1, e não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--handshake-timeout must be more than zero.</source>
        <translation>--handshake-timeout deve ser maior que zero.</translation>
    </message>
    <message>
        <source>Waiting for a MediaTek phone (USB 0E8D:0003)…</source>
        <translation>Aguardando um telefone MediaTek (USB 0E8D:0003)…</translation>
    </message>
    <message>
        <source>Waiting for the phone on %1…</source>
        <translation>Aguardando o telefone em %1…</translation>
    </message>
    <message>
        <source>Verifying: reading the range a second time…</source>
        <translation>Verificando: lendo o intervalo uma segunda vez…</translation>
    </message>
    <message>
        <source>Resetting the phone…</source>
        <translation>Reiniciando o telefone…</translation>
    </message>
    <message>
        <source>Port %1 is open; greeting the BootROM…</source>
        <translation>Porta %1 aberta; fazendo o handshake com o BootROM…</translation>
    </message>
    <message>
        <source>Connected: %1, hw %2, sw %3, BROM %4, ME ID %5</source>
        <translation>Conectado: %1, hw %2, sw %3, BROM %4, ME ID %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Warning: this is not an MT6261 or MT6260; the dump goes on, but check the result.</source>
        <translation>Aviso: este não é um MT6261 nem um MT6260; o dump continua, mas confira o resultado.</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lendo</translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation>%1 KiB/s</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>faltam %1</translation>
    </message>
    <message>
        <source>, verified by a second read</source>
        <translation>, verificado por uma segunda leitura</translation>
    </message>
    <message>
        <source>Saved %1 (%2)%3.
</source>
        <translation>Salvo: %1 (%2)%3.
</translation>
    </message>
    <message>
        <source>Saved %1 (%2) in %3 s at %4 KiB/s%5.
</source>
        <translation>Salvo: %1 (%2) em %3 s a %4 KiB/s%5.
</translation>
    </message>
    <message>
        <source>SHA-256 %1
</source>
        <translation>SHA-256 %1
</translation>
    </message>
    <message>
        <source>The phone was not reset (--no-reset): unplug it to turn it off.
</source>
        <translation>O telefone não foi reiniciado (--no-reset): desconecte-o para desligá-lo.
</translation>
    </message>
    <message>
        <source>The reset was not confirmed: unplug the phone.
</source>
        <translation>O reinício não foi confirmado: desconecte o telefone.
</translation>
    </message>
    <message>
        <source>%1 was left untouched. Add --force to overwrite it.</source>
        <translation>%1 não foi alterado. Adicione --force para sobrescrevê-lo.</translation>
    </message>
    <message>
        <source>The first read is kept as %1.</source>
        <translation>A primeira leitura foi mantida como %1.</translation>
    </message>
    <message>
        <source>What was read so far is kept in %1 (%2). To continue where it stopped, reconnect the phone with the boot key held and run:</source>
        <translation>O que já foi lido está guardado em %1 (%2). Para continuar de onde parou, reconecte o telefone segurando a tecla de boot e execute:</translation>
    </message>
    <message>
        <source>Error: %1
</source>
        <translation>Erro: %1
</translation>
    </message>
    <message>
        <source>Details: %1
</source>
        <translation>Detalhes: %1
</translation>
    </message>
    <message>
        <source>Note: block size %1 is not proven on real phones (1024 and 4096 are). If the dump fails, try -bs 1024.
</source>
        <translation>Observação: o tamanho de bloco %1 não foi testado em telefones reais (1024 e 4096 foram). Se o dump falhar, tente -bs 1024.
</translation>
    </message>
    <message>
        <source>The dump failed for an unknown reason.
</source>
        <translation>O dump falhou por um motivo desconhecido.
</translation>
    </message>
    <message>
        <source>Careful mode: wait for every answer like the original tool (same as --pipeline 1).</source>
        <translation>Modo cuidadoso: esperar cada resposta como a ferramenta original (o mesmo que --pipeline 1).</translation>
    </message>
    <message>
        <source>--careful and --pipeline %1 contradict each other.</source>
        <translation>--careful e --pipeline %1 se contradizem.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>failed (%1)</source>
        <translation>falha (%1)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>incompleto</translation>
    </message>
    <message>
        <source>Usage: mtreader-cli history [--json] [--me-id ID] [--since DATE]
</source>
        <translation>Uso: mtreader-cli history [--json] [--me-id ID] [--since DATE]
</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>ME ID</source>
        <translation>ME ID</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>Chip</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Lists the dumps recorded in the dump history, newest first.</source>
        <translation>Lista os dumps registrados no histórico de dumps, do mais recente ao mais antigo.</translation>
    </message>
    <message>
        <source>Print the attempts as one JSON array on stdout.</source>
        <translation>Imprimir as tentativas como um único array JSON no stdout.</translation>
    </message>
    <message>
        <source>Only attempts on the phone whose ME ID starts with ID (hex).</source>
        <translation>Somente tentativas no telefone cujo ME ID começa com ID (hex).</translation>
    </message>
    <message>
        <source>Only attempts started at or after DATE (2026-11-30 or 2026-11-30T14:00).</source>
        <translation>Somente tentativas iniciadas em DATE ou depois (2026-11-30 ou 2026-11-30T14:00).</translation>
    </message>
    <message>
        <source>history takes no arguments; &quot;%1&quot; is one too many.</source>
        <translation>history não aceita argumentos; &quot;%1&quot; está sobrando.</translation>
    </message>
    <message>
        <source>--me-id needs hex digits, such as 3A7F, not &quot;%1&quot;.</source>
        <translation>--me-id precisa de dígitos hexadecimais, como 3A7F, e não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--since needs a date such as 2026-11-30 or 2026-11-30T14:00, not &quot;%1&quot;.</source>
        <translation>--since precisa de uma data como 2026-11-30 ou 2026-11-30T14:00, e não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No dumps recorded in %1.
</source>
        <translation>Nenhum dump registrado em %1.
</translation>
    </message>
    <message>
        <source>Tells what a dump holds: firmware, flash chip, user data, content.</source>
        <translation>Informa o que um dump contém: firmware, chip de flash, dados do usuário, conteúdo.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>O comando.</translation>
    </message>
    <message>
        <source>A dump file, made by MTreader or another tool.</source>
        <translation>Um arquivo de dump, feito pelo MTreader ou por outra ferramenta.</translation>
    </message>
    <message>
        <source>Print it as one JSON object.</source>
        <translation>Imprimir como um único objeto JSON.</translation>
    </message>
    <message>
        <source>Save a picture of the flash as PNG.</source>
        <translation>Salvar uma imagem da flash em PNG.</translation>
    </message>
    <message>
        <source>Flash address of the dump&apos;s first byte (default: from its report, else 0).</source>
        <translation>Endereço de flash do primeiro byte do dump (padrão: o do relatório dele ou, se não houver, 0).</translation>
    </message>
    <message>
        <source>Usage: mtreader-cli info DUMP [--json] [--map PNG]</source>
        <translation>Uso: mtreader-cli info DUMP [--json] [--map PNG]</translation>
    </message>
    <message>
        <source>--start needs an address below 4 GiB such as 0 or 0x100000, not &quot;%1&quot;.
</source>
        <translation>--start precisa de um endereço abaixo de 4 GiB, como 0 ou 0x100000, e não &quot;%1&quot;.
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2
</source>
        <translation>Não foi possível ler %1: %2
</translation>
    </message>
    <message>
        <source>Cannot save the map to %1.
</source>
        <translation>Não foi possível salvar o mapa em %1.
</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>CRC32</source>
        <translation>CRC32</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>%1, ME ID %2</source>
        <translation>%1, ME ID %2</translation>
    </message>
    <message>
        <source>not known: no report next to the file</source>
        <translation>desconhecido: não há relatório ao lado do arquivo</translation>
    </message>
    <message>
        <source>Flash size</source>
        <translation>Tamanho da flash</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Flash chip</source>
        <translation>Chip de flash</translation>
    </message>
    <message>
        <source>User data</source>
        <translation>Dados do usuário</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Conteúdo</translation>
    </message>
    <message>
        <source>File info</source>
        <translation>Informações de arquivo</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>READ32 commands kept in flight, 1 to %1 (default: as many as the link needs).</source>
        <translation>Comandos READ32 pendentes ao mesmo tempo, de 1 a %1 (padrão: quantos o link precisar).</translation>
    </message>
    <message>
        <source>Allow a range at or above 0x10000000 (the phone&apos;s RAM and registers, not flash).</source>
        <translation>Permitir um intervalo em 0x10000000 ou acima (a RAM e os registradores do telefone, não a flash).</translation>
    </message>
    <message>
        <source>Do not look into the dump: no FILE.report.json, and no flash size probe for a range given in full.</source>
        <translation>Não analisar o dump: sem FILE.report.json e sem sondagem do tamanho da flash para um intervalo informado por completo.</translation>
    </message>
    <message>
        <source>Do not record this dump in the dump history (see mtreader-cli history --help).</source>
        <translation>Não registrar este dump no histórico de dumps (veja mtreader-cli history --help).</translation>
    </message>
    <message>
        <source>Reads the flash of a MediaTek MT6261/MT6260 feature phone through its BootROM USB port
and saves it into FILE: the whole flash, its size found from the phone, or LENGTH bytes
from address START. START and LENGTH are decimal (4194304), hex (0x400000) or sizes (4M).
A report of what the dump holds is written next to it (FILE.report.json).

mtreader-cli info DUMP [--json] [--map PNG] tells what an existing dump holds.</source>
        <translation>Lê a flash de um celular básico MediaTek MT6261/MT6260 pela porta USB do BootROM
e a salva em FILE: a flash inteira, com o tamanho obtido do telefone, ou LENGTH bytes
a partir do endereço START. START e LENGTH são decimais (4194304), hexadecimais (0x400000) ou tamanhos (4M).
Um relatório do conteúdo do dump é gravado ao lado dele (FILE.report.json).

mtreader-cli info DUMP [--json] [--map PNG] informa o que um dump existente contém.</translation>
    </message>
    <message>
        <source>First flash address to read, such as 0 (optional).</source>
        <translation>Primeiro endereço de flash a ler, como 0 (opcional).</translation>
    </message>
    <message>
        <source>Number of bytes to read, such as 0x400000 or 4M.</source>
        <translation>Número de bytes a ler, como 0x400000 ou 4M.</translation>
    </message>
    <message numerus="yes">
        <source>Missing arguments: expected PORT FILE, or PORT FILE START LENGTH; got %n.</source>
        <translation>
            <numerusform>Faltam argumentos: esperado PORT FILE ou PORT FILE START LENGTH; recebido %n.</numerusform>
            <numerusform>Faltam argumentos: esperado PORT FILE ou PORT FILE START LENGTH; recebidos %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Flash: %1</source>
        <translation>Flash: %1</translation>
    </message>
    <message>
        <source>Usage: mtreader-cli [options] PORT FILE [START LENGTH]
Run mtreader-cli --help for the options and exit codes.
</source>
        <translation>Uso: mtreader-cli [opções] PORT FILE [START LENGTH]
Execute mtreader-cli --help para ver as opções e os códigos de saída.
</translation>
    </message>
    <message>
        <source>Reading %1 from %2 into %3…</source>
        <translation>Lendo %1 a partir de %2 para %3…</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo: a virtual phone will be connected for you. Its dumps go to %1, apart from real ones.</source>
        <translation>Demo: um telefone virtual será conectado automaticamente. Os dumps dele vão para %1, separados dos reais.</translation>
    </message>
    <message>
        <source>Its &amp;flash:</source>
        <translation>&amp;Flash virtual:</translation>
    </message>
    <message>
        <source>Flash size of the virtual phone</source>
        <translation>Tamanho da flash do telefone virtual</translation>
    </message>
</context>
<context>
    <name>DonePanel</name>
    <message>
        <source>Cop&amp;y</source>
        <translation>Copia&amp;r</translation>
    </message>
    <message>
        <source>Show in f&amp;older</source>
        <translation>Mostrar na pa&amp;sta</translation>
    </message>
    <message>
        <source>Done: the dump is saved</source>
        <translation>Concluído: o dump foi salvo</translation>
    </message>
    <message>
        <source>Saved file</source>
        <translation>Arquivo salvo</translation>
    </message>
    <message>
        <source>SHA-256 of the dump</source>
        <translation>SHA-256 do dump</translation>
    </message>
    <message>
        <source>Copy the SHA-256</source>
        <translation>Copiar o SHA-256</translation>
    </message>
    <message>
        <source>Show the dump in its folder</source>
        <translation>Mostrar o dump na pasta</translation>
    </message>
    <message>
        <source>Dump another phone</source>
        <translation>Fazer dump de outro telefone</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>ME ID %1</source>
        <translation>ME ID %1</translation>
    </message>
    <message>
        <source>Verified: a second read matched byte for byte.</source>
        <translation>Verificado: uma segunda leitura coincidiu byte a byte.</translation>
    </message>
    <message>
        <source>The phone was told to restart; you can unplug it.</source>
        <translation>O telefone recebeu o comando para reiniciar; você já pode desconectá-lo.</translation>
    </message>
    <message>
        <source>Unplug the phone now.</source>
        <translation>Desconecte o telefone agora.</translation>
    </message>
    <message>
        <source>Open the &amp;report</source>
        <translation>Abrir o re&amp;latório</translation>
    </message>
    <message>
        <source>Dump anot&amp;her phone</source>
        <translation>Fa&amp;zer dump de outro telefone</translation>
    </message>
    <message>
        <source>Open the report written next to the dump</source>
        <translation>Abrir o relatório gravado ao lado do dump</translation>
    </message>
    <message>
        <source>the dump could not be read back</source>
        <translation>não foi possível reler o dump</translation>
    </message>
    <message>
        <source>read in %1</source>
        <translation>lido em %1</translation>
    </message>
    <message>
        <source>read in %1 in all, %2 of it now (continued after %3)</source>
        <translation>lido em %1 no total, %2 nesta sessão (retomado após %3)</translation>
    </message>
    <message>
        <source>%1 (%2 bytes) from %3, %4.</source>
        <translation>%1 (%2 bytes) a partir de %3, %4.</translation>
    </message>
</context>
<context>
    <name>DumpController</name>
    <message>
        <source>The dump thread ended without a result.</source>
        <translation>A thread do dump terminou sem resultado.</translation>
    </message>
</context>
<context>
    <name>DumpError</name>
    <message>
        <source>Expected %1, received nothing.</source>
        <translation>Esperado %1, nada recebido.</translation>
    </message>
    <message>
        <source>Expected %1, received %2.</source>
        <translation>Esperado %1, recebido %2.</translation>
    </message>
    <message>
        <source>Last bytes received: %1.</source>
        <translation>Últimos bytes recebidos: %1.</translation>
    </message>
    <message>
        <source>At flash offset %1.</source>
        <translation>No offset %1 da flash.</translation>
    </message>
    <message>
        <source>On the port %1.</source>
        <translation>Na porta %1.</translation>
    </message>
</context>
<context>
    <name>DumpFlow</name>
    <message>
        <source>the whole flash</source>
        <translation>toda a flash</translation>
    </message>
    <message>
        <source> (resuming)</source>
        <translation> (retomando)</translation>
    </message>
    <message>
        <source>Demo: virtual phone %1 plugs in in %2 s</source>
        <translation>Demo: o telefone virtual %1 será conectado em %2 s</translation>
    </message>
    <message>
        <source>Keep going: waiting for the next phone</source>
        <translation>Modo contínuo: aguardando o próximo telefone</translation>
    </message>
    <message>
        <source>Stopped waiting for the next phone.</source>
        <translation>A espera pelo próximo telefone foi interrompida.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Etapa: %1</translation>
    </message>
    <message>
        <source>Saved %1, SHA-256 %2</source>
        <translation>Salvo: %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>%1, SHA-256 %2…</source>
        <translation>%1, SHA-256 %2…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the flash</source>
        <translation>toda a flash</translation>
    </message>
    <message>
        <source>%1 of %2 is kept in %3.</source>
        <translation>%1 de %2 está guardado em %3.</translation>
    </message>
    <message>
        <source>The last phone failed: %1</source>
        <translation>O último telefone falhou: %1</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>Salvo: %1 (%2).</translation>
    </message>
    <message>
        <source>Dump of %1 from %2 to %3%4</source>
        <translation>Dump de %1 a partir de %2 para %3%4</translation>
    </message>
</context>
<context>
    <name>DumpHistory</name>
    <message>
        <source>The dump history %1 is in use by another program, so the last dump is kept in memory and recorded as soon as the file is free again. Dumps go on as usual.</source>
        <translation>O histórico de dumps %1 está em uso por outro programa, então o último dump fica na memória e será registrado assim que o arquivo for liberado. Os dumps continuam normalmente.</translation>
    </message>
    <message>
        <source>The dump history %1 was written by a newer version of MTreader, so this version does not record in it. Dumps go on as usual; use the newer version to see the history.</source>
        <translation>O histórico de dumps %1 foi gravado por uma versão mais nova do MTreader, então esta versão não registra nada nele. Os dumps continuam normalmente; use a versão mais nova para ver o histórico.</translation>
    </message>
    <message>
        <source>The dump history cannot be kept: the SQLite driver of Qt (package libqt6sql6-sqlite) is missing. Dumps go on as usual but are not recorded in this session.</source>
        <translation>Não é possível manter o histórico de dumps: falta o driver SQLite do Qt (pacote libqt6sql6-sqlite). Os dumps continuam normalmente, mas não são registrados nesta sessão.</translation>
    </message>
    <message>
        <source>The dump history could not be written in %1, so dumps are not recorded in this session. Dumps go on as usual; check that the folder exists and may be written to.</source>
        <translation>Não foi possível gravar o histórico de dumps em %1, então os dumps não são registrados nesta sessão. Os dumps continuam normalmente; verifique se a pasta existe e se é possível gravar nela.</translation>
    </message>
    <message>
        <source>The dump history file was damaged. It is kept as %1 and a new history is started in %2. Dumps go on as usual.</source>
        <translation>O arquivo do histórico de dumps estava danificado. Ele foi mantido como %1 e um novo histórico foi iniciado em %2. Os dumps continuam normalmente.</translation>
    </message>
    <message>
        <source>The dump history file could not be written. It is kept as %1 and a new history is started in %2. Dumps go on as usual.</source>
        <translation>Não foi possível gravar o arquivo do histórico de dumps. Ele foi mantido como %1 e um novo histórico foi iniciado em %2. Os dumps continuam normalmente.</translation>
    </message>
</context>
<context>
    <name>DumpIdentity</name>
    <message>
        <source>The dump does not begin with SF_BOOT: the byte order or the memory mapping may be wrong, or the firmware is not a MediaTek one.</source>
        <translation>O dump não começa com SF_BOOT: a ordem dos bytes ou o mapeamento de memória podem estar errados, ou o firmware não é da MediaTek.</translation>
    </message>
    <message>
        <source>Firmware not recognised: the dump carries no ROM info block (encrypted or not MediaTek&apos;s).</source>
        <translation>Firmware não reconhecido: o dump não contém um bloco ROM info (está criptografado ou não é da MediaTek).</translation>
    </message>
    <message>
        <source>ROM info</source>
        <translation>ROM info</translation>
    </message>
    <message>
        <source>The firmware&apos;s record says the flash is %1, but the phone&apos;s flash repeats after %2.</source>
        <translation>O registro do firmware diz que a flash tem %1, mas a flash do telefone se repete após %2.</translation>
    </message>
    <message>
        <source>The firmware puts the user data at %1 to %2, past the end of the flash (%3).</source>
        <translation>O firmware coloca os dados do usuário de %1 a %2, além do fim da flash (%3).</translation>
    </message>
    <message>
        <source>user data</source>
        <translation>dados do usuário</translation>
    </message>
    <message>
        <source>The user data region ends at %1, not at the end of the flash (%2).</source>
        <translation>A região de dados do usuário termina em %1, e não no fim da flash (%2).</translation>
    </message>
    <message>
        <source>file type %1</source>
        <translation>tipo de arquivo %1</translation>
    </message>
    <message>
        <source>The %1 at %2 claims %3, past the end of the flash.</source>
        <translation>O arquivo %1 em %2 declara %3, além do fim da flash.</translation>
    </message>
</context>
<context>
    <name>DumpJob</name>
    <message>
        <source>BootROM was already past the handshake</source>
        <translation>o BootROM já tinha passado do handshake</translation>
    </message>
    <message>
        <source>BootROM handshake done</source>
        <translation>handshake com o BootROM concluído</translation>
    </message>
    <message>
        <source>%1, hardware %2, software %3, BROM %4, ME ID %5</source>
        <translation>%1, hardware %2, software %3, BROM %4, ME ID %5</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>porta %1 aberta</translation>
    </message>
    <message>
        <source>resuming at byte %1 of %2</source>
        <translation>retomando no byte %1 de %2</translation>
    </message>
    <message>
        <source>kept %1 verified bytes in %2</source>
        <translation>%1 bytes verificados guardados em %2</translation>
    </message>
    <message>
        <source>saved %1 (%2 bytes), SHA-256 %3</source>
        <translation>salvo: %1 (%2 bytes), SHA-256 %3</translation>
    </message>
    <message>
        <source>warning: reset not confirmed (%1); unplug the phone</source>
        <translation>aviso: reinício não confirmado (%1); desconecte o telefone</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) were retried; all data was read and checked</source>
        <translation>
            <numerusform>%n bloco precisou ser lido de novo; todos os dados foram lidos e conferidos</numerusform>
            <numerusform>%n blocos precisaram ser lidos de novo; todos os dados foram lidos e conferidos</numerusform>
        </translation>
    </message>
    <message>
        <source>verified: the second read matches byte for byte</source>
        <translation>verificado: a segunda leitura coincide byte a byte</translation>
    </message>
    <message>
        <source>Cancelled while waiting for the phone.</source>
        <translation>Cancelado enquanto aguardava o telefone.</translation>
    </message>
    <message>
        <source>No phone port appeared within %1 s.</source>
        <translation>Nenhuma porta de telefone apareceu em %1 s.</translation>
    </message>
    <message>
        <source>The phone just dumped (ME ID %1) came back.</source>
        <translation>O telefone que acabou de ser lido (ME ID %1) voltou.</translation>
    </message>
    <message>
        <source>the phone was told to restart</source>
        <translation>o telefone recebeu o comando para reiniciar</translation>
    </message>
    <message>
        <source>the phone did not take the reset (%1): unplug it</source>
        <translation>o telefone não aceitou o reinício (%1): desconecte-o</translation>
    </message>
    <message>
        <source>finding the flash size</source>
        <translation>descobrindo o tamanho da flash</translation>
    </message>
    <message>
        <source>%1 Reading %2, as much as an MT626x phone can have; to read less, choose a size.</source>
        <translation>%1 Serão lidos %2, o máximo que um telefone MT626x pode ter; para ler menos, escolha um tamanho.</translation>
    </message>
    <message>
        <source>This phone&apos;s flash reads as %1; the partial dump is of %2.</source>
        <translation>A flash deste telefone tem %1; o dump parcial é de %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Não foi possível gravar %1: %2.</translation>
    </message>
    <message>
        <source>The flash differs from the partial dump at %1: this phone&apos;s flash is not the one the partial dump came from.</source>
        <translation>A flash difere do dump parcial em %1: a flash deste telefone não é a mesma de onde veio o dump parcial.</translation>
    </message>
    <message>
        <source>The dump is kept as %1.</source>
        <translation>O dump foi mantido como %1.</translation>
    </message>
    <message>
        <source>warning: the dump could not be read back to see what it holds: %1</source>
        <translation>aviso: não foi possível reler o dump para ver o que ele contém: %1</translation>
    </message>
    <message>
        <source>firmware %1 (%2)</source>
        <translation>firmware %1 (%2)</translation>
    </message>
    <message>
        <source>firmware not recognised</source>
        <translation>firmware não reconhecido</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>relatório: %1</translation>
    </message>
    <message>
        <source>warning: the report could not be written to %1: %2</source>
        <translation>aviso: não foi possível gravar o relatório em %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>link: round trip %1 ms, %2 MB/s; %n READ32 in flight</source>
        <translation>
            <numerusform>link: ida e volta %1 ms, %2 MB/s; %n READ32 pendente</numerusform>
            <numerusform>link: ida e volta %1 ms, %2 MB/s; %n READ32 pendentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>link: round trip %1 ms, rate not measured; %n READ32 in flight</source>
        <translation>
            <numerusform>link: ida e volta %1 ms, taxa não medida; %n READ32 pendente</numerusform>
            <numerusform>link: ida e volta %1 ms, taxa não medida; %n READ32 pendentes</numerusform>
        </translation>
    </message>
    <message>
        <source>a fault with %1 READ32 in flight: reading one at a time, then again up to %2</source>
        <translation>uma falha com %1 READ32 pendentes: lendo um de cada vez e depois de novo até %2</translation>
    </message>
    <message>
        <source>careful mode, one READ32 at a time, for the rest of this session</source>
        <translation>modo cuidadoso, um READ32 por vez, pelo resto desta sessão</translation>
    </message>
    <message numerus="yes">
        <source>%n READ32 in flight again</source>
        <translation>
            <numerusform>de novo %n READ32 pendente</numerusform>
            <numerusform>de novo %n READ32 pendentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No two reads agreed on %n block(s), at %1.</source>
        <translation>
            <numerusform>Não houve duas leituras iguais em %n bloco, em %1.</numerusform>
            <numerusform>Não houve duas leituras iguais em %n blocos, em %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>verified: %n block(s) needed more reads; two reads agree on every byte</source>
        <translation>
            <numerusform>verificado: %n bloco precisou de mais leituras; duas leituras coincidem em cada byte</numerusform>
            <numerusform>verificado: %n blocos precisaram de mais leituras; duas leituras coincidem em cada byte</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: unknown chip code %1; MTreader knows MT6261 and MT6260. Going on.</source>
        <translation>aviso: código de chip desconhecido %1; o MTreader conhece MT6261 e MT6260. Continuando.</translation>
    </message>
    <message>
        <source>The range runs past the end of the %1 flash: what is read past %2 is a copy of the start of the flash, not more of it.</source>
        <translation>O intervalo ultrapassa o fim da flash de %1: o que for lido após %2 é uma cópia do início da flash, e não mais conteúdo dela.</translation>
    </message>
    <message>
        <source>retrying block at %1 (attempt %2): %3</source>
        <translation>tentando de novo o bloco em %1 (tentativa %2): %3</translation>
    </message>
    <message>
        <source>verify: the block at %1 read differently; %2 reads agreed on a corrected value, which the file now holds</source>
        <translation>verificação: o bloco em %1 foi lido de forma diferente; %2 leituras concordaram em um valor corrigido, que agora está no arquivo</translation>
    </message>
    <message>
        <source>verify: the block at %1 read differently once; %2 reads agreed with the file</source>
        <translation>verificação: o bloco em %1 foi lido uma vez de forma diferente; %2 leituras concordaram com o arquivo</translation>
    </message>
</context>
<context>
    <name>DumpReport</name>
    <message>
        <source>%1 is not an MTreader report.</source>
        <translation>%1 não é um relatório do MTreader.</translation>
    </message>
</context>
<context>
    <name>DumpSummary</name>
    <message>
        <source>Firmware:</source>
        <translation>Firmware:</translation>
    </message>
    <message>
        <source>Flash size:</source>
        <translation>Tamanho da flash:</translation>
    </message>
    <message>
        <source>Flash chip:</source>
        <translation>Chip de flash:</translation>
    </message>
    <message>
        <source>User data:</source>
        <translation>Dados do usuário:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Conteúdo:</translation>
    </message>
    <message>
        <source>Save the map as an &amp;image…</source>
        <translation>Salvar o mapa como ima&amp;gem…</translation>
    </message>
    <message>
        <source>Save the map of the flash as a picture</source>
        <translation>Salvar o mapa da flash como imagem</translation>
    </message>
    <message>
        <source>Map of the flash</source>
        <translation>Mapa da flash</translation>
    </message>
    <message>
        <source>Each cell is 4 KiB of the flash, %1 to a row.</source>
        <translation>Cada célula representa 4 KiB da flash, %1 por linha.</translation>
    </message>
    <message>
        <source>What the dump holds is not known: %1</source>
        <translation>Não se sabe o que o dump contém: %1</translation>
    </message>
    <message>
        <source>Save the map</source>
        <translation>Salvar o mapa</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>The map could not be saved to %1.</source>
        <translation>Não foi possível salvar o mapa em %1.</translation>
    </message>
</context>
<context>
    <name>DumpTarget</name>
    <message>
        <source>No output file was given.</source>
        <translation>Nenhum arquivo de saída foi informado.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>A pasta %1 não existe.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 é uma pasta.</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2.</source>
        <translation>Não é possível gravar na pasta %1: %2.</translation>
    </message>
    <message>
        <source>%1 exists.</source>
        <translation>%1 já existe.</translation>
    </message>
    <message>
        <source>A partial dump %1 is in the way: resume it or remove it.</source>
        <translation>Há um dump parcial %1 no caminho: retome-o ou remova-o.</translation>
    </message>
    <message>
        <source>Nothing to resume for %1: there is no partial file.</source>
        <translation>Não há nada para retomar em %1: não existe arquivo parcial.</translation>
    </message>
    <message>
        <source>Nothing to resume for %1.</source>
        <translation>Não há nada para retomar em %1.</translation>
    </message>
    <message>
        <source>The partial dump is of %1, not the range asked for.</source>
        <translation>O dump parcial é de %1, e não do intervalo pedido.</translation>
    </message>
</context>
<context>
    <name>DumpTypes</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DumpView</name>
    <message>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefone:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>MTreader — %1</source>
        <translation>MTreader — %1</translation>
    </message>
    <message>
        <source>%1, ME ID %2</source>
        <translation>%1, ME ID %2</translation>
    </message>
    <message>
        <source>not known: no report next to the file</source>
        <translation>desconhecido: não há relatório ao lado do arquivo</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 do arquivo</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>No error.</source>
        <translation>Nenhum erro.</translation>
    </message>
    <message>
        <source>The dump was cancelled.</source>
        <translation>O dump foi cancelado.</translation>
    </message>
    <message>
        <source>Nothing was written under the target name.</source>
        <translation>Nada foi gravado com o nome de destino.</translation>
    </message>
    <message>
        <source>The settings for this dump are not valid.</source>
        <translation>As configurações deste dump não são válidas.</translation>
    </message>
    <message>
        <source>No phone appeared.</source>
        <translation>Nenhum telefone apareceu.</translation>
    </message>
    <message>
        <source>Turn the phone off, hold the boot key (usually Call) and connect the cable. Try another cable or USB port. On Windows, install the MediaTek VCOM driver. Some phones must be connected without the battery.</source>
        <translation>Desligue o telefone, segure a tecla de boot (geralmente a de chamada) e conecte o cabo. Tente outro cabo ou outra porta USB. No Windows, instale o driver MediaTek VCOM. Alguns telefones precisam ser conectados sem a bateria.</translation>
    </message>
    <message>
        <source>The port %1 does not exist (any more).</source>
        <translation>A porta %1 não existe (ou deixou de existir).</translation>
    </message>
    <message>
        <source>Check the port name, or choose Automatic and connect the phone while holding the boot key.</source>
        <translation>Confira o nome da porta ou escolha Automático e conecte o telefone segurando a tecla de boot.</translation>
    </message>
    <message>
        <source>You are not allowed to open %1.</source>
        <translation>Você não tem permissão para abrir %1.</translation>
    </message>
    <message>
        <source>Close other programs that may use the port, then try again.</source>
        <translation>Feche outros programas que possam estar usando a porta e tente novamente.</translation>
    </message>
    <message>
        <source>Another program is using %1.</source>
        <translation>Outro programa está usando %1.</translation>
    </message>
    <message>
        <source>ModemManager often grabs new USB serial ports: stop it (sudo systemctl stop ModemManager) or install MTreader&apos;s udev rule, which tells it to leave MediaTek phones alone. Close any serial terminal or flash tool, then reconnect the phone.</source>
        <translation>O ModemManager costuma capturar novas portas seriais USB: pare-o (sudo systemctl stop ModemManager) ou instale a regra udev do MTreader, que o instrui a ignorar os telefones MediaTek. Feche qualquer terminal serial ou ferramenta de flash e reconecte o telefone.</translation>
    </message>
    <message>
        <source>Close any serial terminal, flash tool or phone suite that may hold the port, then reconnect the phone.</source>
        <translation>Feche qualquer terminal serial, ferramenta de flash ou suíte de celular que possa estar usando a porta e reconecte o telefone.</translation>
    </message>
    <message>
        <source>The port %1 could not be opened.</source>
        <translation>Não foi possível abrir a porta %1.</translation>
    </message>
    <message>
        <source>Reconnect the phone. If it keeps happening, try another USB port or cable.</source>
        <translation>Reconecte o telefone. Se continuar acontecendo, tente outra porta USB ou outro cabo.</translation>
    </message>
    <message>
        <source>The phone did not answer like a MediaTek BootROM.</source>
        <translation>O telefone não respondeu como um BootROM MediaTek.</translation>
    </message>
    <message>
        <source>Disconnect the phone, turn it off, hold the boot key (usually Call) and connect it again; keep holding the key until the dump starts. Try without the battery, or another cable. Make sure the port really belongs to the phone.</source>
        <translation>Desconecte o telefone, desligue-o, segure a tecla de boot (geralmente a de chamada) e conecte-o de novo; continue segurando a tecla até o dump começar. Tente sem a bateria ou com outro cabo. Verifique se a porta realmente é do telefone.</translation>
    </message>
    <message>
        <source>The phone stopped answering.</source>
        <translation>O telefone parou de responder.</translation>
    </message>
    <message>
        <source>The phone sent only part of an answer.</source>
        <translation>O telefone enviou só parte de uma resposta.</translation>
    </message>
    <message>
        <source>Check the cable, then reconnect the phone with the boot key held and resume the dump.</source>
        <translation>Confira o cabo, reconecte o telefone segurando a tecla de boot e retome o dump.</translation>
    </message>
    <message>
        <source>The phone answered with unexpected bytes.</source>
        <translation>O telefone respondeu com bytes inesperados.</translation>
    </message>
    <message>
        <source>The connection is unreliable or this is not an MT626x BootROM. Reconnect the phone and resume; try another cable or USB port.</source>
        <translation>A conexão está instável ou este não é um BootROM MT626x. Reconecte o telefone e retome o dump; tente outro cabo ou outra porta USB.</translation>
    </message>
    <message>
        <source>The phone reported an error.</source>
        <translation>O telefone informou um erro.</translation>
    </message>
    <message>
        <source>Reconnect the phone with the boot key held and resume the dump. If the error stays at the same address, that part of the flash cannot be read this way.</source>
        <translation>Reconecte o telefone segurando a tecla de boot e retome o dump. Se o erro continuar no mesmo endereço, essa parte da flash não pode ser lida desta forma.</translation>
    </message>
    <message>
        <source>The phone disconnected.</source>
        <translation>O telefone desconectou.</translation>
    </message>
    <message>
        <source>The cable was pulled, or the phone reset or lost power. Everything read so far is kept: reconnect the phone while holding the boot key to continue. A phone without a battery needs a good cable and USB port.</source>
        <translation>O cabo foi puxado, ou o telefone reiniciou ou perdeu energia. Tudo o que já foi lido está guardado: reconecte o telefone segurando a tecla de boot para continuar. Um telefone sem bateria precisa de um bom cabo e de uma boa porta USB.</translation>
    </message>
    <message>
        <source>This is not the phone the partial dump came from.</source>
        <translation>Este não é o telefone de onde veio o dump parcial.</translation>
    </message>
    <message>
        <source>Connect the same phone to continue its dump, or start a new dump for this phone.</source>
        <translation>Conecte o mesmo telefone para continuar o dump dele ou inicie um novo dump para este telefone.</translation>
    </message>
    <message>
        <source>The dump could not be saved.</source>
        <translation>Não foi possível salvar o dump.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to and check the disk. Details: %1</source>
        <translation>Escolha uma pasta onde você possa gravar e verifique o disco. Detalhes: %1</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>O disco está cheio.</translation>
    </message>
    <message>
        <source>Free some space or choose another disk. What was read so far is kept and can be resumed.</source>
        <translation>Libere espaço ou escolha outro disco. O que já foi lido está guardado e pode ser retomado.</translation>
    </message>
    <message>
        <source>The output file already exists.</source>
        <translation>O arquivo de saída já existe.</translation>
    </message>
    <message>
        <source>Choose another name, or allow overwriting it.</source>
        <translation>Escolha outro nome ou permita sobrescrevê-lo.</translation>
    </message>
    <message>
        <source>The second read differed from the first: the dump is not reliable.</source>
        <translation>A segunda leitura foi diferente da primeira: o dump não é confiável.</translation>
    </message>
    <message>
        <source>The dump cannot be resumed.</source>
        <translation>Não é possível retomar o dump.</translation>
    </message>
    <message>
        <source>Unexpected error.</source>
        <translation>Erro inesperado.</translation>
    </message>
    <message>
        <source>Add yourself to the group that owns the port, then log out and in again:
    sudo usermod -aG %1 $USER
Or install the udev rule that comes with MTreader (60-mtreader.rules), which gives the logged-in user access to MediaTek phones.</source>
        <translation>Adicione-se ao grupo dono da porta e depois saia da sessão e entre de novo:
    sudo usermod -aG %1 $USER
Ou instale a regra udev que vem com o MTreader (60-mtreader.rules), que dá ao usuário conectado acesso aos telefones MediaTek.</translation>
    </message>
    <message>
        <source>Check the cable, then reconnect the phone with the boot key held and resume the dump. If it happens again, choose a smaller block size or Careful mode.</source>
        <translation>Confira o cabo, reconecte o telefone segurando a tecla de boot e retome o dump. Se acontecer de novo, escolha um tamanho de bloco menor ou o modo cuidadoso.</translation>
    </message>
    <message>
        <source>This is the phone that was just dumped.</source>
        <translation>Este é o telefone que acabou de ser lido.</translation>
    </message>
    <message>
        <source>It came back because the boot key is still held. Release the key and unplug it, then connect the next phone.</source>
        <translation>Ele voltou porque a tecla de boot ainda está pressionada. Solte a tecla e desconecte-o; depois conecte o próximo telefone.</translation>
    </message>
    <message>
        <source>Some blocks read differently every time, so no two reads agreed on them. The dump is kept under a name marked &quot;unverified&quot;. Check the cable and USB port and dump again.</source>
        <translation>Alguns blocos foram lidos de forma diferente a cada vez, então não houve duas leituras iguais. O dump foi mantido com um nome marcado como &quot;unverified&quot;. Confira o cabo e a porta USB e faça o dump de novo.</translation>
    </message>
</context>
<context>
    <name>FailurePanel</name>
    <message>
        <source>&amp;Reconnect the phone to continue</source>
        <translation>&amp;Reconectar o telefone para continuar</translation>
    </message>
    <message>
        <source>Show the lo&amp;g</source>
        <translation>Mostrar o lo&amp;g</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>O que fazer agora</translation>
    </message>
    <message>
        <source>Reconnect the phone to continue the dump</source>
        <translation>Reconectar o telefone para continuar o dump</translation>
    </message>
    <message>
        <source>Show the log with the technical details</source>
        <translation>Mostrar o log com os detalhes técnicos</translation>
    </message>
    <message>
        <source>The phone was told to restart: unplug it.</source>
        <translation>O telefone recebeu o comando para reiniciar: desconecte-o.</translation>
    </message>
    <message>
        <source>If the phone is still connected, unplug it: it stays in its BootROM until then.</source>
        <translation>Se o telefone ainda estiver conectado, desconecte-o: ele fica no BootROM até isso acontecer.</translation>
    </message>
    <message>
        <source>%1 To continue: click below, then connect the phone again (turned off, boot key held). The dump continues where it stopped.</source>
        <translation>%1 Para continuar: clique abaixo e conecte o telefone de novo (desligado, com a tecla de boot pressionada). O dump continua de onde parou.</translation>
    </message>
</context>
<context>
    <name>FirmwareRecords</name>
    <message>
        <source>The %1 fills its whole field without an end mark; it may be cut off.</source>
        <translation>O %1 ocupa todo o campo sem marca de fim; pode estar cortado.</translation>
    </message>
    <message>
        <source>The %1 holds bytes that are not text.</source>
        <translation>O %1 contém bytes que não são texto.</translation>
    </message>
    <message>
        <source>boot loader</source>
        <translation>bootloader</translation>
    </message>
    <message>
        <source>extended boot loader</source>
        <translation>bootloader estendido</translation>
    </message>
    <message>
        <source>MAUI image</source>
        <translation>imagem MAUI</translation>
    </message>
    <message>
        <source>second MAUI image</source>
        <translation>segunda imagem MAUI</translation>
    </message>
    <message>
        <source>demand-paged code</source>
        <translation>código paginado sob demanda</translation>
    </message>
    <message>
        <source>third ROM</source>
        <translation>terceira ROM</translation>
    </message>
    <message>
        <source>DSP ROM</source>
        <translation>ROM do DSP</translation>
    </message>
    <message>
        <source>custom resources</source>
        <translation>recursos personalizados</translation>
    </message>
    <message>
        <source>language pack</source>
        <translation>pacote de idioma</translation>
    </message>
    <message>
        <source>file system</source>
        <translation>sistema de arquivos</translation>
    </message>
</context>
<context>
    <name>FirmwareScanner</name>
    <message>
        <source>More than %1 file-info headers: only the first %1 are listed.</source>
        <translation>Mais de %1 cabeçalhos de informações de arquivo: só os %1 primeiros são listados.</translation>
    </message>
    <message>
        <source>ROM info identifier</source>
        <translation>identificador do ROM info</translation>
    </message>
    <message>
        <source>ROM info version &quot;%1&quot; is not one MTreader knows (v04 to v09): its fields may be misread.</source>
        <translation>A versão &quot;%1&quot; do ROM info não é conhecida pelo MTreader (v04 a v09): os campos podem ser lidos errado.</translation>
    </message>
    <message>
        <source>platform id</source>
        <translation>ID da plataforma</translation>
    </message>
    <message>
        <source>project id</source>
        <translation>ID do projeto</translation>
    </message>
    <message>
        <source>The ROM info lists %1 flash devices; at most %2 fit.</source>
        <translation>O ROM info lista %1 dispositivos flash; cabem no máximo %2.</translation>
    </message>
    <message>
        <source>A file-info header at %1 is cut off by the end of the dump.</source>
        <translation>Um cabeçalho de informações de arquivo em %1 foi cortado pelo fim do dump.</translation>
    </message>
    <message>
        <source>The file-info header at %1 has a wrong type or size (%2 bytes).</source>
        <translation>O cabeçalho de informações de arquivo em %1 tem tipo ou tamanho errado (%2 bytes).</translation>
    </message>
    <message>
        <source>A second ROM info block at %1 was ignored.</source>
        <translation>Um segundo bloco ROM info em %1 foi ignorado.</translation>
    </message>
    <message>
        <source>The ROM info block at %1 is cut off by the end of the dump.</source>
        <translation>O bloco ROM info em %1 foi cortado pelo fim do dump.</translation>
    </message>
</context>
<context>
    <name>FlashMap</name>
    <message>
        <source>erased (0xFF)</source>
        <translation>apagado (0xFF)</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>zeros</translation>
    </message>
    <message>
        <source>data</source>
        <translation>dados</translation>
    </message>
    <message>
        <source>firmware file</source>
        <translation>arquivo de firmware</translation>
    </message>
    <message>
        <source>user data</source>
        <translation>dados do usuário</translation>
    </message>
    <message>
        <source>ROM info</source>
        <translation>ROM info</translation>
    </message>
</context>
<context>
    <name>FlashRange</name>
    <message>
        <source>The length is zero: nothing to read.</source>
        <translation>O tamanho é zero: não há nada para ler.</translation>
    </message>
    <message>
        <source>The start is past the 4 GiB address space of the phone.</source>
        <translation>O início ultrapassa o espaço de endereçamento de 4 GiB do telefone.</translation>
    </message>
    <message>
        <source>The range runs past the 4 GiB address space of the phone.</source>
        <translation>O intervalo ultrapassa o espaço de endereçamento de 4 GiB do telefone.</translation>
    </message>
    <message>
        <source>The block size must be a multiple of 4 bytes.</source>
        <translation>O tamanho do bloco deve ser múltiplo de 4 bytes.</translation>
    </message>
    <message>
        <source>The block size can be at most 1 MiB.</source>
        <translation>O tamanho do bloco pode ser no máximo 1 MiB.</translation>
    </message>
    <message>
        <source>The range reaches 0x10000000 or above. Once the flash is mapped, that is the phone&apos;s RAM and registers, not flash, and reading registers can upset the phone. Choose a range below 0x10000000, or allow any address (under Advanced; --any-address) if you really mean it.</source>
        <translation>O intervalo chega a 0x10000000 ou acima. Com a flash mapeada, essa região é a RAM e os registradores do telefone, não a flash, e ler registradores pode desestabilizar o telefone. Escolha um intervalo abaixo de 0x10000000 ou permita qualquer endereço (em Avançado; --any-address) se for isso mesmo que você quer.</translation>
    </message>
    <message>
        <source>The start &quot;%1&quot; is not a number. Use decimal (4194304), hex (0x400000) or a size such as 4M or 4096K.</source>
        <translation>O início &quot;%1&quot; não é um número. Use decimal (4194304), hexadecimal (0x400000) ou um tamanho como 4M ou 4096K.</translation>
    </message>
    <message>
        <source>The length &quot;%1&quot; is not a number. Use decimal (4194304), hex (0x400000) or a size such as 4M or 4096K.</source>
        <translation>O tamanho &quot;%1&quot; não é um número. Use decimal (4194304), hexadecimal (0x400000) ou um tamanho como 4M ou 4096K.</translation>
    </message>
</context>
<context>
    <name>FlashReader</name>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Cancelado pelo usuário.</translation>
    </message>
</context>
<context>
    <name>FlashSize</name>
    <message>
        <source>The flash size was not asked of the phone.</source>
        <translation>O tamanho da flash não foi consultado no telefone.</translation>
    </message>
    <message numerus="yes">
        <source>Found from the phone: the flash repeats after %1 (%n sample block(s) matched).</source>
        <translation>
            <numerusform>Obtido do telefone: a flash se repete após %1 (%n bloco de amostra coincidiu).</numerusform>
            <numerusform>Obtido do telefone: a flash se repete após %1 (%n blocos de amostra coincidiram).</numerusform>
        </translation>
    </message>
    <message>
        <source>The phone&apos;s flash did not repeat anywhere up to 16 MiB, so its size is not known.</source>
        <translation>A flash do telefone não se repetiu em nenhum ponto até 16 MiB, então o tamanho dela é desconhecido.</translation>
    </message>
    <message>
        <source>The start of the flash is erased (or all alike), so its size could not be found.</source>
        <translation>O início da flash está apagado (ou todo igual), então não foi possível descobrir o tamanho dela.</translation>
    </message>
    <message>
        <source>The phone did not answer the reads that find the flash size.</source>
        <translation>O telefone não respondeu às leituras que descobrem o tamanho da flash.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n sample block(s) of %1 in the first MiB is distinctive.</source>
        <translation>
            <numerusform>%n bloco de amostra de %1 no primeiro MiB não é distintivo.</numerusform>
            <numerusform>Nenhum dos %n blocos de amostra de %1 no primeiro MiB é distintivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample blocks repeat every %1 or less: a pattern, not a wrap.</source>
        <translation>Os blocos de amostra se repetem a cada %1 ou menos: é um padrão, não uma volta ao início.</translation>
    </message>
    <message numerus="yes">
        <source>%n sample block(s) read again at %1 matched.</source>
        <translation>
            <numerusform>%n bloco de amostra relido em %1 coincidiu.</numerusform>
            <numerusform>%n blocos de amostra relidos em %1 coincidiram.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample block(s) matched nowhere up to 16 MiB.</source>
        <translation>
            <numerusform>%n bloco de amostra não coincidiu em nenhum ponto até 16 MiB.</numerusform>
            <numerusform>%n blocos de amostra não coincidiram em nenhum ponto até 16 MiB.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falha</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Incompleto</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 a partir de %2</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Janela</translation>
    </message>
    <message>
        <source>Several phones</source>
        <translation>Vários telefones</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Linha de comando</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>ME ID</source>
        <translation>ME ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Dump history</source>
        <translation>Histórico de dumps</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Pesquisar:</translation>
    </message>
    <message>
        <source>ME ID, firmware or file name</source>
        <translation>ME ID, firmware ou nome de arquivo</translation>
    </message>
    <message>
        <source>Search the history by ME ID, firmware or file name</source>
        <translation>Pesquisar no histórico por ME ID, firmware ou nome de arquivo</translation>
    </message>
    <message>
        <source>Dump attempts, newest first</source>
        <translation>Tentativas de dump, da mais recente à mais antiga</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Abrir p&amp;asta</translation>
    </message>
    <message>
        <source>Open the folder of the selected dump</source>
        <translation>Abrir a pasta do dump selecionado</translation>
    </message>
    <message>
        <source>Open &amp;report</source>
        <translation>Abrir &amp;relatório</translation>
    </message>
    <message>
        <source>Open the report of the selected dump</source>
        <translation>Abrir o relatório do dump selecionado</translation>
    </message>
    <message>
        <source>Copy SHA-&amp;256</source>
        <translation>Copiar SHA-&amp;256</translation>
    </message>
    <message>
        <source>Copy the SHA-256 of the selected dump</source>
        <translation>Copiar o SHA-256 do dump selecionado</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Continue the selected partial dump</source>
        <translation>Continuar o dump parcial selecionado</translation>
    </message>
    <message>
        <source>Reads the rest of a dump that stopped before the end, into the same file.</source>
        <translation>Lê o restante de um dump que parou antes do fim, no mesmo arquivo.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the attempts shown to a CSV file</source>
        <translation>Exportar as tentativas exibidas para um arquivo CSV</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n tentativa</numerusform>
            <numerusform>%n tentativas</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Exportar o histórico</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The history could not be saved to %1 (%2). Choose another folder and try again.</source>
        <translation>Não foi possível salvar o histórico em %1 (%2). Escolha outra pasta e tente novamente.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) saved to %1.</source>
        <translation>
            <numerusform>%n tentativa salva em %1.</numerusform>
            <numerusform>%n tentativas salvas em %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityText</name>
    <message>
        <source>not recognised (no ROM info: encrypted, not MediaTek&apos;s, or not a flash dump)</source>
        <translation>não reconhecido (sem ROM info: criptografado, não é da MediaTek ou não é um dump de flash)</translation>
    </message>
    <message>
        <source>no version recorded</source>
        <translation>nenhuma versão registrada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not named by the firmware</source>
        <translation>não identificado pelo firmware</translation>
    </message>
    <message>
        <source>unknown maker</source>
        <translation>fabricante desconhecido</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1 (%2: %3)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 by the firmware&apos;s record. %2</source>
        <translation>%1 segundo o registro do firmware. %2</translation>
    </message>
    <message>
        <source>not recorded by the firmware</source>
        <translation>não registrados pelo firmware</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 a %2 (%3)</translation>
    </message>
    <message>
        <source>%1 % erased (%2), %3 % zero</source>
        <translation>%1 % apagado (%2), %3 % zerado</translation>
    </message>
    <message>
        <source>file type %1</source>
        <translation>tipo de arquivo %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1 em %2, %3</translation>
    </message>
</context>
<context>
    <name>JobDetails</name>
    <message>
        <source>Firmware not recognised.</source>
        <translation>Firmware não reconhecido.</translation>
    </message>
    <message>
        <source>Firmware %1.</source>
        <translation>Firmware %1.</translation>
    </message>
    <message>
        <source>ME ID %1.</source>
        <translation>ME ID %1.</translation>
    </message>
    <message>
        <source>Verified: a second read matched.</source>
        <translation>Verificado: uma segunda leitura coincidiu.</translation>
    </message>
    <message>
        <source>Saved as %1 (%2).</source>
        <translation>Salvo como %1 (%2).</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the SHA-256 to the clipboard</source>
        <translation>Copiar o SHA-256 para a área de transferência</translation>
    </message>
    <message>
        <source>Result of %1</source>
        <translation>Resultado da %1</translation>
    </message>
    <message>
        <source>SHA-256 of %1</source>
        <translation>SHA-256 da %1</translation>
    </message>
    <message>
        <source>Copy the SHA-256 of %1</source>
        <translation>Copiar o SHA-256 da %1</translation>
    </message>
</context>
<context>
    <name>JobOutput</name>
    <message>
        <source>Choose the output file</source>
        <translation>Escolher o arquivo de saída</translation>
    </message>
    <message>
        <source>Output file of %1</source>
        <translation>Arquivo de saída da %1</translation>
    </message>
    <message>
        <source>Choose the output file of %1</source>
        <translation>Escolher o arquivo de saída da %1</translation>
    </message>
    <message>
        <source>Save the dump as</source>
        <translation>Salvar o dump como</translation>
    </message>
    <message>
        <source>Flash dumps (*.bin);;All files (*)</source>
        <translation>Dumps de flash (*.bin);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 blocks</source>
        <translation>blocos de %1</translation>
    </message>
    <message>
        <source>read twice to verify</source>
        <translation>ler duas vezes para verificar</translation>
    </message>
    <message>
        <source>careful mode</source>
        <translation>modo cuidadoso</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>Con&amp;tinuar</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Continue the partial dump: connect the same phone again</source>
        <translation>Continuar o dump parcial: conecte o mesmo telefone de novo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Port of job %1</source>
        <translation>Porta da tarefa %1</translation>
    </message>
    <message>
        <source>What %1 reads</source>
        <translation>O que a %1 lê</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Progresso da %1</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Status da %1</translation>
    </message>
    <message>
        <source>Continue %1</source>
        <translation>Continuar a %1</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Iniciar a %1</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Cancelar a %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remover a %1</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Não iniciada</translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message>
        <source>Whole flash, %1</source>
        <translation>Flash inteira, %1</translation>
    </message>
    <message>
        <source>Whole flash</source>
        <translation>Flash inteira</translation>
    </message>
    <message>
        <source>%1 is kept in %2: connect the same phone again and click Continue to read the rest.</source>
        <translation>%1 está guardado em %2: conecte o mesmo telefone de novo e clique em Continuar para ler o restante.</translation>
    </message>
    <message>
        <source>%1 of %2 is kept in %3: connect the same phone again and click Continue to read the rest.</source>
        <translation>%1 de %2 está guardado em %3: conecte o mesmo telefone de novo e clique em Continuar para ler o restante.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>job %1 (%2)</source>
        <translation>tarefa %1 (%2)</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <extracomment>A line of one job in the log: the job&apos;s port, then the line.</extracomment>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>Continuing the dump into %1</source>
        <translation>Continuando o dump em %1</translation>
    </message>
    <message>
        <source>Dump of the whole flash into %1</source>
        <translation>Dump de toda a flash em %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Etapa: %1</translation>
    </message>
    <message>
        <source>Done: %1 (%2), SHA-256 %3</source>
        <translation>Concluído: %1 (%2), SHA-256 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 a partir de %2</translation>
    </message>
    <message>
        <source>Dump of %1 from %2 into %3</source>
        <translation>Dump de %1 a partir de %2 em %3</translation>
    </message>
</context>
<context>
    <name>JobsWindow</name>
    <message>
        <source>The range in the main window is not valid: %1</source>
        <translation>O intervalo na janela principal não é válido: %1</translation>
    </message>
    <message>
        <source>Choose where to save this dump first.</source>
        <translation>Primeiro escolha onde salvar este dump.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>A pasta %1 não existe.</translation>
    </message>
    <message>
        <source>Another job already uses Automatic, which takes the first MediaTek phone. Choose a port for this one.</source>
        <translation>Outra tarefa já usa Automático, que pega o primeiro telefone MediaTek. Escolha uma porta para esta.</translation>
    </message>
    <message>
        <source>Another job is already dumping from %1. Choose another port for this one.</source>
        <translation>Outra tarefa já está fazendo dump pela porta %1. Escolha outra porta para esta.</translation>
    </message>
    <message>
        <source>Another job is already writing %1. Choose another file name.</source>
        <translation>Outra tarefa já está gravando %1. Escolha outro nome de arquivo.</translation>
    </message>
    <message>
        <source>The main window is already dumping from %1. Choose another port for this job.</source>
        <translation>A janela principal já está fazendo um dump (porta: %1). Escolha outra porta para esta tarefa.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>The main window is already writing %1. Choose another file name.</source>
        <translation>A janela principal já está gravando %1. Escolha outro nome de arquivo.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name.</source>
        <translation>%1 já existe. Escolha outro nome de arquivo.</translation>
    </message>
    <message>
        <source>A partial dump of %1 is already there. Choose another file name, or continue it from the main window.</source>
        <translation>Já existe um dump parcial de %1. Escolha outro nome de arquivo ou continue-o pela janela principal.</translation>
    </message>
    <message>
        <source>Stop the dumps?</source>
        <translation>Parar os dumps?</translation>
    </message>
    <message numerus="yes">
        <source>%n dump(s) still running. Stop them and close this window? What was read so far is kept as partial files and can be continued later.</source>
        <translation>
            <numerusform>%n dump ainda em andamento. Pará-lo e fechar esta janela? O que já foi lido fica guardado como arquivo parcial e pode ser continuado depois.</numerusform>
            <numerusform>%n dumps ainda em andamento. Pará-los e fechar esta janela? O que já foi lido fica guardado como arquivos parciais e pode ser continuado depois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the dumps…</source>
        <translation>Parando os dumps…</translation>
    </message>
    <message>
        <source>MTreader — several phones at once</source>
        <translation>MTreader — vários telefones ao mesmo tempo</translation>
    </message>
    <message>
        <source>Each row reads one phone on its own port, all at the same time. What to read and how are taken from the main window when a row starts.</source>
        <translation>Cada linha lê um telefone pela própria porta, todos ao mesmo tempo. O que ler e como ler são obtidos da janela principal quando a linha começa.</translation>
    </message>
    <message>
        <source>&amp;Add job</source>
        <translation>&amp;Adicionar tarefa</translation>
    </message>
    <message>
        <source>A new row for one more phone</source>
        <translation>Uma nova linha para mais um telefone</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Salvar em</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O que ler</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name for the dump.</source>
        <translation>%1 é uma pasta. Escolha um nome de arquivo para o dump.</translation>
    </message>
    <message>
        <source>MTreader cannot save into the folder %1. Choose another folder.</source>
        <translation>O MTreader não consegue salvar na pasta %1. Escolha outra pasta.</translation>
    </message>
    <message>
        <source>This job is already running.</source>
        <translation>Esta tarefa já está em andamento.</translation>
    </message>
    <message numerus="yes">
        <source>Start all: %1 of %n job(s) started.</source>
        <translation>
            <numerusform>Iniciar todas: %1 de %n tarefa iniciada.</numerusform>
            <numerusform>Iniciar todas: %1 de %n tarefas iniciadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No job is ready to start: each one is running or done. Add a job for the next phone, or click Start in a row to dump another phone there.</source>
        <translation>Nenhuma tarefa está pronta para iniciar: cada uma está em andamento ou concluída. Adicione uma tarefa para o próximo telefone ou clique em Iniciar em uma linha para fazer dump de outro telefone nela.</translation>
    </message>
    <message numerus="yes">
        <source>Started %1 of %n job(s). Not started:</source>
        <translation>
            <numerusform>%1 de %n tarefa iniciada. Não iniciadas:</numerusform>
            <numerusform>%1 de %n tarefas iniciadas. Não iniciadas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 (%2): %3</source>
        <translation>Tarefa %1 (%2): %3</translation>
    </message>
    <message>
        <source>Start a&amp;ll</source>
        <translation>Iniciar &amp;todas</translation>
    </message>
    <message>
        <source>Start every job that is ready, and continue every one that kept a partial dump</source>
        <translation>Iniciar todas as tarefas prontas e continuar todas as que mantiveram um dump parcial</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation>Copiar log</translation>
    </message>
    <message>
        <source>Save log…</source>
        <translation>Salvar log…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Copy the log</source>
        <translation>Copiar o log</translation>
    </message>
    <message>
        <source>Save the log to a file</source>
        <translation>Salvar o log em um arquivo</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Limpar o log</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>Salvar o log</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Arquivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>The log could not be saved to %1: %2</source>
        <translation>Não foi possível salvar o log em %1: %2</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Dump</source>
        <translation>Fazer &amp;dump</translation>
    </message>
    <message>
        <source>&amp;Cancel the dump</source>
        <translation>&amp;Cancelar o dump</translation>
    </message>
    <message>
        <source>Dump &amp;several phones at once…</source>
        <translation>Fazer dump de &amp;vários telefones ao mesmo tempo…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Try with a virtual phone</source>
        <translation>&amp;Testar com um telefone virtual</translation>
    </message>
    <message>
        <source>&amp;About MTreader</source>
        <translation>&amp;Sobre o MTreader</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Open a dump…</source>
        <translation>&amp;Abrir um dump…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Histórico…</translation>
    </message>
    <message>
        <source>Lo&amp;g</source>
        <translation>&amp;Log</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MTreader — MediaTek flash reader</source>
        <translation>MTreader — leitor de flash MediaTek</translation>
    </message>
    <message>
        <source>About MTreader</source>
        <translation>Sobre o MTreader</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MTreader %1&lt;/h3&gt;&lt;p&gt;Reads the flash of MediaTek MT6261 and MT6260 feature phones through the BootROM USB port, without opening the phone.&lt;/p&gt;&lt;p&gt;Released into the public domain (the Unlicense): use, copy and change it freely.&lt;/p&gt;&lt;p&gt;With thanks to the original MTreader, to fernly for the MT6260 BootROM notes, and to mtk-open-tools.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MTreader %1&lt;/h3&gt;&lt;p&gt;Lê a flash de celulares básicos MediaTek MT6261 e MT6260 pela porta USB do BootROM, sem abrir o aparelho.&lt;/p&gt;&lt;p&gt;Liberado em domínio público (the Unlicense): use, copie e modifique à vontade.&lt;/p&gt;&lt;p&gt;Agradecimentos ao MTreader original, ao fernly pelas anotações sobre o BootROM do MT6260 e ao mtk-open-tools.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stop the dump?</source>
        <translation>Parar o dump?</translation>
    </message>
    <message>
        <source>A dump is running. Stop it and quit? What was read so far is kept as a partial file and can be continued later.</source>
        <translation>Há um dump em andamento. Pará-lo e sair? O que já foi lido fica guardado como arquivo parcial e pode ser continuado depois.</translation>
    </message>
    <message>
        <source>Stopping the dump…</source>
        <translation>Parando o dump…</translation>
    </message>
    <message>
        <source>Demo: when you click Dump, a virtual MT6261 is connected %1 s later.</source>
        <translation>Demo: ao clicar em Fazer dump, um MT6261 virtual é conectado %1 s depois.</translation>
    </message>
    <message>
        <source>Open a dump</source>
        <translation>Abrir um dump</translation>
    </message>
    <message>
        <source>Flash dumps (*.bin);;All files (*)</source>
        <translation>Dumps de flash (*.bin);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>OutputChooser</name>
    <message>
        <source>Sav&amp;e as…</source>
        <translation>Salvar co&amp;mo…</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Arquivo de saída</translation>
    </message>
    <message>
        <source>The dump is written here. A new name is made for every dump until you choose one.</source>
        <translation>O dump é gravado aqui. Um nome novo é criado para cada dump até você escolher um.</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation>Escolher o arquivo de saída</translation>
    </message>
    <message>
        <source>Save the dump as</source>
        <translation>Salvar o dump como</translation>
    </message>
    <message>
        <source>Flash dumps (*.bin);;All files (*)</source>
        <translation>Dumps de flash (*.bin);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>Another dump is writing %1.</source>
        <translation>Outro dump está gravando %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>Não foi possível criar %1: %2.</translation>
    </message>
    <message>
        <source>Cannot reopen %1: %2.</source>
        <translation>Não foi possível reabrir %1: %2.</translation>
    </message>
    <message>
        <source>Cannot cut %1 back to its verified part: %2.</source>
        <translation>Não foi possível cortar %1 de volta à parte verificada: %2.</translation>
    </message>
    <message>
        <source>Cannot read back %1: %2.</source>
        <translation>Não foi possível reler %1: %2.</translation>
    </message>
    <message>
        <source>Cannot seek in %1: %2.</source>
        <translation>Não foi possível posicionar em %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2.</source>
        <translation>Não foi possível gravar em %1: %2.</translation>
    </message>
    <message>
        <source>Cannot flush %1: %2.</source>
        <translation>Não foi possível descarregar o buffer de %1: %2.</translation>
    </message>
    <message>
        <source>Cannot sync %1 to the disk: %2.</source>
        <translation>Não foi possível sincronizar %1 com o disco: %2.</translation>
    </message>
    <message>
        <source>%1 exists; the dump stays in %2.</source>
        <translation>%1 já existe; o dump fica em %2.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3.</source>
        <translation>Não foi possível renomear %1 para %2: %3.</translation>
    </message>
</context>
<context>
    <name>PhoneInfo</name>
    <message>
        <source>unknown (%1)</source>
        <translation>desconhecido (%1)</translation>
    </message>
</context>
<context>
    <name>PortPicker</name>
    <message>
        <source>Choose a port or type its path</source>
        <translation>Escolha uma porta ou digite o caminho</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Automatic finds the phone by its USB id. You can also pick a port, or type a path such as /dev/ttyUSB0 or COM5.</source>
        <translation>Automático encontra o telefone pelo ID USB. Você também pode escolher uma porta ou digitar um caminho como /dev/ttyUSB0 ou COM5.</translation>
    </message>
    <message>
        <source>Automatic — first MediaTek phone (%1)</source>
        <translation>Automático — primeiro telefone MediaTek (%1)</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>Chip:</source>
        <translation>Chip:</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versões:</translation>
    </message>
    <message>
        <source>ME ID:</source>
        <translation>ME ID:</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>ainda desconhecido</translation>
    </message>
    <message>
        <source>Keep holding the boot key until the reading starts.</source>
        <translation>Continue segurando a tecla de boot até a leitura começar.</translation>
    </message>
    <message>
        <source>You can let go of the key now. Do not unplug the phone.</source>
        <translation>Já pode soltar a tecla. Não desconecte o telefone.</translation>
    </message>
    <message>
        <source>Reading everything a second time to compare. Do not unplug the phone.</source>
        <translation>Lendo tudo uma segunda vez para comparar. Não desconecte o telefone.</translation>
    </message>
    <message>
        <source>The dump is saved. Restarting the phone.</source>
        <translation>O dump foi salvo. Reiniciando o telefone.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 · %4</source>
        <translation>%1 de %2 · %3 · %4</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>finalizando</translation>
    </message>
    <message>
        <source>Flash:</source>
        <translation>Flash:</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 a partir de %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>hardware %1, software %2, %3</source>
        <translation>hardware %1, software %2, %3</translation>
    </message>
</context>
<context>
    <name>RangeEditor</name>
    <message>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <source>Range to read</source>
        <translation>Intervalo a ler</translation>
    </message>
    <message>
        <source>Start address</source>
        <translation>Endereço inicial</translation>
    </message>
    <message>
        <source>Length in bytes</source>
        <translation>Tamanho em bytes</translation>
    </message>
    <message>
        <source>Decimal (4194304) or hex (0x400000)</source>
        <translation>Decimal (4194304) ou hexadecimal (0x400000)</translation>
    </message>
    <message>
        <source>Start as a size</source>
        <translation>Início (KiB/MiB)</translation>
    </message>
    <message>
        <source>Length as a size</source>
        <translation>Tamanho (KiB/MiB)</translation>
    </message>
    <message>
        <source>Range problem</source>
        <translation>Problema no intervalo</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Início:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Tamanho:</translation>
    </message>
    <message>
        <source>Whole flash (size found from the phone)</source>
        <translation>Flash inteira (tamanho obtido do telefone)</translation>
    </message>
    <message>
        <source>%1 from the start</source>
        <translation>%1 a partir do início</translation>
    </message>
    <message>
        <source>MT6261 phones have 4, 8 or 16 MiB of flash. The whole flash is read by default: MTreader finds its size from the phone.</source>
        <translation>Os telefones MT6261 têm 4, 8 ou 16 MiB de flash. Por padrão, a flash inteira é lida: o MTreader obtém o tamanho dela do telefone.</translation>
    </message>
    <message>
        <source>found from the phone</source>
        <translation>obtido do telefone</translation>
    </message>
</context>
<context>
    <name>ResumeState</name>
    <message>
        <source>Cannot read the resume file %1: %2.</source>
        <translation>Não foi possível ler o arquivo de retomada %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a resume file.</source>
        <translation>%1 não é um arquivo de retomada.</translation>
    </message>
    <message>
        <source>The resume file %1 is damaged.</source>
        <translation>O arquivo de retomada %1 está danificado.</translation>
    </message>
    <message>
        <source>This is another phone: its chip is %1, the partial dump is from %2.</source>
        <translation>Este é outro telefone: o chip dele é %1, e o dump parcial é de um %2.</translation>
    </message>
    <message>
        <source>This is another phone: its ME ID is %1, the partial dump is from %2.</source>
        <translation>Este é outro telefone: o ME ID dele é %1, e o dump parcial é de %2.</translation>
    </message>
</context>
<context>
    <name>SerialTransport</name>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Não foi possível abrir %1: %2.</translation>
    </message>
    <message>
        <source>%1 is locked by another program.</source>
        <translation>%1 está bloqueado por outro programa.</translation>
    </message>
</context>
<context>
    <name>SessionRecorder</name>
    <message>
        <source>This phone was dumped before: %1, to %2.</source>
        <translation>Já foi feito dump deste telefone: %1, em %2.</translation>
    </message>
</context>
<context>
    <name>SettingsColumn</name>
    <message>
        <source>Keep going with the next phone</source>
        <translation>Continuar com o próximo telefone</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>What to read</source>
        <translation>O que ler</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Salvar em</translation>
    </message>
    <message>
        <source>&amp;Dump</source>
        <translation>Fazer &amp;dump</translation>
    </message>
    <message>
        <source>Dump the flash</source>
        <translation>Fazer dump da flash</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancel the dump</source>
        <translation>Cancelar o dump</translation>
    </message>
    <message>
        <source>Start, then connect the phone when asked (Ctrl+Return)</source>
        <translation>Iniciar e, quando solicitado, conectar o telefone (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>V&amp;erificar</translation>
    </message>
    <message>
        <source>Verify by reading twice</source>
        <translation>Verificar lendo duas vezes</translation>
    </message>
    <message>
        <source>Reads everything a second time and compares; blocks that differ are read again until two reads agree. Takes about twice as long.</source>
        <translation>Lê tudo uma segunda vez e compara; os blocos diferentes são lidos de novo até duas leituras coincidirem. Leva cerca do dobro do tempo.</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>Modo c&amp;ontínuo</translation>
    </message>
    <message>
        <source>For a stack of phones: after each one, wait for the next. Each dump gets its own file name in the same folder.</source>
        <translation>Para uma pilha de telefones: depois de cada um, aguardar o próximo. Cada dump recebe seu próprio nome de arquivo na mesma pasta.</translation>
    </message>
    <message>
        <source>Sound and alert for each phone</source>
        <translation>Som e alerta a cada telefone</translation>
    </message>
    <message>
        <source>Sound and alert when a phone is done</source>
        <translation>Som e alerta quando um telefone termina</translation>
    </message>
</context>
<context>
    <name>ShowInFolder</name>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar na pasta</translation>
    </message>
    <message>
        <source>No file manager opened the folder. The dump is in:
%1</source>
        <translation>Nenhum gerenciador de arquivos abriu a pasta. O dump está em:
%1</translation>
    </message>
    <message>
        <source>Copy the path</source>
        <translation>Copiar o caminho</translation>
    </message>
</context>
<context>
    <name>StackSummary</name>
    <message numerus="yes">
        <source>Keep going: %n dumped</source>
        <translation>
            <numerusform>Modo contínuo: %n dump feito</numerusform>
            <numerusform>Modo contínuo: %n dumps feitos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n com falha</numerusform>
            <numerusform>%n com falha</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones of this session, newest first</source>
        <translation>Telefones desta sessão, do mais recente ao mais antigo</translation>
    </message>
    <message>
        <source>phone not identified</source>
        <translation>telefone não identificado</translation>
    </message>
    <message>
        <source>ME ID %1</source>
        <translation>ME ID %1</translation>
    </message>
    <message>
        <source>%1 ✓ %2: %3</source>
        <translation>%1 ✓ %2: %3</translation>
    </message>
    <message>
        <source>%1 ✗ %2: %3</source>
        <translation>%1 ✗ %2: %3</translation>
    </message>
</context>
<context>
    <name>StagePanels</name>
    <message>
        <source>Choose what to read and where to save it, then click Dump. MTreader then tells you how to connect the phone and finds it by itself.</source>
        <translation>Escolha o que ler e onde salvar e clique em Fazer dump. O MTreader então explica como conectar o telefone e o encontra sozinho.</translation>
    </message>
</context>
<context>
    <name>StageText</name>
    <message>
        <source>Turn the phone off. Hold the boot key (usually Call) and connect the USB cable.</source>
        <translation>Desligue o telefone. Segure a tecla de boot (geralmente a de chamada) e conecte o cabo USB.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Waiting for the phone</source>
        <translation>Aguardando o telefone</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Phone identified</source>
        <translation>Telefone identificado</translation>
    </message>
    <message>
        <source>Reading the flash</source>
        <translation>Lendo a flash</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>Resetting the phone</source>
        <translation>Reiniciando o telefone</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falha</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>TargetQuestions</name>
    <message>
        <source>No output file</source>
        <translation>Nenhum arquivo de saída</translation>
    </message>
    <message>
        <source>Choose where to save the dump first.</source>
        <translation>Primeiro escolha onde salvar o dump.</translation>
    </message>
    <message>
        <source>No such folder</source>
        <translation>Pasta inexistente</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another place with Save as.</source>
        <translation>A pasta %1 não existe. Escolha outro local com Salvar como.</translation>
    </message>
    <message>
        <source>That is a folder</source>
        <translation>Isso é uma pasta</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name for the dump with Save as.</source>
        <translation>%1 é uma pasta. Escolha um nome de arquivo para o dump com Salvar como.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Substituir o arquivo?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new dump?</source>
        <translation>%1 já existe. Substituí-lo pelo novo dump?</translation>
    </message>
    <message>
        <source>Continue the earlier dump?</source>
        <translation>Continuar o dump anterior?</translation>
    </message>
    <message>
        <source>A partial dump of %1 is already there. Continue it with the same phone?

To start over instead, choose another file name.</source>
        <translation>Já existe um dump parcial de %1. Continuar com o mesmo telefone?

Para começar do zero, escolha outro nome de arquivo.</translation>
    </message>
    <message>
        <source>That folder cannot be written</source>
        <translation>Não é possível gravar nessa pasta</translation>
    </message>
    <message>
        <source>MTreader cannot save into %1: %2. Choose another folder with Save as before you connect the phone.</source>
        <translation>O MTreader não consegue salvar em %1: %2. Escolha outra pasta com Salvar como antes de conectar o telefone.</translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message>
        <source>measuring speed</source>
        <translation>medindo a velocidade</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation>estimando o tempo restante</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>falta cerca de %n s</numerusform>
            <numerusform>faltam cerca de %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>faltam %1:%2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1, hardware %2, software %3, %4</source>
        <translation>%1, hardware %2, software %3, %4</translation>
    </message>
</context>
<context>
    <name>UnfinishedDumps</name>
    <message>
        <source>Unfinished dumps: connect the same phone and continue where it stopped.</source>
        <translation>Dumps incompletos: conecte o mesmo telefone e continue de onde parou.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 read</source>
        <translation>%1: %2 de %3 lidos</translation>
    </message>
    <message>
        <source>%1: %2 read</source>
        <translation>%1: %2 lidos</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>Continu&amp;ar</translation>
    </message>
    <message>
        <source>Continue the dump into %1</source>
        <translation>Continuar o dump em %1</translation>
    </message>
</context>
<context>
    <name>VerifyPass</name>
    <message>
        <source>Cannot read back %1: %2.</source>
        <translation>Não foi possível reler %1: %2.</translation>
    </message>
    <message>
        <source>Cannot correct %1: %2.</source>
        <translation>Não foi possível corrigir %1: %2.</translation>
    </message>
</context>
<context>
    <name>VirtualFaults</name>
    <message>
        <source>bad fault &quot;%1&quot;: expected KIND[@OFFSET][xTIMES]</source>
        <translation>falha inválida &quot;%1&quot;: esperado KIND[@OFFSET][xTIMES]</translation>
    </message>
    <message>
        <source>unknown fault &quot;%1&quot;; known: %2</source>
        <translation>falha desconhecida &quot;%1&quot;; conhecidas: %2</translation>
    </message>
    <message>
        <source>bad fault offset &quot;%1&quot;</source>
        <translation>offset de falha inválido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>bad fault count &quot;%1&quot;</source>
        <translation>contagem de falha inválida &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>VirtualPhoneRack</name>
    <message>
        <source>MTreader virtual phone</source>
        <translation>Telefone virtual do MTreader</translation>
    </message>
    <message>
        <source>There is no virtual port %1.</source>
        <translation>Não existe a porta virtual %1.</translation>
    </message>
    <message>
        <source>The virtual port %1 is not present.</source>
        <translation>A porta virtual %1 não está presente.</translation>
    </message>
    <message>
        <source>The virtual port %1 is already open.</source>
        <translation>A porta virtual %1 já está aberta.</translation>
    </message>
</context>
<context>
    <name>VirtualTransport</name>
    <message>
        <source>The virtual phone is gone: it booted normally, as no handshake came in time</source>
        <translation>O telefone virtual sumiu: ele iniciou normalmente, pois nenhum handshake chegou a tempo</translation>
    </message>
    <message>
        <source>The virtual phone is gone after a software reset</source>
        <translation>O telefone virtual sumiu após um reinício por software</translation>
    </message>
    <message>
        <source>The virtual phone is gone after a watchdog reset</source>
        <translation>O telefone virtual sumiu após um reinício por watchdog</translation>
    </message>
    <message>
        <source>The virtual phone is gone: it lost power</source>
        <translation>O telefone virtual sumiu: ele perdeu energia</translation>
    </message>
    <message>
        <source>The virtual phone is gone: its cable was pulled</source>
        <translation>O telefone virtual sumiu: o cabo dele foi puxado</translation>
    </message>
    <message>
        <source>The virtual phone is gone: it was unplugged</source>
        <translation>O telefone virtual sumiu: ele foi desconectado</translation>
    </message>
    <message>
        <source>The virtual phone is gone</source>
        <translation>O telefone virtual sumiu</translation>
    </message>
</context>
<context>
    <name>WaitingPanel</name>
    <message>
        <source>Picture: a phone with a finger on the Call key and a USB cable</source>
        <translation>Imagem: um telefone com um dedo na tecla de chamada e um cabo USB</translation>
    </message>
    <message>
        <source>Some phones, e.g. Nokia-made MT6260 models, must be connected without the battery: take it out, connect the cable, then put it back only after the dump.</source>
        <translation>Alguns telefones, como os modelos MT6260 fabricados pela Nokia, precisam ser conectados sem a bateria: retire-a, conecte o cabo e só recoloque a bateria depois do dump.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Watching for any MediaTek phone (USB id 0E8D:0003).</source>
        <translation>Aguardando qualquer telefone MediaTek (ID USB 0E8D:0003).</translation>
    </message>
    <message>
        <source>Watching for %1.</source>
        <translation>Aguardando %1.</translation>
    </message>
    <message>
        <source>Unplug the phone you just dumped, then connect the next one: turned off, boot key (usually Call) held.</source>
        <translation>Desconecte o telefone que acabou de ser lido e conecte o próximo: desligado, com a tecla de boot (geralmente a de chamada) pressionada.</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>SEGURE</translation>
    </message>
    <message>
        <source>Dump it a&amp;gain anyway</source>
        <translation>Fazer dump de &amp;novo mesmo assim</translation>
    </message>
    <message>
        <source>Dump the same phone again</source>
        <translation>Fazer dump do mesmo telefone de novo</translation>
    </message>
    <message>
        <source>This is the phone you just dumped (ME ID %1): it came back because the boot key is still held. Release the key and unplug it, then connect the next phone.</source>
        <translation>Este é o telefone que acabou de ser lido (ME ID %1): ele voltou porque a tecla de boot ainda está pressionada. Solte a tecla e desconecte-o; depois conecte o próximo telefone.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Reads the flash of MediaTek MT6261/MT6260 feature phones through the BootROM USB port.</source>
        <translation>Lê a flash de celulares básicos MediaTek MT6261/MT6260 pela porta USB do BootROM.</translation>
    </message>
    <message>
        <source>Start a dump against a built-in virtual phone at once (as Help &gt; Try with a virtual phone, then Dump).</source>
        <translation>Iniciar imediatamente um dump com um telefone virtual embutido (como Ajuda &gt; Testar com um telefone virtual e depois Fazer dump).</translation>
    </message>
    <message>
        <source>kind[@offset][xtimes]</source>
        <translation>tipo[@offset][xvezes]</translation>
    </message>
    <message>
        <source>mtreader: bad --demo-fault %1: %2</source>
        <translation>mtreader: --demo-fault inválido %1: %2</translation>
    </message>
    <message>
        <source>Open File &gt; Dump several phones at once with this many virtual phones dumping at the same time.</source>
        <translation>Abrir Arquivo &gt; Fazer dump de vários telefones ao mesmo tempo com esta quantidade de telefones virtuais fazendo dump simultaneamente.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>quantidade</translation>
    </message>
    <message>
        <source>Show the window in this language for this run, e.g. ru, ar or zh_CN (en for English). View &gt; Language chooses it for good.</source>
        <translation>Mostrar a janela neste idioma só nesta execução, por exemplo ru, ar ou zh_CN (en para inglês). Exibir &gt; Idioma define a escolha de forma permanente.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>mtreader: unknown language %1; known: %2</source>
        <translation>mtreader: idioma desconhecido %1; conhecidos: %2</translation>
    </message>
    <message>
        <source>mtreader: --demo-jobs takes a number from 1 to 16</source>
        <translation>mtreader: --demo-jobs precisa de um número de 1 a 16</translation>
    </message>
    <message>
        <source>With --demo: the virtual phone plays this fault, e.g. cable-pulled@0x100000, or error-status@0x80000x3 (three times; x0 means always). Repeatable.</source>
        <translation>Com --demo: o telefone virtual simula esta falha, por exemplo cable-pulled@0x100000, ou error-status@0x80000x3 (três vezes; x0 significa sempre). Pode ser repetido.</translation>
    </message>
    <message>
        <source>With --demo: the virtual phone&apos;s flash, 4M, 8M or 16M (default 4M).</source>
        <translation>Com --demo: a flash do telefone virtual, 4M, 8M ou 16M (padrão 4M).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamanho</translation>
    </message>
    <message>
        <source>mtreader: --demo-flash takes 4M, 8M or 16M</source>
        <translation>mtreader: --demo-flash aceita 4M, 8M ou 16M</translation>
    </message>
</context>
</TS>
