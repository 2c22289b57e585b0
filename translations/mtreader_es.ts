<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AdvancedOptions</name>
    <message>
        <source>Verify (read &amp;twice)</source>
        <translation>Verificar (leer &amp;dos veces)</translation>
    </message>
    <message>
        <source>Careful &amp;mode: wait for every answer, for phones that dislike pipelining</source>
        <translation>Modo cau&amp;teloso: esperar cada respuesta, para teléfonos que no toleran las peticiones encadenadas</translation>
    </message>
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
        <source>Verify by reading twice</source>
        <translation>Verificar leyendo dos veces</translation>
    </message>
    <message>
        <source>Reads the range a second time and compares. Takes twice as long.</source>
        <translation>Lee el rango una segunda vez y compara. Tarda el doble.</translation>
    </message>
    <message>
        <source>Careful mode</source>
        <translation>Modo cauteloso</translation>
    </message>
    <message>
        <source>Sends one read command at a time. Slower; try it when a phone keeps failing.</source>
        <translation>Envía los comandos de lectura de uno en uno. Más lento; pruébelo si un teléfono falla una y otra vez.</translation>
    </message>
    <message>
        <source>&amp;Block size:</source>
        <translation>Tamaño de &amp;bloque:</translation>
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
        <source>Reads the flash of a MediaTek MT6261/MT6260 feature phone through its BootROM USB port
and saves LENGTH bytes from address START into FILE.
START and LENGTH are decimal (4194304) or hex (0x400000).</source>
        <translation>Lee la memoria flash de un teléfono básico MediaTek MT6261/MT6260 por su puerto USB de BootROM
y guarda LENGTH bytes desde la dirección START en FILE.
START y LENGTH se indican en decimal (4194304) o hexadecimal (0x400000).</translation>
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
        <source>First flash address to read, such as 0.</source>
        <translation>Primera dirección de la flash que se lee, por ejemplo 0.</translation>
    </message>
    <message>
        <source>Number of bytes to read, such as 0x400000 (4 MiB).</source>
        <translation>Número de bytes que se leen, por ejemplo 0x400000 (4 MiB).</translation>
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
        <source>READ32 commands kept in flight, 1 to %1 (default %2).</source>
        <translation>Comandos READ32 enviados sin esperar respuesta, de 1 a %1 (por defecto %2).</translation>
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
    <message numerus="yes">
        <source>Missing arguments: expected PORT FILE START LENGTH, got %n.</source>
        <translation>
            <numerusform>Faltan argumentos: se esperaban PORT FILE START LENGTH y se recibió %n.</numerusform>
            <numerusform>Faltan argumentos: se esperaban PORT FILE START LENGTH y se recibieron %n.</numerusform>
        </translation>
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
        <source>Reading %1 from 0x%2 into %3…</source>
        <translation>Leyendo %1 desde 0x%2 en %3…</translation>
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
        <source>Usage: mtreader-cli [options] PORT FILE START LENGTH
Run mtreader-cli --help for the options and exit codes.
</source>
        <translation>Uso: mtreader-cli [opciones] PORT FILE START LENGTH
Ejecute mtreader-cli --help para ver las opciones y los códigos de salida.
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--careful and --pipeline %1 contradict each other.</source>
        <translation type="unfinished"></translation>
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
        <source>Dump a&amp;nother phone</source>
        <translation>Volcar otro telé&amp;fono</translation>
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
        <source>%1 (%2 bytes) from 0x%3, read in %4.</source>
        <translation>%1 (%2 bytes) desde 0x%3, leído en %4.</translation>
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
        <source>Resumed from an earlier partial dump.</source>
        <translation>Reanudado a partir de un volcado parcial anterior.</translation>
    </message>
    <message>
        <source>The phone was told to restart; you can unplug it.</source>
        <translation>Se ordenó al teléfono que se reiniciara; ya puede desconectarlo.</translation>
    </message>
    <message>
        <source>Unplug the phone now.</source>
        <translation>Desconecte el teléfono ahora.</translation>
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
        <source>warning: unknown chip code 0x%1; MTreader knows MT6261 and MT6260. Going on.</source>
        <translation>aviso: código de chip desconocido 0x%1; MTreader conoce MT6261 y MT6260. Se continúa.</translation>
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
    <message>
        <source>retrying block at 0x%1 (attempt %2): %3</source>
        <translation>reintentando el bloque en 0x%1 (intento %2): %3</translation>
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
        <source>Check the cable, then reconnect the phone with the boot key held and resume the dump. If it happens again, choose a smaller block size or turn off pipelining.</source>
        <translation>Revise el cable, vuelva a conectar el teléfono con la tecla de arranque presionada y reanude el volcado. Si vuelve a ocurrir, elija un tamaño de bloque menor o desactive las peticiones encadenadas.</translation>
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
        <source>It is kept under a name marked &quot;unverified&quot;. Check the cable and USB port and dump again.</source>
        <translation>Se conserva con un nombre marcado como «unverified». Revise el cable y el puerto USB y vuelva a hacer el volcado.</translation>
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
        <source>%1 Click below, then connect the phone again (turned off, boot key held): the dump continues where it stopped.</source>
        <translation>%1 Haga clic en el botón de abajo y vuelva a conectar el teléfono (apagado, con la tecla de arranque presionada): el volcado continuará donde se detuvo.</translation>
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
        <source>The start &quot;%1&quot; is not a number. Use decimal (4194304) or hex (0x400000).</source>
        <translation>El inicio «%1» no es un número. Use decimal (4194304) o hexadecimal (0x400000).</translation>
    </message>
    <message>
        <source>The length &quot;%1&quot; is not a number. Use decimal (4194304) or hex (0x400000).</source>
        <translation>La longitud «%1» no es un número. Use decimal (4194304) o hexadecimal (0x400000).</translation>
    </message>
    <message>
        <source>The block size must be a multiple of 4 bytes.</source>
        <translation>El tamaño de bloque debe ser múltiplo de 4 bytes.</translation>
    </message>
    <message>
        <source>The block size can be at most 1 MiB.</source>
        <translation>El tamaño de bloque puede ser como máximo 1 MiB.</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Output file of this job</source>
        <translation>Archivo de salida de esta tarea</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation>Elegir el archivo de salida</translation>
    </message>
    <message>
        <source>Port of this job</source>
        <translation>Puerto de esta tarea</translation>
    </message>
    <message>
        <source>Progress of this job</source>
        <translation>Progreso de esta tarea</translation>
    </message>
    <message>
        <source>Status of this job</source>
        <translation>Estado de esta tarea</translation>
    </message>
    <message>
        <source>%1 from 0x%2</source>
        <translation>%1 desde 0x%2</translation>
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
        <source>Saved %1
SHA-256 %2</source>
        <translation>Guardado: %1
SHA-256 %2</translation>
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
        <translation type="unfinished"></translation>
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
        <source>&amp;Log</source>
        <translation>&amp;Registro</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MTreader — MediaTek flash reader</source>
        <translation>MTreader — lector de flash MediaTek</translation>
    </message>
    <message>
        <source>Demo: a virtual phone will be connected for you.</source>
        <translation>Demo: se conectará un teléfono virtual automáticamente.</translation>
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
        <source>Dump of %1 bytes from 0x%2 to %3%4</source>
        <translation>Volcado de %1 bytes desde 0x%2 en %3%4</translation>
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
        <source>Saved %1 (%2). SHA-256 %3</source>
        <translation>Guardado: %1 (%2). SHA-256 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 is kept in %3.</source>
        <translation>Se conservan %1 de %2 en %3.</translation>
    </message>
    <message>
        <source>Keep going: waiting for the next phone</source>
        <translation>Modo continuo: esperando al siguiente teléfono</translation>
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
    <name>PhoneInfo</name>
    <message>
        <source>unknown (0x%1)</source>
        <translation>desconocido (0x%1)</translation>
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
        <source>Automatic — first MediaTek phone (0E8D:0003)</source>
        <translation>Automático — primer teléfono MediaTek (0E8D:0003)</translation>
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
        <source>hardware %1, software %2, BROM %3</source>
        <translation>hardware %1, software %2, BROM %3</translation>
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
</context>
<context>
    <name>RangeEditor</name>
    <message>
        <source>Whole flash, 4 MiB</source>
        <translation>Flash completa, 4 MiB</translation>
    </message>
    <message>
        <source>Whole flash, 8 MiB</source>
        <translation>Flash completa, 8 MiB</translation>
    </message>
    <message>
        <source>Whole flash, 16 MiB</source>
        <translation>Flash completa, 16 MiB</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Rango personalizado</translation>
    </message>
    <message>
        <source>Range to read</source>
        <translation>Rango a leer</translation>
    </message>
    <message>
        <source>Most MT6261 phones have 4 MiB of flash; some have 8 or 16 MiB. Reading past the end of the flash repeats it from the start.</source>
        <translation>La mayoría de los teléfonos MT6261 tienen 4 MiB de flash; algunos tienen 8 o 16 MiB. Leer más allá del final de la flash la repite desde el principio.</translation>
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
</context>
<context>
    <name>SettingsColumn</name>
    <message>
        <source>&amp;Keep going: after each dump, wait for the next phone</source>
        <translation>Modo co&amp;ntinuo: tras cada volcado, esperar al siguiente teléfono</translation>
    </message>
    <message>
        <source>Keep going with the next phone</source>
        <translation>Continuar con el siguiente teléfono</translation>
    </message>
    <message>
        <source>For a stack of phones: every dump gets its own file name in the same folder.</source>
        <translation>Para una pila de teléfonos: cada volcado recibe su propio nombre de archivo en la misma carpeta.</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name for the dump with Save as.</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>UiText</name>
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
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>%1, hardware %2, software %3, BROM %4</source>
        <translation>%1, hardware %2, software %3, BROM %4</translation>
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
</context>
</TS>
