<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AdvancedOptions</name>
    <message>
        <source>&amp;Advanced</source>
        <translation>Avan&amp;zado</translation>
    </message>
    <message>
        <source>Show advanced options</source>
        <translation>Mostrar las opciones avanzadas</translation>
    </message>
    <message>
        <source>%1 (unproven on real phones)</source>
        <translation>%1 (no probado en teléfonos reales)</translation>
    </message>
    <message>
        <source>Block size</source>
        <translation>Tamaño de bloque</translation>
    </message>
    <message>
        <source>How much is asked for in one read command. 1 KiB is what the original tool used.</source>
        <translation>Cuántos datos se piden en un comando de lectura. La herramienta original usaba 1 KiB.</translation>
    </message>
    <message>
        <source>Careful mode</source>
        <translation>Modo cauteloso</translation>
    </message>
    <message>
        <source>&amp;Block size:</source>
        <translation>Tamaño de &amp;bloque:</translation>
    </message>
    <message>
        <source>Careful &amp;mode</source>
        <translation>Modo c&amp;auteloso</translation>
    </message>
    <message>
        <source>Waits for every answer before asking for more. Slower; for phones that keep failing.</source>
        <translation>Espera cada respuesta antes de pedir más. Más lento; para teléfonos que fallan una y otra vez.</translation>
    </message>
    <message>
        <source>A&amp;ny address</source>
        <translation>Cualquier &amp;dirección</translation>
    </message>
    <message>
        <source>Allows ranges at %1 and above: RAM and registers, not flash.</source>
        <translation>Permite rangos desde %1 en adelante: RAM y registros, no flash.</translation>
    </message>
    <message>
        <source>Allow any address</source>
        <translation>Permitir cualquier dirección</translation>
    </message>
</context>
<context>
    <name>BromClient</name>
    <message>
        <source>Wrong echo of the %1 command.</source>
        <translation>Eco incorrecto del comando %1.</translation>
    </message>
    <message>
        <source>Wrong echo of the %1 address.</source>
        <translation>Eco incorrecto de la dirección de %1.</translation>
    </message>
    <message>
        <source>Wrong echo of the %1 count.</source>
        <translation>Eco incorrecto del recuento de %1.</translation>
    </message>
    <message>
        <source>Wrong echo of the %1 value.</source>
        <translation>Eco incorrecto del valor de %1.</translation>
    </message>
    <message>
        <source>Error status %1 after the %2 command.</source>
        <translation>Estado de error %1 tras el comando %2.</translation>
    </message>
    <message>
        <source>Unexpected status %1 after the %2 command.</source>
        <translation>Estado inesperado %1 tras el comando %2.</translation>
    </message>
    <message>
        <source>Error status %1 after the %2 data.</source>
        <translation>Estado de error %1 tras los datos de %2.</translation>
    </message>
    <message>
        <source>Unexpected status %1 after the %2 data.</source>
        <translation>Estado inesperado %1 tras los datos de %2.</translation>
    </message>
    <message>
        <source>Error status %1 after the %2 value.</source>
        <translation>Estado de error %1 tras el valor de %2.</translation>
    </message>
    <message>
        <source>Unexpected status %1 after the %2 value.</source>
        <translation>Estado inesperado %1 tras el valor de %2.</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Cancelado por el usuario.</translation>
    </message>
    <message>
        <source>Writing to the port failed: %1.</source>
        <translation>Falló la escritura en el puerto: %1.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %1 ms; %n byte(s) expected.</source>
        <translation>
            <numerusform>Sin respuesta en %1 ms; se esperaba %n byte.</numerusform>
            <numerusform>Sin respuesta en %1 ms; se esperaban %n bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %n byte(s) arrived, then silence.</source>
        <translation>
            <numerusform>Solo llegaron %1 de %n byte y luego silencio.</numerusform>
            <numerusform>Solo llegaron %1 de %n bytes y luego silencio.</numerusform>
        </translation>
    </message>
    <message>
        <source>The port went away: %1.</source>
        <translation>El puerto desapareció: %1.</translation>
    </message>
    <message numerus="yes">
        <source>No BootROM answer after %n attempt(s) in %1 ms.</source>
        <translation>
            <numerusform>El BootROM no respondió tras %n intento en %1 ms.</numerusform>
            <numerusform>El BootROM no respondió tras %n intentos en %1 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected ME ID length %1.</source>
        <translation>Longitud de ME ID inesperada: %1.</translation>
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
        <translation>Códigos de salida:
  0    el volcado se guardó (y se verificó, con --verify)
  1    error interno inesperado
  2    error de uso: argumentos, rango o tamaño de bloque incorrectos
  3    no hay teléfono: no apareció ningún puerto a tiempo o nada respondió como un BootROM
  4    acceso al puerto: permiso denegado, puerto ocupado o no se pudo abrir
  5    error de protocolo: el teléfono dejó de responder, respondió mal,
       se desconectó, o el volcado no se pudo reanudar o verificar
  6    error de salida: FILE ya existe (use --force), no se puede escribir, disco lleno
  130  cancelado con Ctrl-C o SIGTERM
Tras un código 5 o 130 suele quedar un volcado parcial junto a FILE;
ejecute el mismo comando con --resume para continuarlo.
</translation>
    </message>
    <message>
        <source>--%1 needs a number of seconds, such as 30 or 0.5, not &quot;%2&quot;.</source>
        <translation>--%1 necesita un número de segundos, como 30 o 0.5, no «%2».</translation>
    </message>
    <message>
        <source>Serial port of the phone (/dev/ttyACM0, COM5), a path that appears when the phone is connected, or &quot;auto&quot; for the first MediaTek BootROM port (0E8D:0003).</source>
        <translation>Puerto serie del teléfono (/dev/ttyACM0, COM5), una ruta que aparece al conectar el teléfono, o &quot;auto&quot; para el primer puerto BootROM de MediaTek (0E8D:0003).</translation>
    </message>
    <message>
        <source>The file to save the dump to.</source>
        <translation>El archivo donde guardar el volcado.</translation>
    </message>
    <message>
        <source>Bytes per READ32 command (default %1; 1024 and 4096 are proven on phones).</source>
        <translation>Bytes por comando READ32 (por defecto %1; 1024 y 4096 están probados en teléfonos).</translation>
    </message>
    <message>
        <source>Seconds to wait for the phone&apos;s port to appear (default: wait until Ctrl-C).</source>
        <translation>Segundos que se espera a que aparezca el puerto del teléfono (por defecto: hasta Ctrl-C).</translation>
    </message>
    <message>
        <source>Seconds to try the BootROM handshake once the port is open (default %1).</source>
        <translation>Segundos que se intenta el saludo con el BootROM una vez abierto el puerto (por defecto %1).</translation>
    </message>
    <message>
        <source>Do not reset the phone after the dump.</source>
        <translation>No reiniciar el teléfono después del volcado.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object on stdout.</source>
        <translation>Mostrar el resultado como un único objeto JSON en stdout.</translation>
    </message>
    <message>
        <source>Overwrite FILE if it exists.</source>
        <translation>Sobrescribir FILE si ya existe.</translation>
    </message>
    <message>
        <source>Continue a partial dump of the same range and phone (FILE.part).</source>
        <translation>Continuar un volcado parcial del mismo rango y teléfono (FILE.part).</translation>
    </message>
    <message>
        <source>Read everything twice and compare.</source>
        <translation>Leer todo dos veces y comparar.</translation>
    </message>
    <message>
        <source>Print every step of the session.</source>
        <translation>Mostrar cada paso de la sesión.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>Too many arguments: expected PORT FILE START LENGTH; &quot;%1&quot; is one too many.</source>
        <translation>Demasiados argumentos: se esperaban PORT FILE START LENGTH; «%1» sobra.</translation>
    </message>
    <message>
        <source>FILE is empty: name the file to save the dump to.</source>
        <translation>FILE está vacío: indique el archivo donde guardar el volcado.</translation>
    </message>
    <message>
        <source>The block size &quot;%1&quot; is not a number.</source>
        <translation>El tamaño de bloque «%1» no es un número.</translation>
    </message>
    <message>
        <source>--pipeline needs a number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--pipeline necesita un número de 1 a %1, no «%2».</translation>
    </message>
    <message>
        <source>--handshake-timeout must be more than zero.</source>
        <translation>--handshake-timeout debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>Waiting for a MediaTek phone (USB 0E8D:0003)…</source>
        <translation>Esperando un teléfono MediaTek (USB 0E8D:0003)…</translation>
    </message>
    <message>
        <source>Waiting for the phone on %1…</source>
        <translation>Esperando el teléfono en %1…</translation>
    </message>
    <message>
        <source>Verifying: reading the range a second time…</source>
        <translation>Verificando: leyendo el rango por segunda vez…</translation>
    </message>
    <message>
        <source>Resetting the phone…</source>
        <translation>Reiniciando el teléfono…</translation>
    </message>
    <message>
        <source>Port %1 is open; greeting the BootROM…</source>
        <translation>Puerto %1 abierto; saludando al BootROM…</translation>
    </message>
    <message>
        <source>Connected: %1, hw %2, sw %3, BROM %4, ME ID %5</source>
        <translation>Conectado: %1, hw %2, sw %3, BROM %4, ME ID %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Warning: this is not an MT6261 or MT6260; the dump goes on, but check the result.</source>
        <translation>Aviso: no es un MT6261 ni un MT6260; el volcado continúa, pero revise el resultado.</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Leyendo</translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation>%1 KiB/s</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>faltan %1</translation>
    </message>
    <message>
        <source>, verified by a second read</source>
        <translation>, verificado con una segunda lectura</translation>
    </message>
    <message>
        <source>Saved %1 (%2)%3.
</source>
        <translation>Guardado: %1 (%2)%3.
</translation>
    </message>
    <message>
        <source>Saved %1 (%2) in %3 s at %4 KiB/s%5.
</source>
        <translation>Guardado: %1 (%2) en %3 s a %4 KiB/s%5.
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
        <translation>El teléfono no se reinició (--no-reset): desconéctelo para apagarlo.
</translation>
    </message>
    <message>
        <source>The reset was not confirmed: unplug the phone.
</source>
        <translation>No se confirmó el reinicio: desconecte el teléfono.
</translation>
    </message>
    <message>
        <source>%1 was left untouched. Add --force to overwrite it.</source>
        <translation>%1 no se ha modificado. Añada --force para sobrescribirlo.</translation>
    </message>
    <message>
        <source>The first read is kept as %1.</source>
        <translation>La primera lectura se conserva como %1.</translation>
    </message>
    <message>
        <source>What was read so far is kept in %1 (%2). To continue where it stopped, reconnect the phone with the boot key held and run:</source>
        <translation>Lo leído hasta ahora se conserva en %1 (%2). Para continuar donde se detuvo, vuelva a conectar el teléfono con la tecla de arranque presionada y ejecute:</translation>
    </message>
    <message>
        <source>Error: %1
</source>
        <translation>Error: %1
</translation>
    </message>
    <message>
        <source>Details: %1
</source>
        <translation>Detalles: %1
</translation>
    </message>
    <message>
        <source>Note: block size %1 is not proven on real phones (1024 and 4096 are). If the dump fails, try -bs 1024.
</source>
        <translation>Nota: el tamaño de bloque %1 no está probado en teléfonos reales (1024 y 4096 sí). Si el volcado falla, pruebe -bs 1024.
</translation>
    </message>
    <message>
        <source>The dump failed for an unknown reason.
</source>
        <translation>El volcado falló por un motivo desconocido.
</translation>
    </message>
    <message>
        <source>Careful mode: wait for every answer like the original tool (same as --pipeline 1).</source>
        <translation>Modo cauteloso: esperar cada respuesta como la herramienta original (igual que --pipeline 1).</translation>
    </message>
    <message>
        <source>--careful and --pipeline %1 contradict each other.</source>
        <translation>--careful y --pipeline %1 se contradicen.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>failed (%1)</source>
        <translation>error (%1)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <source>Usage: mtreader-cli history [--json] [--me-id ID] [--since DATE]
</source>
        <translation>Uso: mtreader-cli history [--json] [--me-id ID] [--since DATE]
</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
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
        <translation>Rango</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Lists the dumps recorded in the dump history, newest first.</source>
        <translation>Muestra los volcados registrados en el historial de volcados, del más reciente al más antiguo.</translation>
    </message>
    <message>
        <source>Print the attempts as one JSON array on stdout.</source>
        <translation>Mostrar los intentos como un único array JSON en stdout.</translation>
    </message>
    <message>
        <source>Only attempts on the phone whose ME ID starts with ID (hex).</source>
        <translation>Solo los intentos con el teléfono cuyo ME ID empieza por ID (hex).</translation>
    </message>
    <message>
        <source>Only attempts started at or after DATE (2026-11-30 or 2026-11-30T14:00).</source>
        <translation>Solo los intentos iniciados en DATE o después (2026-11-30 o 2026-11-30T14:00).</translation>
    </message>
    <message>
        <source>history takes no arguments; &quot;%1&quot; is one too many.</source>
        <translation>history no admite argumentos; «%1» sobra.</translation>
    </message>
    <message>
        <source>--me-id needs hex digits, such as 3A7F, not &quot;%1&quot;.</source>
        <translation>--me-id necesita dígitos hexadecimales, como 3A7F, no «%1».</translation>
    </message>
    <message>
        <source>--since needs a date such as 2026-11-30 or 2026-11-30T14:00, not &quot;%1&quot;.</source>
        <translation>--since necesita una fecha como 2026-11-30 o 2026-11-30T14:00, no «%1».</translation>
    </message>
    <message>
        <source>No dumps recorded in %1.
</source>
        <translation>No hay volcados registrados en %1.
</translation>
    </message>
    <message>
        <source>Tells what a dump holds: firmware, flash chip, user data, content.</source>
        <translation>Indica qué contiene un volcado: firmware, chip de flash, datos de usuario, contenido.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>El comando.</translation>
    </message>
    <message>
        <source>A dump file, made by MTreader or another tool.</source>
        <translation>Un archivo de volcado, hecho con MTreader o con otra herramienta.</translation>
    </message>
    <message>
        <source>Print it as one JSON object.</source>
        <translation>Mostrarlo como un único objeto JSON.</translation>
    </message>
    <message>
        <source>Save a picture of the flash as PNG.</source>
        <translation>Guardar una imagen de la flash en PNG.</translation>
    </message>
    <message>
        <source>Flash address of the dump&apos;s first byte (default: from its report, else 0).</source>
        <translation>Dirección de flash del primer byte del volcado (por defecto: la de su informe o, si no hay, 0).</translation>
    </message>
    <message>
        <source>Usage: mtreader-cli info DUMP [--json] [--map PNG]</source>
        <translation>Uso: mtreader-cli info DUMP [--json] [--map PNG]</translation>
    </message>
    <message>
        <source>--start needs an address below 4 GiB such as 0 or 0x100000, not &quot;%1&quot;.
</source>
        <translation>--start necesita una dirección por debajo de 4 GiB, como 0 o 0x100000, no «%1».
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2
</source>
        <translation>No se puede leer %1: %2
</translation>
    </message>
    <message>
        <source>Cannot save the map to %1.
</source>
        <translation>No se puede guardar el mapa en %1.
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
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>%1, ME ID %2</source>
        <translation>%1, ME ID %2</translation>
    </message>
    <message>
        <source>not known: no report next to the file</source>
        <translation>desconocido: no hay informe junto al archivo</translation>
    </message>
    <message>
        <source>Flash size</source>
        <translation>Tamaño de flash</translation>
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
        <translation>Datos de usuario</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>File info</source>
        <translation>Información de archivo</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>READ32 commands kept in flight, 1 to %1 (default: as many as the link needs).</source>
        <translation>Comandos READ32 pendientes a la vez, de 1 a %1 (por defecto: tantos como necesite el enlace).</translation>
    </message>
    <message>
        <source>Allow a range at or above 0x10000000 (the phone&apos;s RAM and registers, not flash).</source>
        <translation>Permitir un rango en 0x10000000 o por encima (la RAM y los registros del teléfono, no la flash).</translation>
    </message>
    <message>
        <source>Do not look into the dump: no FILE.report.json, and no flash size probe for a range given in full.</source>
        <translation>No analizar el volcado: sin FILE.report.json ni sondeo del tamaño de la flash para un rango indicado completo.</translation>
    </message>
    <message>
        <source>Do not record this dump in the dump history (see mtreader-cli history --help).</source>
        <translation>No registrar este volcado en el historial de volcados (véase mtreader-cli history --help).</translation>
    </message>
    <message>
        <source>Reads the flash of a MediaTek MT6261/MT6260 feature phone through its BootROM USB port
and saves it into FILE: the whole flash, its size found from the phone, or LENGTH bytes
from address START. START and LENGTH are decimal (4194304), hex (0x400000) or sizes (4M).
A report of what the dump holds is written next to it (FILE.report.json).

mtreader-cli info DUMP [--json] [--map PNG] tells what an existing dump holds.</source>
        <translation>Lee la flash de un teléfono básico MediaTek MT6261/MT6260 por su puerto USB de BootROM
y la guarda en FILE: toda la flash, con su tamaño obtenido del teléfono, o LENGTH bytes
desde la dirección START. START y LENGTH son decimales (4194304), hexadecimales (0x400000) o tamaños (4M).
Junto al volcado se escribe un informe de su contenido (FILE.report.json).

mtreader-cli info DUMP [--json] [--map PNG] indica qué contiene un volcado existente.</translation>
    </message>
    <message>
        <source>First flash address to read, such as 0 (optional).</source>
        <translation>Primera dirección de flash que leer, como 0 (opcional).</translation>
    </message>
    <message>
        <source>Number of bytes to read, such as 0x400000 or 4M.</source>
        <translation>Número de bytes que leer, como 0x400000 o 4M.</translation>
    </message>
    <message numerus="yes">
        <source>Missing arguments: expected PORT FILE, or PORT FILE START LENGTH; got %n.</source>
        <translation>
            <numerusform>Faltan argumentos: se esperaba PORT FILE o PORT FILE START LENGTH; se recibió %n.</numerusform>
            <numerusform>Faltan argumentos: se esperaba PORT FILE o PORT FILE START LENGTH; se recibieron %n.</numerusform>
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
        <translation>Uso: mtreader-cli [opciones] PORT FILE [START LENGTH]
Ejecute mtreader-cli --help para ver las opciones y los códigos de salida.
</translation>
    </message>
    <message>
        <source>Reading %1 from %2 into %3…</source>
        <translation>Leyendo %1 desde %2 en %3…</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo: a virtual phone will be connected for you. Its dumps go to %1, apart from real ones.</source>
        <translation>Demo: se conectará automáticamente un teléfono virtual. Sus volcados van a %1, separados de los reales.</translation>
    </message>
    <message>
        <source>Its &amp;flash:</source>
        <translation>Su &amp;flash:</translation>
    </message>
    <message>
        <source>Flash size of the virtual phone</source>
        <translation>Tamaño de flash del teléfono virtual</translation>
    </message>
</context>
<context>
    <name>DonePanel</name>
    <message>
        <source>Cop&amp;y</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>Show in f&amp;older</source>
        <translation>Mostrar en la carp&amp;eta</translation>
    </message>
    <message>
        <source>Done: the dump is saved</source>
        <translation>Listo: el volcado está guardado</translation>
    </message>
    <message>
        <source>Saved file</source>
        <translation>Archivo guardado</translation>
    </message>
    <message>
        <source>SHA-256 of the dump</source>
        <translation>SHA-256 del volcado</translation>
    </message>
    <message>
        <source>Copy the SHA-256</source>
        <translation>Copiar el SHA-256</translation>
    </message>
    <message>
        <source>Show the dump in its folder</source>
        <translation>Mostrar el volcado en su carpeta</translation>
    </message>
    <message>
        <source>Dump another phone</source>
        <translation>Volcar otro teléfono</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
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
        <translation>Verificado: una segunda lectura coincidió byte a byte.</translation>
    </message>
    <message>
        <source>The phone was told to restart; you can unplug it.</source>
        <translation>Se ordenó al teléfono que se reiniciara; ya puede desconectarlo.</translation>
    </message>
    <message>
        <source>Unplug the phone now.</source>
        <translation>Desconecte el teléfono ahora.</translation>
    </message>
    <message>
        <source>Open the &amp;report</source>
        <translation>Abrir el in&amp;forme</translation>
    </message>
    <message>
        <source>Dump anot&amp;her phone</source>
        <translation>Volcar ot&amp;ro teléfono</translation>
    </message>
    <message>
        <source>Open the report written next to the dump</source>
        <translation>Abrir el informe escrito junto al volcado</translation>
    </message>
    <message>
        <source>the dump could not be read back</source>
        <translation>no se pudo volver a leer el volcado</translation>
    </message>
    <message>
        <source>read in %1</source>
        <translation>leído en %1</translation>
    </message>
    <message>
        <source>read in %1 in all, %2 of it now (continued after %3)</source>
        <translation>leído en %1 en total, %2 en esta sesión (reanudado tras %3)</translation>
    </message>
    <message>
        <source>%1 (%2 bytes) from %3, %4.</source>
        <translation>%1 (%2 bytes) desde %3, %4.</translation>
    </message>
</context>
<context>
    <name>DumpController</name>
    <message>
        <source>The dump thread ended without a result.</source>
        <translation>El hilo del volcado terminó sin resultado.</translation>
    </message>
</context>
<context>
    <name>DumpError</name>
    <message>
        <source>Expected %1, received nothing.</source>
        <translation>Se esperaba %1 y no se recibió nada.</translation>
    </message>
    <message>
        <source>Expected %1, received %2.</source>
        <translation>Se esperaba %1 y se recibió %2.</translation>
    </message>
    <message>
        <source>Last bytes received: %1.</source>
        <translation>Últimos bytes recibidos: %1.</translation>
    </message>
    <message>
        <source>At flash offset %1.</source>
        <translation>En el desplazamiento %1 de la flash.</translation>
    </message>
    <message>
        <source>On the port %1.</source>
        <translation>En el puerto %1.</translation>
    </message>
</context>
<context>
    <name>DumpFlow</name>
    <message>
        <source>the whole flash</source>
        <translation>toda la flash</translation>
    </message>
    <message>
        <source> (resuming)</source>
        <translation> (reanudando)</translation>
    </message>
    <message>
        <source>Demo: virtual phone %1 plugs in in %2 s</source>
        <translation>Demo: el teléfono virtual %1 se conecta en %2 s</translation>
    </message>
    <message>
        <source>Keep going: waiting for the next phone</source>
        <translation>Modo continuo: esperando al siguiente teléfono</translation>
    </message>
    <message>
        <source>Stopped waiting for the next phone.</source>
        <translation>Se dejó de esperar al siguiente teléfono.</translation>
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
        <translation>Guardado: %1, SHA-256 %2</translation>
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
        <translation>la flash</translation>
    </message>
    <message>
        <source>%1 of %2 is kept in %3.</source>
        <translation>Se conservan %1 de %2 en %3.</translation>
    </message>
    <message>
        <source>The last phone failed: %1</source>
        <translation>El último teléfono falló: %1</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>Guardado: %1 (%2).</translation>
    </message>
    <message>
        <source>Dump of %1 from %2 to %3%4</source>
        <translation>Volcado de %1 desde %2 a %3%4</translation>
    </message>
</context>
<context>
    <name>DumpHistory</name>
    <message>
        <source>The dump history %1 is in use by another program, so the last dump is kept in memory and recorded as soon as the file is free again. Dumps go on as usual.</source>
        <translation>El historial de volcados %1 está en uso por otro programa, así que el último volcado se guarda en memoria y se registrará en cuanto el archivo quede libre. Los volcados siguen con normalidad.</translation>
    </message>
    <message>
        <source>The dump history %1 was written by a newer version of MTreader, so this version does not record in it. Dumps go on as usual; use the newer version to see the history.</source>
        <translation>El historial de volcados %1 lo escribió una versión más reciente de MTreader, así que esta versión no registra nada en él. Los volcados siguen con normalidad; use la versión más reciente para ver el historial.</translation>
    </message>
    <message>
        <source>The dump history cannot be kept: the SQLite driver of Qt (package libqt6sql6-sqlite) is missing. Dumps go on as usual but are not recorded in this session.</source>
        <translation>No se puede mantener el historial de volcados: falta el controlador SQLite de Qt (paquete libqt6sql6-sqlite). Los volcados siguen con normalidad, pero no se registran en esta sesión.</translation>
    </message>
    <message>
        <source>The dump history could not be written in %1, so dumps are not recorded in this session. Dumps go on as usual; check that the folder exists and may be written to.</source>
        <translation>No se pudo escribir el historial de volcados en %1, así que los volcados no se registran en esta sesión. Los volcados siguen con normalidad; compruebe que la carpeta existe y que se puede escribir en ella.</translation>
    </message>
    <message>
        <source>The dump history file was damaged. It is kept as %1 and a new history is started in %2. Dumps go on as usual.</source>
        <translation>El archivo del historial de volcados estaba dañado. Se conserva como %1 y se empieza un historial nuevo en %2. Los volcados siguen con normalidad.</translation>
    </message>
    <message>
        <source>The dump history file could not be written. It is kept as %1 and a new history is started in %2. Dumps go on as usual.</source>
        <translation>No se pudo escribir el archivo del historial de volcados. Se conserva como %1 y se empieza un historial nuevo en %2. Los volcados siguen con normalidad.</translation>
    </message>
</context>
<context>
    <name>DumpIdentity</name>
    <message>
        <source>The dump does not begin with SF_BOOT: the byte order or the memory mapping may be wrong, or the firmware is not a MediaTek one.</source>
        <translation>El volcado no empieza por SF_BOOT: puede que el orden de bytes o el mapeo de memoria sean incorrectos, o que el firmware no sea de MediaTek.</translation>
    </message>
    <message>
        <source>Firmware not recognised: the dump carries no ROM info block (encrypted or not MediaTek&apos;s).</source>
        <translation>Firmware no reconocido: el volcado no contiene ningún bloque ROM info (está cifrado o no es de MediaTek).</translation>
    </message>
    <message>
        <source>ROM info</source>
        <translation>ROM info</translation>
    </message>
    <message>
        <source>The firmware&apos;s record says the flash is %1, but the phone&apos;s flash repeats after %2.</source>
        <translation>Según el registro del firmware, la flash es de %1, pero la flash del teléfono se repite a partir de %2.</translation>
    </message>
    <message>
        <source>The firmware puts the user data at %1 to %2, past the end of the flash (%3).</source>
        <translation>El firmware sitúa los datos de usuario de %1 a %2, más allá del final de la flash (%3).</translation>
    </message>
    <message>
        <source>user data</source>
        <translation>datos de usuario</translation>
    </message>
    <message>
        <source>The user data region ends at %1, not at the end of the flash (%2).</source>
        <translation>La región de datos de usuario termina en %1, no al final de la flash (%2).</translation>
    </message>
    <message>
        <source>file type %1</source>
        <translation>tipo de archivo %1</translation>
    </message>
    <message>
        <source>The %1 at %2 claims %3, past the end of the flash.</source>
        <translation>El archivo %1 en %2 declara %3, más allá del final de la flash.</translation>
    </message>
</context>
<context>
    <name>DumpJob</name>
    <message>
        <source>BootROM was already past the handshake</source>
        <translation>el BootROM ya había pasado el saludo</translation>
    </message>
    <message>
        <source>BootROM handshake done</source>
        <translation>saludo con el BootROM completado</translation>
    </message>
    <message>
        <source>%1, hardware %2, software %3, BROM %4, ME ID %5</source>
        <translation>%1, hardware %2, software %3, BROM %4, ME ID %5</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>puerto %1 abierto</translation>
    </message>
    <message>
        <source>resuming at byte %1 of %2</source>
        <translation>reanudando en el byte %1 de %2</translation>
    </message>
    <message>
        <source>kept %1 verified bytes in %2</source>
        <translation>se conservan %1 bytes verificados en %2</translation>
    </message>
    <message>
        <source>saved %1 (%2 bytes), SHA-256 %3</source>
        <translation>guardado: %1 (%2 bytes), SHA-256 %3</translation>
    </message>
    <message>
        <source>warning: reset not confirmed (%1); unplug the phone</source>
        <translation>aviso: no se confirmó el reinicio (%1); desconecte el teléfono</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) were retried; all data was read and checked</source>
        <translation>
            <numerusform>se reintentó %n bloque; todos los datos se leyeron y comprobaron</numerusform>
            <numerusform>se reintentaron %n bloques; todos los datos se leyeron y comprobaron</numerusform>
        </translation>
    </message>
    <message>
        <source>verified: the second read matches byte for byte</source>
        <translation>verificado: la segunda lectura coincide byte a byte</translation>
    </message>
    <message>
        <source>Cancelled while waiting for the phone.</source>
        <translation>Cancelado mientras se esperaba el teléfono.</translation>
    </message>
    <message>
        <source>No phone port appeared within %1 s.</source>
        <translation>No apareció ningún puerto de teléfono en %1 s.</translation>
    </message>
    <message>
        <source>The phone just dumped (ME ID %1) came back.</source>
        <translation>Ha vuelto el teléfono que se acaba de volcar (ME ID %1).</translation>
    </message>
    <message>
        <source>the phone was told to restart</source>
        <translation>se ordenó al teléfono que se reiniciara</translation>
    </message>
    <message>
        <source>the phone did not take the reset (%1): unplug it</source>
        <translation>el teléfono no aceptó el reinicio (%1): desconéctelo</translation>
    </message>
    <message>
        <source>finding the flash size</source>
        <translation>averiguando el tamaño de la flash</translation>
    </message>
    <message>
        <source>%1 Reading %2, as much as an MT626x phone can have; to read less, choose a size.</source>
        <translation>%1 Se leerán %2, lo máximo que puede tener un teléfono MT626x; para leer menos, elija un tamaño.</translation>
    </message>
    <message>
        <source>This phone&apos;s flash reads as %1; the partial dump is of %2.</source>
        <translation>La flash de este teléfono es de %1; el volcado parcial es de %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>The flash differs from the partial dump at %1: this phone&apos;s flash is not the one the partial dump came from.</source>
        <translation>La flash difiere del volcado parcial en %1: la flash de este teléfono no es la del volcado parcial.</translation>
    </message>
    <message>
        <source>The dump is kept as %1.</source>
        <translation>El volcado se conserva como %1.</translation>
    </message>
    <message>
        <source>warning: the dump could not be read back to see what it holds: %1</source>
        <translation>aviso: no se pudo volver a leer el volcado para ver qué contiene: %1</translation>
    </message>
    <message>
        <source>firmware %1 (%2)</source>
        <translation>firmware %1 (%2)</translation>
    </message>
    <message>
        <source>firmware not recognised</source>
        <translation>firmware no reconocido</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>informe: %1</translation>
    </message>
    <message>
        <source>warning: the report could not be written to %1: %2</source>
        <translation>aviso: no se pudo escribir el informe en %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>link: round trip %1 ms, %2 MB/s; %n READ32 in flight</source>
        <translation>
            <numerusform>enlace: ida y vuelta %1 ms, %2 MB/s; %n READ32 pendiente</numerusform>
            <numerusform>enlace: ida y vuelta %1 ms, %2 MB/s; %n READ32 pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>link: round trip %1 ms, rate not measured; %n READ32 in flight</source>
        <translation>
            <numerusform>enlace: ida y vuelta %1 ms, velocidad no medida; %n READ32 pendiente</numerusform>
            <numerusform>enlace: ida y vuelta %1 ms, velocidad no medida; %n READ32 pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>a fault with %1 READ32 in flight: reading one at a time, then again up to %2</source>
        <translation>un fallo con %1 READ32 pendientes: se lee de uno en uno y luego otra vez hasta %2</translation>
    </message>
    <message>
        <source>careful mode, one READ32 at a time, for the rest of this session</source>
        <translation>modo cauteloso, un READ32 cada vez, durante el resto de esta sesión</translation>
    </message>
    <message numerus="yes">
        <source>%n READ32 in flight again</source>
        <translation>
            <numerusform>de nuevo %n READ32 pendiente</numerusform>
            <numerusform>de nuevo %n READ32 pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No two reads agreed on %n block(s), at %1.</source>
        <translation>
            <numerusform>No hubo dos lecturas coincidentes en %n bloque, en %1.</numerusform>
            <numerusform>No hubo dos lecturas coincidentes en %n bloques, en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>verified: %n block(s) needed more reads; two reads agree on every byte</source>
        <translation>
            <numerusform>verificado: %n bloque necesitó más lecturas; dos lecturas coinciden en cada byte</numerusform>
            <numerusform>verificado: %n bloques necesitaron más lecturas; dos lecturas coinciden en cada byte</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: unknown chip code %1; MTreader knows MT6261 and MT6260. Going on.</source>
        <translation>aviso: código de chip desconocido %1; MTreader conoce MT6261 y MT6260. Se continúa.</translation>
    </message>
    <message>
        <source>The range runs past the end of the %1 flash: what is read past %2 is a copy of the start of the flash, not more of it.</source>
        <translation>El rango sobrepasa el final de la flash de %1: lo que se lee después de %2 es una copia del inicio de la flash, no más contenido.</translation>
    </message>
    <message>
        <source>retrying block at %1 (attempt %2): %3</source>
        <translation>reintentando el bloque en %1 (intento %2): %3</translation>
    </message>
    <message>
        <source>verify: the block at %1 read differently; %2 reads agreed on a corrected value, which the file now holds</source>
        <translation>verificación: el bloque en %1 se leyó de forma distinta; %2 lecturas coincidieron en un valor corregido, que ahora contiene el archivo</translation>
    </message>
    <message>
        <source>verify: the block at %1 read differently once; %2 reads agreed with the file</source>
        <translation>verificación: el bloque en %1 se leyó una vez de forma distinta; %2 lecturas coincidieron con el archivo</translation>
    </message>
</context>
<context>
    <name>DumpReport</name>
    <message>
        <source>%1 is not an MTreader report.</source>
        <translation>%1 no es un informe de MTreader.</translation>
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
        <translation>Tamaño de flash:</translation>
    </message>
    <message>
        <source>Flash chip:</source>
        <translation>Chip de flash:</translation>
    </message>
    <message>
        <source>User data:</source>
        <translation>Datos de usuario:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Contenido:</translation>
    </message>
    <message>
        <source>Save the map as an &amp;image…</source>
        <translation>Guardar el mapa como image&amp;n…</translation>
    </message>
    <message>
        <source>Save the map of the flash as a picture</source>
        <translation>Guardar el mapa de la flash como imagen</translation>
    </message>
    <message>
        <source>Map of the flash</source>
        <translation>Mapa de la flash</translation>
    </message>
    <message>
        <source>Each cell is 4 KiB of the flash, %1 to a row.</source>
        <translation>Cada celda son 4 KiB de la flash, %1 por fila.</translation>
    </message>
    <message>
        <source>What the dump holds is not known: %1</source>
        <translation>Se desconoce qué contiene el volcado: %1</translation>
    </message>
    <message>
        <source>Save the map</source>
        <translation>Guardar el mapa</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>The map could not be saved to %1.</source>
        <translation>No se pudo guardar el mapa en %1.</translation>
    </message>
</context>
<context>
    <name>DumpTarget</name>
    <message>
        <source>No output file was given.</source>
        <translation>No se indicó ningún archivo de salida.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2.</source>
        <translation>No se puede escribir en la carpeta %1: %2.</translation>
    </message>
    <message>
        <source>%1 exists.</source>
        <translation>%1 ya existe.</translation>
    </message>
    <message>
        <source>A partial dump %1 is in the way: resume it or remove it.</source>
        <translation>Hay un volcado parcial %1 que lo impide: reanúdelo o elimínelo.</translation>
    </message>
    <message>
        <source>Nothing to resume for %1: there is no partial file.</source>
        <translation>No hay nada que reanudar para %1: no existe archivo parcial.</translation>
    </message>
    <message>
        <source>Nothing to resume for %1.</source>
        <translation>No hay nada que reanudar para %1.</translation>
    </message>
    <message>
        <source>The partial dump is of %1, not the range asked for.</source>
        <translation>El volcado parcial es de %1, no del rango pedido.</translation>
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
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
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
        <translation>desconocido: no hay informe junto al archivo</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 del archivo</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>No error.</source>
        <translation>Sin errores.</translation>
    </message>
    <message>
        <source>The dump was cancelled.</source>
        <translation>Se canceló el volcado.</translation>
    </message>
    <message>
        <source>Nothing was written under the target name.</source>
        <translation>No se escribió nada con el nombre de destino.</translation>
    </message>
    <message>
        <source>The settings for this dump are not valid.</source>
        <translation>La configuración de este volcado no es válida.</translation>
    </message>
    <message>
        <source>No phone appeared.</source>
        <translation>No apareció ningún teléfono.</translation>
    </message>
    <message>
        <source>Turn the phone off, hold the boot key (usually Call) and connect the cable. Try another cable or USB port. On Windows, install the MediaTek VCOM driver. Some phones must be connected without the battery.</source>
        <translation>Apague el teléfono, mantenga presionada la tecla de arranque (normalmente Llamar) y conecte el cable. Pruebe otro cable u otro puerto USB. En Windows, instale el controlador MediaTek VCOM. Algunos teléfonos deben conectarse sin la batería.</translation>
    </message>
    <message>
        <source>The port %1 does not exist (any more).</source>
        <translation>El puerto %1 no existe (o ya no existe).</translation>
    </message>
    <message>
        <source>Check the port name, or choose Automatic and connect the phone while holding the boot key.</source>
        <translation>Revise el nombre del puerto, o elija Automático y conecte el teléfono mientras mantiene presionada la tecla de arranque.</translation>
    </message>
    <message>
        <source>You are not allowed to open %1.</source>
        <translation>No tiene permiso para abrir %1.</translation>
    </message>
    <message>
        <source>Close other programs that may use the port, then try again.</source>
        <translation>Cierre otros programas que puedan estar usando el puerto e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Another program is using %1.</source>
        <translation>Otro programa está usando %1.</translation>
    </message>
    <message>
        <source>ModemManager often grabs new USB serial ports: stop it (sudo systemctl stop ModemManager) or install MTreader&apos;s udev rule, which tells it to leave MediaTek phones alone. Close any serial terminal or flash tool, then reconnect the phone.</source>
        <translation>ModemManager suele apoderarse de los puertos serie USB nuevos: deténgalo (sudo systemctl stop ModemManager) o instale la regla udev de MTreader, que le indica que no toque los teléfonos MediaTek. Cierre cualquier terminal serie o herramienta de flasheo y vuelva a conectar el teléfono.</translation>
    </message>
    <message>
        <source>Close any serial terminal, flash tool or phone suite that may hold the port, then reconnect the phone.</source>
        <translation>Cierre cualquier terminal serie, herramienta de flasheo o suite de teléfono que pueda tener ocupado el puerto y vuelva a conectar el teléfono.</translation>
    </message>
    <message>
        <source>The port %1 could not be opened.</source>
        <translation>No se pudo abrir el puerto %1.</translation>
    </message>
    <message>
        <source>Reconnect the phone. If it keeps happening, try another USB port or cable.</source>
        <translation>Vuelva a conectar el teléfono. Si sigue ocurriendo, pruebe otro puerto USB u otro cable.</translation>
    </message>
    <message>
        <source>The phone did not answer like a MediaTek BootROM.</source>
        <translation>El teléfono no respondió como un BootROM de MediaTek.</translation>
    </message>
    <message>
        <source>Disconnect the phone, turn it off, hold the boot key (usually Call) and connect it again; keep holding the key until the dump starts. Try without the battery, or another cable. Make sure the port really belongs to the phone.</source>
        <translation>Desconecte el teléfono, apáguelo, mantenga presionada la tecla de arranque (normalmente Llamar) y vuelva a conectarlo; no suelte la tecla hasta que empiece el volcado. Pruebe sin la batería o con otro cable. Asegúrese de que el puerto realmente sea del teléfono.</translation>
    </message>
    <message>
        <source>The phone stopped answering.</source>
        <translation>El teléfono dejó de responder.</translation>
    </message>
    <message>
        <source>The phone sent only part of an answer.</source>
        <translation>El teléfono envió solo parte de una respuesta.</translation>
    </message>
    <message>
        <source>Check the cable, then reconnect the phone with the boot key held and resume the dump.</source>
        <translation>Revise el cable, vuelva a conectar el teléfono con la tecla de arranque presionada y reanude el volcado.</translation>
    </message>
    <message>
        <source>The phone answered with unexpected bytes.</source>
        <translation>El teléfono respondió con bytes inesperados.</translation>
    </message>
    <message>
        <source>The connection is unreliable or this is not an MT626x BootROM. Reconnect the phone and resume; try another cable or USB port.</source>
        <translation>La conexión no es fiable o esto no es un BootROM MT626x. Vuelva a conectar el teléfono y reanude; pruebe otro cable u otro puerto USB.</translation>
    </message>
    <message>
        <source>The phone reported an error.</source>
        <translation>El teléfono informó de un error.</translation>
    </message>
    <message>
        <source>Reconnect the phone with the boot key held and resume the dump. If the error stays at the same address, that part of the flash cannot be read this way.</source>
        <translation>Vuelva a conectar el teléfono con la tecla de arranque presionada y reanude el volcado. Si el error se repite en la misma dirección, esa parte de la flash no se puede leer de esta forma.</translation>
    </message>
    <message>
        <source>The phone disconnected.</source>
        <translation>El teléfono se desconectó.</translation>
    </message>
    <message>
        <source>The cable was pulled, or the phone reset or lost power. Everything read so far is kept: reconnect the phone while holding the boot key to continue. A phone without a battery needs a good cable and USB port.</source>
        <translation>Se desconectó el cable, o el teléfono se reinició o se quedó sin alimentación. Todo lo leído se conserva: vuelva a conectar el teléfono manteniendo presionada la tecla de arranque para continuar. Un teléfono sin batería necesita un buen cable y un buen puerto USB.</translation>
    </message>
    <message>
        <source>This is not the phone the partial dump came from.</source>
        <translation>Este no es el teléfono del que proviene el volcado parcial.</translation>
    </message>
    <message>
        <source>Connect the same phone to continue its dump, or start a new dump for this phone.</source>
        <translation>Conecte el mismo teléfono para continuar su volcado, o inicie un volcado nuevo para este teléfono.</translation>
    </message>
    <message>
        <source>The dump could not be saved.</source>
        <translation>No se pudo guardar el volcado.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to and check the disk. Details: %1</source>
        <translation>Elija una carpeta en la que pueda escribir y revise el disco. Detalles: %1</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>El disco está lleno.</translation>
    </message>
    <message>
        <source>Free some space or choose another disk. What was read so far is kept and can be resumed.</source>
        <translation>Libere espacio o elija otro disco. Lo leído hasta ahora se conserva y se puede reanudar.</translation>
    </message>
    <message>
        <source>The output file already exists.</source>
        <translation>El archivo de salida ya existe.</translation>
    </message>
    <message>
        <source>Choose another name, or allow overwriting it.</source>
        <translation>Elija otro nombre o permita sobrescribirlo.</translation>
    </message>
    <message>
        <source>The second read differed from the first: the dump is not reliable.</source>
        <translation>La segunda lectura no coincidió con la primera: el volcado no es fiable.</translation>
    </message>
    <message>
        <source>The dump cannot be resumed.</source>
        <translation>No se puede reanudar el volcado.</translation>
    </message>
    <message>
        <source>Unexpected error.</source>
        <translation>Error inesperado.</translation>
    </message>
    <message>
        <source>Add yourself to the group that owns the port, then log out and in again:
    sudo usermod -aG %1 $USER
Or install the udev rule that comes with MTreader (60-mtreader.rules), which gives the logged-in user access to MediaTek phones.</source>
        <translation>Añádase al grupo propietario del puerto y luego cierre la sesión y vuelva a iniciarla:
    sudo usermod -aG %1 $USER
O instale la regla udev que viene con MTreader (60-mtreader.rules), que da al usuario con la sesión iniciada acceso a los teléfonos MediaTek.</translation>
    </message>
    <message>
        <source>Check the cable, then reconnect the phone with the boot key held and resume the dump. If it happens again, choose a smaller block size or Careful mode.</source>
        <translation>Revise el cable, vuelva a conectar el teléfono con la tecla de arranque presionada y reanude el volcado. Si vuelve a ocurrir, elija un tamaño de bloque menor o el modo cauteloso.</translation>
    </message>
    <message>
        <source>This is the phone that was just dumped.</source>
        <translation>Este es el teléfono que se acaba de volcar.</translation>
    </message>
    <message>
        <source>It came back because the boot key is still held. Release the key and unplug it, then connect the next phone.</source>
        <translation>Ha vuelto porque la tecla de arranque sigue presionada. Suelte la tecla y desconéctelo; luego conecte el siguiente teléfono.</translation>
    </message>
    <message>
        <source>Some blocks read differently every time, so no two reads agreed on them. The dump is kept under a name marked &quot;unverified&quot;. Check the cable and USB port and dump again.</source>
        <translation>Algunos bloques se leyeron de forma distinta cada vez, así que no hubo dos lecturas que coincidieran. El volcado se conserva con un nombre marcado como «unverified». Revise el cable y el puerto USB y vuelva a volcar el teléfono.</translation>
    </message>
</context>
<context>
    <name>FailurePanel</name>
    <message>
        <source>&amp;Reconnect the phone to continue</source>
        <translation>&amp;Reconectar el teléfono para continuar</translation>
    </message>
    <message>
        <source>Show the lo&amp;g</source>
        <translation>Mostrar el regi&amp;stro</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ha pasado</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>Reconnect the phone to continue the dump</source>
        <translation>Reconectar el teléfono para continuar el volcado</translation>
    </message>
    <message>
        <source>Show the log with the technical details</source>
        <translation>Mostrar el registro con los detalles técnicos</translation>
    </message>
    <message>
        <source>The phone was told to restart: unplug it.</source>
        <translation>Se ordenó al teléfono que se reiniciara: desconéctelo.</translation>
    </message>
    <message>
        <source>If the phone is still connected, unplug it: it stays in its BootROM until then.</source>
        <translation>Si el teléfono sigue conectado, desconéctelo: permanece en su BootROM hasta entonces.</translation>
    </message>
    <message>
        <source>%1 To continue: click below, then connect the phone again (turned off, boot key held). The dump continues where it stopped.</source>
        <translation>%1 Para continuar: haga clic abajo y vuelva a conectar el teléfono (apagado, con la tecla de arranque presionada). El volcado continúa donde se detuvo.</translation>
    </message>
</context>
<context>
    <name>FirmwareRecords</name>
    <message>
        <source>The %1 fills its whole field without an end mark; it may be cut off.</source>
        <translation>El %1 ocupa todo su campo sin marca de fin; puede estar cortado.</translation>
    </message>
    <message>
        <source>The %1 holds bytes that are not text.</source>
        <translation>El %1 contiene bytes que no son texto.</translation>
    </message>
    <message>
        <source>boot loader</source>
        <translation>cargador de arranque</translation>
    </message>
    <message>
        <source>extended boot loader</source>
        <translation>cargador de arranque extendido</translation>
    </message>
    <message>
        <source>MAUI image</source>
        <translation>imagen MAUI</translation>
    </message>
    <message>
        <source>second MAUI image</source>
        <translation>segunda imagen MAUI</translation>
    </message>
    <message>
        <source>demand-paged code</source>
        <translation>código paginado bajo demanda</translation>
    </message>
    <message>
        <source>third ROM</source>
        <translation>tercera ROM</translation>
    </message>
    <message>
        <source>DSP ROM</source>
        <translation>ROM del DSP</translation>
    </message>
    <message>
        <source>custom resources</source>
        <translation>recursos personalizados</translation>
    </message>
    <message>
        <source>language pack</source>
        <translation>paquete de idioma</translation>
    </message>
    <message>
        <source>file system</source>
        <translation>sistema de archivos</translation>
    </message>
</context>
<context>
    <name>FirmwareScanner</name>
    <message>
        <source>More than %1 file-info headers: only the first %1 are listed.</source>
        <translation>Más de %1 cabeceras de información de archivo: solo se muestran las %1 primeras.</translation>
    </message>
    <message>
        <source>ROM info identifier</source>
        <translation>identificador de ROM info</translation>
    </message>
    <message>
        <source>ROM info version &quot;%1&quot; is not one MTreader knows (v04 to v09): its fields may be misread.</source>
        <translation>La versión de ROM info «%1» no es una que MTreader conozca (v04 a v09): sus campos pueden leerse mal.</translation>
    </message>
    <message>
        <source>platform id</source>
        <translation>ID de plataforma</translation>
    </message>
    <message>
        <source>project id</source>
        <translation>ID de proyecto</translation>
    </message>
    <message>
        <source>The ROM info lists %1 flash devices; at most %2 fit.</source>
        <translation>El ROM info enumera %1 dispositivos flash; caben como máximo %2.</translation>
    </message>
    <message>
        <source>A file-info header at %1 is cut off by the end of the dump.</source>
        <translation>Una cabecera de información de archivo en %1 queda cortada por el final del volcado.</translation>
    </message>
    <message>
        <source>The file-info header at %1 has a wrong type or size (%2 bytes).</source>
        <translation>La cabecera de información de archivo en %1 tiene un tipo o tamaño incorrecto (%2 bytes).</translation>
    </message>
    <message>
        <source>A second ROM info block at %1 was ignored.</source>
        <translation>Se ignoró un segundo bloque ROM info en %1.</translation>
    </message>
    <message>
        <source>The ROM info block at %1 is cut off by the end of the dump.</source>
        <translation>El bloque ROM info en %1 queda cortado por el final del volcado.</translation>
    </message>
</context>
<context>
    <name>FlashMap</name>
    <message>
        <source>erased (0xFF)</source>
        <translation>borrado (0xFF)</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>ceros</translation>
    </message>
    <message>
        <source>data</source>
        <translation>datos</translation>
    </message>
    <message>
        <source>firmware file</source>
        <translation>archivo de firmware</translation>
    </message>
    <message>
        <source>user data</source>
        <translation>datos de usuario</translation>
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
        <translation>La longitud es cero: no hay nada que leer.</translation>
    </message>
    <message>
        <source>The start is past the 4 GiB address space of the phone.</source>
        <translation>El inicio queda fuera del espacio de direcciones de 4 GiB del teléfono.</translation>
    </message>
    <message>
        <source>The range runs past the 4 GiB address space of the phone.</source>
        <translation>El rango sobrepasa el espacio de direcciones de 4 GiB del teléfono.</translation>
    </message>
    <message>
        <source>The block size must be a multiple of 4 bytes.</source>
        <translation>El tamaño de bloque debe ser múltiplo de 4 bytes.</translation>
    </message>
    <message>
        <source>The block size can be at most 1 MiB.</source>
        <translation>El tamaño de bloque puede ser como máximo 1 MiB.</translation>
    </message>
    <message>
        <source>The range reaches 0x10000000 or above. Once the flash is mapped, that is the phone&apos;s RAM and registers, not flash, and reading registers can upset the phone. Choose a range below 0x10000000, or allow any address (under Advanced; --any-address) if you really mean it.</source>
        <translation>El rango llega a 0x10000000 o más. Una vez mapeada la flash, eso es la RAM y los registros del teléfono, no la flash, y leer registros puede alterar el teléfono. Elija un rango por debajo de 0x10000000, o permita cualquier dirección (en Avanzado; --any-address) si de verdad es lo que quiere.</translation>
    </message>
    <message>
        <source>The start &quot;%1&quot; is not a number. Use decimal (4194304), hex (0x400000) or a size such as 4M or 4096K.</source>
        <translation>El inicio «%1» no es un número. Use decimal (4194304), hexadecimal (0x400000) o un tamaño como 4M o 4096K.</translation>
    </message>
    <message>
        <source>The length &quot;%1&quot; is not a number. Use decimal (4194304), hex (0x400000) or a size such as 4M or 4096K.</source>
        <translation>La longitud «%1» no es un número. Use decimal (4194304), hexadecimal (0x400000) o un tamaño como 4M o 4096K.</translation>
    </message>
</context>
<context>
    <name>FlashReader</name>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Cancelado por el usuario.</translation>
    </message>
</context>
<context>
    <name>FlashSize</name>
    <message>
        <source>The flash size was not asked of the phone.</source>
        <translation>No se preguntó al teléfono el tamaño de la flash.</translation>
    </message>
    <message numerus="yes">
        <source>Found from the phone: the flash repeats after %1 (%n sample block(s) matched).</source>
        <translation>
            <numerusform>Obtenido del teléfono: la flash se repite a partir de %1 (coincidió %n bloque de muestra).</numerusform>
            <numerusform>Obtenido del teléfono: la flash se repite a partir de %1 (coincidieron %n bloques de muestra).</numerusform>
        </translation>
    </message>
    <message>
        <source>The phone&apos;s flash did not repeat anywhere up to 16 MiB, so its size is not known.</source>
        <translation>La flash del teléfono no se repitió en ningún punto hasta 16 MiB, así que se desconoce su tamaño.</translation>
    </message>
    <message>
        <source>The start of the flash is erased (or all alike), so its size could not be found.</source>
        <translation>El inicio de la flash está borrado (o es todo igual), así que no se pudo averiguar su tamaño.</translation>
    </message>
    <message>
        <source>The phone did not answer the reads that find the flash size.</source>
        <translation>El teléfono no respondió a las lecturas que averiguan el tamaño de la flash.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n sample block(s) of %1 in the first MiB is distinctive.</source>
        <translation>
            <numerusform>%n bloque de muestra de %1 en el primer MiB no es distintivo.</numerusform>
            <numerusform>Ninguno de los %n bloques de muestra de %1 en el primer MiB es distintivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample blocks repeat every %1 or less: a pattern, not a wrap.</source>
        <translation>Los bloques de muestra se repiten cada %1 o menos: es un patrón, no una vuelta al inicio.</translation>
    </message>
    <message numerus="yes">
        <source>%n sample block(s) read again at %1 matched.</source>
        <translation>
            <numerusform>%n bloque de muestra leído de nuevo en %1 coincidió.</numerusform>
            <numerusform>%n bloques de muestra leídos de nuevo en %1 coincidieron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample block(s) matched nowhere up to 16 MiB.</source>
        <translation>
            <numerusform>%n bloque de muestra no coincidió en ningún punto hasta 16 MiB.</numerusform>
            <numerusform>%n bloques de muestra no coincidieron en ningún punto hasta 16 MiB.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Sin terminar</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 desde %2</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Several phones</source>
        <translation>Varios teléfonos</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Línea de comandos</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
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
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
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
        <translation>Historial de volcados</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>ME ID, firmware or file name</source>
        <translation>ME ID, firmware o nombre de archivo</translation>
    </message>
    <message>
        <source>Search the history by ME ID, firmware or file name</source>
        <translation>Buscar en el historial por ME ID, firmware o nombre de archivo</translation>
    </message>
    <message>
        <source>Dump attempts, newest first</source>
        <translation>Intentos de volcado, del más reciente al más antiguo</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <source>Open the folder of the selected dump</source>
        <translation>Abrir la carpeta del volcado seleccionado</translation>
    </message>
    <message>
        <source>Open &amp;report</source>
        <translation>Abrir &amp;informe</translation>
    </message>
    <message>
        <source>Open the report of the selected dump</source>
        <translation>Abrir el informe del volcado seleccionado</translation>
    </message>
    <message>
        <source>Copy SHA-&amp;256</source>
        <translation>Copiar SHA-&amp;256</translation>
    </message>
    <message>
        <source>Copy the SHA-256 of the selected dump</source>
        <translation>Copiar el SHA-256 del volcado seleccionado</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>Continue the selected partial dump</source>
        <translation>Continuar el volcado parcial seleccionado</translation>
    </message>
    <message>
        <source>Reads the rest of a dump that stopped before the end, into the same file.</source>
        <translation>Lee el resto de un volcado que se detuvo antes del final, en el mismo archivo.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the attempts shown to a CSV file</source>
        <translation>Exportar a un archivo CSV los intentos mostrados</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n intento</numerusform>
            <numerusform>%n intentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Exportar el historial</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The history could not be saved to %1 (%2). Choose another folder and try again.</source>
        <translation>No se pudo guardar el historial en %1 (%2). Elija otra carpeta e inténtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) saved to %1.</source>
        <translation>
            <numerusform>%n intento guardado en %1.</numerusform>
            <numerusform>%n intentos guardados en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityText</name>
    <message>
        <source>not recognised (no ROM info: encrypted, not MediaTek&apos;s, or not a flash dump)</source>
        <translation>no reconocido (sin ROM info: cifrado, no es de MediaTek o no es un volcado de flash)</translation>
    </message>
    <message>
        <source>no version recorded</source>
        <translation>sin versión registrada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not named by the firmware</source>
        <translation>el firmware no lo nombra</translation>
    </message>
    <message>
        <source>unknown maker</source>
        <translation>fabricante desconocido</translation>
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
        <translation>%1 según el registro del firmware. %2</translation>
    </message>
    <message>
        <source>not recorded by the firmware</source>
        <translation>el firmware no los registra</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 a %2 (%3)</translation>
    </message>
    <message>
        <source>%1 % erased (%2), %3 % zero</source>
        <translation>%1 % borrado (%2), %3 % a cero</translation>
    </message>
    <message>
        <source>file type %1</source>
        <translation>tipo de archivo %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1 en %2, %3</translation>
    </message>
</context>
<context>
    <name>JobDetails</name>
    <message>
        <source>Firmware not recognised.</source>
        <translation>Firmware no reconocido.</translation>
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
        <translation>Verificado: una segunda lectura coincidió.</translation>
    </message>
    <message>
        <source>Saved as %1 (%2).</source>
        <translation>Guardado como %1 (%2).</translation>
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
        <translation>Copiar el SHA-256 al portapapeles</translation>
    </message>
    <message>
        <source>Result of %1</source>
        <translation>Resultado de la %1</translation>
    </message>
    <message>
        <source>SHA-256 of %1</source>
        <translation>SHA-256 de la %1</translation>
    </message>
    <message>
        <source>Copy the SHA-256 of %1</source>
        <translation>Copiar el SHA-256 de la %1</translation>
    </message>
</context>
<context>
    <name>JobOutput</name>
    <message>
        <source>Choose the output file</source>
        <translation>Elegir el archivo de salida</translation>
    </message>
    <message>
        <source>Output file of %1</source>
        <translation>Archivo de salida de la %1</translation>
    </message>
    <message>
        <source>Choose the output file of %1</source>
        <translation>Elegir el archivo de salida de la %1</translation>
    </message>
    <message>
        <source>Save the dump as</source>
        <translation>Guardar el volcado como</translation>
    </message>
    <message>
        <source>Flash dumps (*.bin);;All files (*)</source>
        <translation>Volcados de flash (*.bin);;Todos los archivos (*)</translation>
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
        <translation>bloques de %1</translation>
    </message>
    <message>
        <source>read twice to verify</source>
        <translation>leer dos veces para verificar</translation>
    </message>
    <message>
        <source>careful mode</source>
        <translation>modo cauteloso</translation>
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
        <translation>Continuar el volcado parcial: vuelva a conectar el mismo teléfono</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Preparado</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Port of job %1</source>
        <translation>Puerto de la tarea %1</translation>
    </message>
    <message>
        <source>What %1 reads</source>
        <translation>Qué lee la %1</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Progreso de la %1</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Estado de la %1</translation>
    </message>
    <message>
        <source>Continue %1</source>
        <translation>Continuar la %1</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Iniciar la %1</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Cancelar la %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar la %1</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message>
        <source>Whole flash, %1</source>
        <translation>Toda la flash, %1</translation>
    </message>
    <message>
        <source>Whole flash</source>
        <translation>Toda la flash</translation>
    </message>
    <message>
        <source>%1 is kept in %2: connect the same phone again and click Continue to read the rest.</source>
        <translation>Se conserva %1 en %2: vuelva a conectar el mismo teléfono y haga clic en Continuar para leer el resto.</translation>
    </message>
    <message>
        <source>%1 of %2 is kept in %3: connect the same phone again and click Continue to read the rest.</source>
        <translation>Se conservan %1 de %2 en %3: vuelva a conectar el mismo teléfono y haga clic en Continuar para leer el resto.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>job %1 (%2)</source>
        <translation>tarea %1 (%2)</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <extracomment>A line of one job in the log: the job&apos;s port, then the line.</extracomment>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>Continuing the dump into %1</source>
        <translation>Continuando el volcado en %1</translation>
    </message>
    <message>
        <source>Dump of the whole flash into %1</source>
        <translation>Volcado de toda la flash en %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Etapa: %1</translation>
    </message>
    <message>
        <source>Done: %1 (%2), SHA-256 %3</source>
        <translation>Listo: %1 (%2), SHA-256 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 desde %2</translation>
    </message>
    <message>
        <source>Dump of %1 from %2 into %3</source>
        <translation>Volcado de %1 desde %2 en %3</translation>
    </message>
</context>
<context>
    <name>JobsWindow</name>
    <message>
        <source>The range in the main window is not valid: %1</source>
        <translation>El rango de la ventana principal no es válido: %1</translation>
    </message>
    <message>
        <source>Choose where to save this dump first.</source>
        <translation>Elija primero dónde guardar este volcado.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Another job already uses Automatic, which takes the first MediaTek phone. Choose a port for this one.</source>
        <translation>Otra tarea ya usa Automático, que toma el primer teléfono MediaTek. Elija un puerto para esta.</translation>
    </message>
    <message>
        <source>Another job is already dumping from %1. Choose another port for this one.</source>
        <translation>Otra tarea ya está volcando desde %1. Elija otro puerto para esta.</translation>
    </message>
    <message>
        <source>Another job is already writing %1. Choose another file name.</source>
        <translation>Otra tarea ya está escribiendo %1. Elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>The main window is already dumping from %1. Choose another port for this job.</source>
        <translation>La ventana principal ya está haciendo un volcado (puerto: %1). Elija otro puerto para esta tarea.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>The main window is already writing %1. Choose another file name.</source>
        <translation>La ventana principal ya está escribiendo %1. Elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name.</source>
        <translation>%1 ya existe. Elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>A partial dump of %1 is already there. Choose another file name, or continue it from the main window.</source>
        <translation>Ya hay un volcado parcial de %1. Elija otro nombre de archivo o continúelo desde la ventana principal.</translation>
    </message>
    <message>
        <source>Stop the dumps?</source>
        <translation>¿Detener los volcados?</translation>
    </message>
    <message numerus="yes">
        <source>%n dump(s) still running. Stop them and close this window? What was read so far is kept as partial files and can be continued later.</source>
        <translation>
            <numerusform>Todavía hay %n volcado en curso. ¿Detenerlo y cerrar esta ventana? Lo leído hasta ahora se conserva como archivo parcial y se puede continuar más tarde.</numerusform>
            <numerusform>Todavía hay %n volcados en curso. ¿Detenerlos y cerrar esta ventana? Lo leído hasta ahora se conserva como archivos parciales y se puede continuar más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the dumps…</source>
        <translation>Deteniendo los volcados…</translation>
    </message>
    <message>
        <source>MTreader — several phones at once</source>
        <translation>MTreader — varios teléfonos a la vez</translation>
    </message>
    <message>
        <source>Each row reads one phone on its own port, all at the same time. What to read and how are taken from the main window when a row starts.</source>
        <translation>Cada fila lee un teléfono por su propio puerto, todos al mismo tiempo. Qué leer y cómo se toma de la ventana principal cuando empieza cada fila.</translation>
    </message>
    <message>
        <source>&amp;Add job</source>
        <translation>&amp;Añadir tarea</translation>
    </message>
    <message>
        <source>A new row for one more phone</source>
        <translation>Una fila nueva para un teléfono más</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué leer</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name for the dump.</source>
        <translation>%1 es una carpeta. Elija un nombre de archivo para el volcado.</translation>
    </message>
    <message>
        <source>MTreader cannot save into the folder %1. Choose another folder.</source>
        <translation>MTreader no puede guardar en la carpeta %1. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>This job is already running.</source>
        <translation>Esta tarea ya está en curso.</translation>
    </message>
    <message numerus="yes">
        <source>Start all: %1 of %n job(s) started.</source>
        <translation>
            <numerusform>Iniciar todas: iniciadas %1 de %n tarea.</numerusform>
            <numerusform>Iniciar todas: iniciadas %1 de %n tareas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No job is ready to start: each one is running or done. Add a job for the next phone, or click Start in a row to dump another phone there.</source>
        <translation>No hay ninguna tarea lista para iniciar: todas están en curso o terminadas. Añada una tarea para el siguiente teléfono o haga clic en Iniciar en una fila para volcar otro teléfono en ella.</translation>
    </message>
    <message numerus="yes">
        <source>Started %1 of %n job(s). Not started:</source>
        <translation>
            <numerusform>Iniciadas %1 de %n tarea. Sin iniciar:</numerusform>
            <numerusform>Iniciadas %1 de %n tareas. Sin iniciar:</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 (%2): %3</source>
        <translation>Tarea %1 (%2): %3</translation>
    </message>
    <message>
        <source>Start a&amp;ll</source>
        <translation>Iniciar &amp;todas</translation>
    </message>
    <message>
        <source>Start every job that is ready, and continue every one that kept a partial dump</source>
        <translation>Iniciar todas las tareas listas y continuar todas las que conservaron un volcado parcial</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation>Copiar registro</translation>
    </message>
    <message>
        <source>Save log…</source>
        <translation>Guardar registro…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Copy the log</source>
        <translation>Copiar el registro</translation>
    </message>
    <message>
        <source>Save the log to a file</source>
        <translation>Guardar el registro en un archivo</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Borrar el registro</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>Guardar el registro</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>The log could not be saved to %1: %2</source>
        <translation>No se pudo guardar el registro en %1: %2</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Dump</source>
        <translation>Vo&amp;lcar</translation>
    </message>
    <message>
        <source>&amp;Cancel the dump</source>
        <translation>&amp;Cancelar el volcado</translation>
    </message>
    <message>
        <source>Dump &amp;several phones at once…</source>
        <translation>Volcar &amp;varios teléfonos a la vez…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Try with a virtual phone</source>
        <translation>&amp;Probar con un teléfono virtual</translation>
    </message>
    <message>
        <source>&amp;About MTreader</source>
        <translation>&amp;Acerca de MTreader</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Open a dump…</source>
        <translation>&amp;Abrir un volcado…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Lo&amp;g</source>
        <translation>&amp;Registro</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MTreader — MediaTek flash reader</source>
        <translation>MTreader — lector de flash MediaTek</translation>
    </message>
    <message>
        <source>About MTreader</source>
        <translation>Acerca de MTreader</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MTreader %1&lt;/h3&gt;&lt;p&gt;Reads the flash of MediaTek MT6261 and MT6260 feature phones through the BootROM USB port, without opening the phone.&lt;/p&gt;&lt;p&gt;Released into the public domain (the Unlicense): use, copy and change it freely.&lt;/p&gt;&lt;p&gt;With thanks to the original MTreader, to fernly for the MT6260 BootROM notes, and to mtk-open-tools.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MTreader %1&lt;/h3&gt;&lt;p&gt;Lee la memoria flash de los teléfonos básicos MediaTek MT6261 y MT6260 por el puerto USB de BootROM, sin abrir el teléfono.&lt;/p&gt;&lt;p&gt;Publicado en el dominio público (the Unlicense): úselo, cópielo y modifíquelo libremente.&lt;/p&gt;&lt;p&gt;Gracias al MTreader original, a fernly por sus notas sobre el BootROM del MT6260 y a mtk-open-tools.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stop the dump?</source>
        <translation>¿Detener el volcado?</translation>
    </message>
    <message>
        <source>A dump is running. Stop it and quit? What was read so far is kept as a partial file and can be continued later.</source>
        <translation>Hay un volcado en curso. ¿Detenerlo y salir? Lo leído hasta ahora se conserva como archivo parcial y se puede continuar más tarde.</translation>
    </message>
    <message>
        <source>Stopping the dump…</source>
        <translation>Deteniendo el volcado…</translation>
    </message>
    <message>
        <source>Demo: when you click Dump, a virtual MT6261 is connected %1 s later.</source>
        <translation>Demo: al hacer clic en Volcar, se conecta un MT6261 virtual %1 s después.</translation>
    </message>
    <message>
        <source>Open a dump</source>
        <translation>Abrir un volcado</translation>
    </message>
    <message>
        <source>Flash dumps (*.bin);;All files (*)</source>
        <translation>Volcados de flash (*.bin);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>OutputChooser</name>
    <message>
        <source>Sav&amp;e as…</source>
        <translation>Guardar co&amp;mo…</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Archivo de salida</translation>
    </message>
    <message>
        <source>The dump is written here. A new name is made for every dump until you choose one.</source>
        <translation>El volcado se escribe aquí. Se crea un nombre nuevo para cada volcado hasta que usted elija uno.</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation>Elegir el archivo de salida</translation>
    </message>
    <message>
        <source>Save the dump as</source>
        <translation>Guardar el volcado como</translation>
    </message>
    <message>
        <source>Flash dumps (*.bin);;All files (*)</source>
        <translation>Volcados de flash (*.bin);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>Another dump is writing %1.</source>
        <translation>Otro volcado está escribiendo %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>No se puede crear %1: %2.</translation>
    </message>
    <message>
        <source>Cannot reopen %1: %2.</source>
        <translation>No se puede volver a abrir %1: %2.</translation>
    </message>
    <message>
        <source>Cannot cut %1 back to its verified part: %2.</source>
        <translation>No se puede recortar %1 a su parte verificada: %2.</translation>
    </message>
    <message>
        <source>Cannot read back %1: %2.</source>
        <translation>No se puede volver a leer %1: %2.</translation>
    </message>
    <message>
        <source>Cannot seek in %1: %2.</source>
        <translation>No se puede posicionar en %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2.</source>
        <translation>No se puede escribir en %1: %2.</translation>
    </message>
    <message>
        <source>Cannot flush %1: %2.</source>
        <translation>No se puede vaciar el búfer de %1: %2.</translation>
    </message>
    <message>
        <source>Cannot sync %1 to the disk: %2.</source>
        <translation>No se puede sincronizar %1 con el disco: %2.</translation>
    </message>
    <message>
        <source>%1 exists; the dump stays in %2.</source>
        <translation>%1 ya existe; el volcado se queda en %2.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3.</source>
        <translation>No se puede cambiar el nombre de %1 a %2: %3.</translation>
    </message>
</context>
<context>
    <name>PhoneInfo</name>
    <message>
        <source>unknown (%1)</source>
        <translation>desconocido (%1)</translation>
    </message>
</context>
<context>
    <name>PortPicker</name>
    <message>
        <source>Choose a port or type its path</source>
        <translation>Elija un puerto o escriba su ruta</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Automatic finds the phone by its USB id. You can also pick a port, or type a path such as /dev/ttyUSB0 or COM5.</source>
        <translation>Automático encuentra el teléfono por su ID USB. También puede elegir un puerto o escribir una ruta como /dev/ttyUSB0 o COM5.</translation>
    </message>
    <message>
        <source>Automatic — first MediaTek phone (%1)</source>
        <translation>Automático — primer teléfono MediaTek (%1)</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Chip:</source>
        <translation>Chip:</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versiones:</translation>
    </message>
    <message>
        <source>ME ID:</source>
        <translation>ME ID:</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>aún desconocido</translation>
    </message>
    <message>
        <source>Keep holding the boot key until the reading starts.</source>
        <translation>Mantenga presionada la tecla de arranque hasta que empiece la lectura.</translation>
    </message>
    <message>
        <source>You can let go of the key now. Do not unplug the phone.</source>
        <translation>Ya puede soltar la tecla. No desconecte el teléfono.</translation>
    </message>
    <message>
        <source>Reading everything a second time to compare. Do not unplug the phone.</source>
        <translation>Leyendo todo por segunda vez para comparar. No desconecte el teléfono.</translation>
    </message>
    <message>
        <source>The dump is saved. Restarting the phone.</source>
        <translation>El volcado está guardado. Reiniciando el teléfono.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
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
        <translation>%1 desde %2</translation>
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
        <translation>Rango personalizado</translation>
    </message>
    <message>
        <source>Range to read</source>
        <translation>Rango a leer</translation>
    </message>
    <message>
        <source>Start address</source>
        <translation>Dirección de inicio</translation>
    </message>
    <message>
        <source>Length in bytes</source>
        <translation>Longitud en bytes</translation>
    </message>
    <message>
        <source>Decimal (4194304) or hex (0x400000)</source>
        <translation>Decimal (4194304) o hexadecimal (0x400000)</translation>
    </message>
    <message>
        <source>Start as a size</source>
        <translation>Inicio como tamaño</translation>
    </message>
    <message>
        <source>Length as a size</source>
        <translation>Longitud como tamaño</translation>
    </message>
    <message>
        <source>Range problem</source>
        <translation>Problema con el rango</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>Lon&amp;gitud:</translation>
    </message>
    <message>
        <source>Whole flash (size found from the phone)</source>
        <translation>Toda la flash (tamaño obtenido del teléfono)</translation>
    </message>
    <message>
        <source>%1 from the start</source>
        <translation>%1 desde el inicio</translation>
    </message>
    <message>
        <source>MT6261 phones have 4, 8 or 16 MiB of flash. The whole flash is read by default: MTreader finds its size from the phone.</source>
        <translation>Los teléfonos MT6261 tienen 4, 8 o 16 MiB de flash. Por defecto se lee toda la flash: MTreader obtiene su tamaño del teléfono.</translation>
    </message>
    <message>
        <source>found from the phone</source>
        <translation>obtenido del teléfono</translation>
    </message>
</context>
<context>
    <name>ResumeState</name>
    <message>
        <source>Cannot read the resume file %1: %2.</source>
        <translation>No se puede leer el archivo de reanudación %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a resume file.</source>
        <translation>%1 no es un archivo de reanudación.</translation>
    </message>
    <message>
        <source>The resume file %1 is damaged.</source>
        <translation>El archivo de reanudación %1 está dañado.</translation>
    </message>
    <message>
        <source>This is another phone: its chip is %1, the partial dump is from %2.</source>
        <translation>Es otro teléfono: su chip es %1 y el volcado parcial procede de un %2.</translation>
    </message>
    <message>
        <source>This is another phone: its ME ID is %1, the partial dump is from %2.</source>
        <translation>Es otro teléfono: su ME ID es %1 y el volcado parcial procede de %2.</translation>
    </message>
</context>
<context>
    <name>SerialTransport</name>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>No se puede abrir %1: %2.</translation>
    </message>
    <message>
        <source>%1 is locked by another program.</source>
        <translation>Otro programa tiene bloqueado %1.</translation>
    </message>
</context>
<context>
    <name>SessionRecorder</name>
    <message>
        <source>This phone was dumped before: %1, to %2.</source>
        <translation>Este teléfono ya se volcó antes: %1, en %2.</translation>
    </message>
</context>
<context>
    <name>SettingsColumn</name>
    <message>
        <source>Keep going with the next phone</source>
        <translation>Continuar con el siguiente teléfono</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>What to read</source>
        <translation>Qué leer</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <source>&amp;Dump</source>
        <translation>Vo&amp;lcar</translation>
    </message>
    <message>
        <source>Dump the flash</source>
        <translation>Volcar la flash</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancel the dump</source>
        <translation>Cancelar el volcado</translation>
    </message>
    <message>
        <source>Start, then connect the phone when asked (Ctrl+Return)</source>
        <translation>Empezar y luego conectar el teléfono cuando se pida (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Verify by reading twice</source>
        <translation>Verificar leyendo dos veces</translation>
    </message>
    <message>
        <source>Reads everything a second time and compares; blocks that differ are read again until two reads agree. Takes about twice as long.</source>
        <translation>Lee todo por segunda vez y compara; los bloques que difieren se vuelven a leer hasta que dos lecturas coincidan. Tarda aproximadamente el doble.</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>Modo contin&amp;uo</translation>
    </message>
    <message>
        <source>For a stack of phones: after each one, wait for the next. Each dump gets its own file name in the same folder.</source>
        <translation>Para una pila de teléfonos: después de cada uno, esperar al siguiente. Cada volcado recibe su propio nombre de archivo en la misma carpeta.</translation>
    </message>
    <message>
        <source>Sound and alert for each phone</source>
        <translation>Sonido y aviso por cada teléfono</translation>
    </message>
    <message>
        <source>Sound and alert when a phone is done</source>
        <translation>Sonido y aviso cuando termina un teléfono</translation>
    </message>
</context>
<context>
    <name>ShowInFolder</name>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>No file manager opened the folder. The dump is in:
%1</source>
        <translation>Ningún gestor de archivos abrió la carpeta. El volcado está en:
%1</translation>
    </message>
    <message>
        <source>Copy the path</source>
        <translation>Copiar la ruta</translation>
    </message>
</context>
<context>
    <name>StackSummary</name>
    <message numerus="yes">
        <source>Keep going: %n dumped</source>
        <translation>
            <numerusform>Modo continuo: %n volcado</numerusform>
            <numerusform>Modo continuo: %n volcados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones of this session, newest first</source>
        <translation>Teléfonos de esta sesión, del más reciente al más antiguo</translation>
    </message>
    <message>
        <source>phone not identified</source>
        <translation>teléfono no identificado</translation>
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
        <translation>Elija qué leer y dónde guardarlo, y haga clic en Volcar. MTreader le indicará cómo conectar el teléfono y lo encontrará por sí solo.</translation>
    </message>
</context>
<context>
    <name>StageText</name>
    <message>
        <source>Turn the phone off. Hold the boot key (usually Call) and connect the USB cable.</source>
        <translation>Apague el teléfono. Mantenga presionada la tecla de arranque (normalmente Llamar) y conecte el cable USB.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Preparado</translation>
    </message>
    <message>
        <source>Waiting for the phone</source>
        <translation>Esperando el teléfono</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Phone identified</source>
        <translation>Teléfono identificado</translation>
    </message>
    <message>
        <source>Reading the flash</source>
        <translation>Leyendo la flash</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>Resetting the phone</source>
        <translation>Reiniciando el teléfono</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
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
        <translation>Sin archivo de salida</translation>
    </message>
    <message>
        <source>Choose where to save the dump first.</source>
        <translation>Elija primero dónde guardar el volcado.</translation>
    </message>
    <message>
        <source>No such folder</source>
        <translation>La carpeta no existe</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another place with Save as.</source>
        <translation>La carpeta %1 no existe. Elija otro lugar con Guardar como.</translation>
    </message>
    <message>
        <source>That is a folder</source>
        <translation>Es una carpeta</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name for the dump with Save as.</source>
        <translation>%1 es una carpeta. Elija un nombre de archivo para el volcado con Guardar como.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new dump?</source>
        <translation>%1 ya existe. ¿Reemplazarlo con el nuevo volcado?</translation>
    </message>
    <message>
        <source>Continue the earlier dump?</source>
        <translation>¿Continuar el volcado anterior?</translation>
    </message>
    <message>
        <source>A partial dump of %1 is already there. Continue it with the same phone?

To start over instead, choose another file name.</source>
        <translation>Ya hay un volcado parcial de %1. ¿Continuarlo con el mismo teléfono?

Para empezar de nuevo, elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>That folder cannot be written</source>
        <translation>No se puede escribir en esa carpeta</translation>
    </message>
    <message>
        <source>MTreader cannot save into %1: %2. Choose another folder with Save as before you connect the phone.</source>
        <translation>MTreader no puede guardar en %1: %2. Elija otra carpeta con Guardar como antes de conectar el teléfono.</translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message>
        <source>measuring speed</source>
        <translation>midiendo la velocidad</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation>calculando el tiempo restante</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>falta aprox. %n s</numerusform>
            <numerusform>faltan aprox. %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>faltan %1:%2</translation>
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
        <translation>Volcados sin terminar: conecte el mismo teléfono y continúe donde se detuvo.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 read</source>
        <translation>%1: leídos %2 de %3</translation>
    </message>
    <message>
        <source>%1: %2 read</source>
        <translation>%1: leídos %2</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>Con&amp;tinuar</translation>
    </message>
    <message>
        <source>Continue the dump into %1</source>
        <translation>Continuar el volcado en %1</translation>
    </message>
</context>
<context>
    <name>VerifyPass</name>
    <message>
        <source>Cannot read back %1: %2.</source>
        <translation>No se puede volver a leer %1: %2.</translation>
    </message>
    <message>
        <source>Cannot correct %1: %2.</source>
        <translation>No se puede corregir %1: %2.</translation>
    </message>
</context>
<context>
    <name>VirtualFaults</name>
    <message>
        <source>bad fault &quot;%1&quot;: expected KIND[@OFFSET][xTIMES]</source>
        <translation>fallo no válido «%1»: se esperaba KIND[@OFFSET][xTIMES]</translation>
    </message>
    <message>
        <source>unknown fault &quot;%1&quot;; known: %2</source>
        <translation>fallo desconocido «%1»; conocidos: %2</translation>
    </message>
    <message>
        <source>bad fault offset &quot;%1&quot;</source>
        <translation>desplazamiento de fallo no válido «%1»</translation>
    </message>
    <message>
        <source>bad fault count &quot;%1&quot;</source>
        <translation>número de repeticiones de fallo no válido «%1»</translation>
    </message>
</context>
<context>
    <name>VirtualPhoneRack</name>
    <message>
        <source>MTreader virtual phone</source>
        <translation>Teléfono virtual de MTreader</translation>
    </message>
    <message>
        <source>There is no virtual port %1.</source>
        <translation>No existe el puerto virtual %1.</translation>
    </message>
    <message>
        <source>The virtual port %1 is not present.</source>
        <translation>El puerto virtual %1 no está presente.</translation>
    </message>
    <message>
        <source>The virtual port %1 is already open.</source>
        <translation>El puerto virtual %1 ya está abierto.</translation>
    </message>
</context>
<context>
    <name>VirtualTransport</name>
    <message>
        <source>The virtual phone is gone: it booted normally, as no handshake came in time</source>
        <translation>El teléfono virtual ya no está: arrancó con normalidad, porque no llegó ningún saludo a tiempo</translation>
    </message>
    <message>
        <source>The virtual phone is gone after a software reset</source>
        <translation>El teléfono virtual ya no está, tras un reinicio por software</translation>
    </message>
    <message>
        <source>The virtual phone is gone after a watchdog reset</source>
        <translation>El teléfono virtual ya no está, tras un reinicio por watchdog</translation>
    </message>
    <message>
        <source>The virtual phone is gone: it lost power</source>
        <translation>El teléfono virtual ya no está: se quedó sin alimentación</translation>
    </message>
    <message>
        <source>The virtual phone is gone: its cable was pulled</source>
        <translation>El teléfono virtual ya no está: se desconectó su cable</translation>
    </message>
    <message>
        <source>The virtual phone is gone: it was unplugged</source>
        <translation>El teléfono virtual ya no está: se desenchufó</translation>
    </message>
    <message>
        <source>The virtual phone is gone</source>
        <translation>El teléfono virtual ya no está</translation>
    </message>
</context>
<context>
    <name>WaitingPanel</name>
    <message>
        <source>Picture: a phone with a finger on the Call key and a USB cable</source>
        <translation>Imagen: un teléfono con un dedo en la tecla Llamar y un cable USB</translation>
    </message>
    <message>
        <source>Some phones, e.g. Nokia-made MT6260 models, must be connected without the battery: take it out, connect the cable, then put it back only after the dump.</source>
        <translation>Algunos teléfonos, p. ej. los modelos MT6260 fabricados por Nokia, deben conectarse sin la batería: quítela, conecte el cable y vuelva a ponerla solo después del volcado.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Esperando</translation>
    </message>
    <message>
        <source>Watching for any MediaTek phone (USB id 0E8D:0003).</source>
        <translation>Esperando cualquier teléfono MediaTek (ID USB 0E8D:0003).</translation>
    </message>
    <message>
        <source>Watching for %1.</source>
        <translation>Esperando %1.</translation>
    </message>
    <message>
        <source>Unplug the phone you just dumped, then connect the next one: turned off, boot key (usually Call) held.</source>
        <translation>Desconecte el teléfono que acaba de volcar y conecte el siguiente: apagado y con la tecla de arranque (normalmente Llamar) presionada.</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>MANTENER</translation>
    </message>
    <message>
        <source>Dump it a&amp;gain anyway</source>
        <translation>Volcarlo de &amp;nuevo igualmente</translation>
    </message>
    <message>
        <source>Dump the same phone again</source>
        <translation>Volcar de nuevo el mismo teléfono</translation>
    </message>
    <message>
        <source>This is the phone you just dumped (ME ID %1): it came back because the boot key is still held. Release the key and unplug it, then connect the next phone.</source>
        <translation>Este es el teléfono que acaba de volcar (ME ID %1): ha vuelto porque la tecla de arranque sigue presionada. Suelte la tecla y desconéctelo; luego conecte el siguiente teléfono.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Reads the flash of MediaTek MT6261/MT6260 feature phones through the BootROM USB port.</source>
        <translation>Lee la memoria flash de los teléfonos básicos MediaTek MT6261/MT6260 por el puerto USB de BootROM.</translation>
    </message>
    <message>
        <source>Start a dump against a built-in virtual phone at once (as Help &gt; Try with a virtual phone, then Dump).</source>
        <translation>Iniciar de inmediato un volcado con un teléfono virtual integrado (como Ayuda &gt; Probar con un teléfono virtual y luego Volcar).</translation>
    </message>
    <message>
        <source>kind[@offset][xtimes]</source>
        <translation>tipo[@desplazamiento][xveces]</translation>
    </message>
    <message>
        <source>mtreader: bad --demo-fault %1: %2</source>
        <translation>mtreader: --demo-fault %1 no válido: %2</translation>
    </message>
    <message>
        <source>Open File &gt; Dump several phones at once with this many virtual phones dumping at the same time.</source>
        <translation>Abrir Archivo &gt; Volcar varios teléfonos a la vez con este número de teléfonos virtuales volcando al mismo tiempo.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>Show the window in this language for this run, e.g. ru, ar or zh_CN (en for English). View &gt; Language chooses it for good.</source>
        <translation>Mostrar la ventana en este idioma solo en esta ejecución, p. ej. ru, ar o zh_CN (en para inglés). Ver &gt; Idioma lo elige de forma permanente.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>mtreader: unknown language %1; known: %2</source>
        <translation>mtreader: idioma desconocido %1; conocidos: %2</translation>
    </message>
    <message>
        <source>mtreader: --demo-jobs takes a number from 1 to 16</source>
        <translation>mtreader: --demo-jobs necesita un número de 1 a 16</translation>
    </message>
    <message>
        <source>With --demo: the virtual phone plays this fault, e.g. cable-pulled@0x100000, or error-status@0x80000x3 (three times; x0 means always). Repeatable.</source>
        <translation>Con --demo: el teléfono virtual simula este fallo, p. ej. cable-pulled@0x100000, o error-status@0x80000x3 (tres veces; x0 significa siempre). Se puede repetir.</translation>
    </message>
    <message>
        <source>With --demo: the virtual phone&apos;s flash, 4M, 8M or 16M (default 4M).</source>
        <translation>Con --demo: la flash del teléfono virtual, 4M, 8M o 16M (por defecto 4M).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <source>mtreader: --demo-flash takes 4M, 8M or 16M</source>
        <translation>mtreader: --demo-flash admite 4M, 8M o 16M</translation>
    </message>
</context>
</TS>
