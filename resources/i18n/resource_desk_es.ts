<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>The catalogue cannot be opened.</source>
        <translation>No se puede abrir el catálogo.</translation>
    </message>
    <message>
        <source>Find a tag…</source>
        <translation>Buscar una etiqueta…</translation>
    </message>
    <message>
        <source>(leave as it is)</source>
        <translation>(dejar como está)</translation>
    </message>
    <message numerus="yes">
        <source>Edit %Ln resource(s)</source>
        <translation>
            <numerusform>Editar %Ln recurso</numerusform>
            <numerusform>Editar %Ln recursos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add these tags</source>
        <translation>&amp;Añadir estas etiquetas</translation>
    </message>
    <message>
        <source>&amp;Remove these tags</source>
        <translation>&amp;Quitar estas etiquetas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>e.g. Spanish, fr</source>
        <translation>p. ej., Inglés, fr</translation>
    </message>
    <message>
        <source>Mark verified &amp;today</source>
        <translation>Marcar como verificado &amp;hoy</translation>
    </message>
    <message>
        <source>(by {name})</source>
        <translation>(por {name})</translation>
    </message>
    <message>
        <source>&amp;Usual order (relevance while typing, else name)</source>
        <translation>Orden &amp;habitual (relevancia mientras se escribe; si no, nombre)</translation>
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
        <source>&amp;Cost</source>
        <translation>&amp;Costo</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Idiomas</translation>
    </message>
    <message>
        <source>Last &amp;verified (oldest first)</source>
        <translation>Última &amp;verificación (las más antiguas primero)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Name, organization, description, tag or language — e.g. trans housing</source>
        <translation>Nombre, organización, descripción, etiqueta o idioma — p. ej., vivienda trans</translation>
    </message>
    <message>
        <source>Search resources</source>
        <translation>Buscar recursos</translation>
    </message>
    <message>
        <source>Results follow each keystroke</source>
        <translation>Los resultados cambian con cada tecla</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Fit columns to the width</source>
        <translation>Ajustar las columnas al ancho</translation>
    </message>
    <message>
        <source>&amp;Sort results by</source>
        <translation>&amp;Ordenar los resultados por</translation>
    </message>
    <message>
        <source>&amp;Reverse order</source>
        <translation>&amp;Invertir el orden</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Modalidad</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>Add &amp;languages</source>
        <translation>Añadir &amp;idiomas</translation>
    </message>
    <message>
        <source>Remove la&amp;nguages</source>
        <translation>Quitar i&amp;diomas</translation>
    </message>
    <message>
        <source>How many resources will change</source>
        <translation>Cuántos recursos cambiarán</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Cambiar</translation>
    </message>
    <message>
        <source>Unknown language “{name}”: write its name or code (Spanish, es).</source>
        <translation>Idioma desconocido: «{name}». Escriba su nombre o su código (Español, es).</translation>
    </message>
    <message>
        <source>add </source>
        <translation>añadir </translation>
    </message>
    <message>
        <source>remove </source>
        <translation>quitar </translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>costo</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>modalidad</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>verified today</source>
        <translation>verificado hoy</translation>
    </message>
    <message numerus="yes">
        <source>Choose what to change in the %Ln resource(s).</source>
        <translation>
            <numerusform>Elija qué cambiar en el recurso.</numerusform>
            <numerusform>Elija qué cambiar en los %Ln recursos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counting which of the %Ln resource(s) will change…</source>
        <translation>
            <numerusform>Calculando si el recurso cambiará…</numerusform>
            <numerusform>Calculando cuáles de los %Ln recursos cambiarán…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %Ln resource(s) will change.</source>
        <translation>
            <numerusform>{count} de %Ln recurso cambiará.</numerusform>
            <numerusform>{count} de %Ln recursos cambiarán.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln resource(s) would change: they have this already.</source>
        <translation>
            <numerusform>El recurso no cambiaría: ya tiene esto.</numerusform>
            <numerusform>Ninguno de los %Ln recursos cambiaría: ya tienen esto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalogue file</source>
        <translation>Archivo del catálogo</translation>
    </message>
    <message>
        <source>Catalogue file warning</source>
        <translation>Aviso sobre el archivo del catálogo</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Put one of the catalogue&apos;s daily backups back in its place</source>
        <translation>Volver a poner en su lugar una de las copias diarias del catálogo</translation>
    </message>
    <message>
        <source>The other import has ended; going on.</source>
        <translation>La otra importación terminó; se continúa.</translation>
    </message>
    <message>
        <source>This catalogue is read-only: it is open for reading, and nothing can be changed in it.</source>
        <translation>Este catálogo es de solo lectura: está abierto para consultarlo y no se puede cambiar nada en él.</translation>
    </message>
    <message>
        <source>Today&apos;s backup was not made: {reason}</source>
        <translation>No se hizo la copia de seguridad de hoy: {reason}</translation>
    </message>
    <message>
        <source>This catalogue is damaged: Resource Desk will not write to it, so nothing more is lost. Restore a backup to go on.</source>
        <translation>Este catálogo está dañado: Resource Desk no escribirá en él, para que no se pierda nada más. Restaure una copia de seguridad para continuar.</translation>
    </message>
    <message>
        <source>The sample catalogue has no backups: it is made afresh whenever it is opened.</source>
        <translation>El catálogo de muestra no tiene copias de seguridad: se crea de nuevo cada vez que se abre.</translation>
    </message>
    <message>
        <source>Restored the backup {backup}. The catalogue as it was is kept as {kept}.</source>
        <translation>Se restauró la copia {backup}. El catálogo tal como estaba se guarda como {kept}.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Not verified in over 12 months</source>
        <translation>Sin verificar desde hace más de 12 meses</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Nunca verificado</translation>
    </message>
    <message>
        <source>Confidential address — hidden</source>
        <translation>Dirección confidencial: oculta</translation>
    </message>
    <message>
        <source>{age} and over</source>
        <translation>{age} años o más</translation>
    </message>
    <message>
        <source>up to {age}</source>
        <translation>hasta {age} años</translation>
    </message>
    <message>
        <source>Source categories:</source>
        <translation>Categorías de la fuente:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Sitio web:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Address (confidential — do not share or print):</source>
        <translation>Dirección (confidencial: no la comparta ni la imprima):</translation>
    </message>
    <message>
        <source>not verified in over 12 months</source>
        <translation>sin verificar desde hace más de 12 meses</translation>
    </message>
    <message>
        <source>(only in this catalogue; never printed)</source>
        <translation>(solo en este catálogo; nunca se imprimen)</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Edades</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Tarifas</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>ext. {number}</source>
        <translation>ext. {number}</translation>
    </message>
    <message>
        <source>Last verified: {date} by {name}</source>
        <translation>Última verificación: {date}, por {name}</translation>
    </message>
    <message>
        <source>Last verified: {date}</source>
        <translation>Última verificación: {date}</translation>
    </message>
    <message>
        <source>source id {id}</source>
        <translation>id en la fuente: {id}</translation>
    </message>
    <message>
        <source>added {date}</source>
        <translation>añadido el {date}</translation>
    </message>
    <message>
        <source>changed {date}</source>
        <translation>modificado el {date}</translation>
    </message>
    <message>
        <source>Resource details</source>
        <translation>Detalles del recurso</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Reveal confidential address</source>
        <translation>&amp;Mostrar la dirección confidencial</translation>
    </message>
    <message>
        <source>Show the confidential address on this screen only; it is never printed</source>
        <translation>Mostrar la dirección confidencial solo en esta pantalla; nunca se imprime</translation>
    </message>
    <message>
        <source>Choose a resource to see its details.</source>
        <translation>Elija un recurso para ver sus detalles.</translation>
    </message>
    <message>
        <source>&amp;Hide confidential address</source>
        <translation>&amp;Ocultar la dirección confidencial</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Source categories</source>
        <translation>Categorías de la fuente</translation>
    </message>
    <message>
        <source>Saved lists</source>
        <translation>Listas guardadas</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Última verificación</translation>
    </message>
    <message>
        <source>never verified</source>
        <translation>nunca verificado</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>Resources that look alike: the same phone number, web site or address and a close name. Compare them and decide — merge one into the other (you can undo it), or keep both.</source>
        <translation>Recursos que se parecen: el mismo teléfono, sitio web o dirección y un nombre parecido. Compárelos y decida: fusionar uno en el otro (se puede deshacer) o conservar ambos.</translation>
    </message>
    <message>
        <source>Number of possible duplicates</source>
        <translation>Número de posibles duplicados</translation>
    </message>
    <message>
        <source>The two resources side by side</source>
        <translation>Los dos recursos, uno al lado del otro</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>marks (on a yellow ground) what differs between the two.</source>
        <translation>marca (sobre fondo amarillo) lo que difiere entre los dos.</translation>
    </message>
    <message>
        <source>Keep &amp;left, merge right into it</source>
        <translation>Conservar el de la &amp;izquierda y fusionar el de la derecha en él</translation>
    </message>
    <message>
        <source>Keep the left resource; move the right one&apos;s phones, addresses, tags and list entries onto it and fill its empty fields; then delete the right one</source>
        <translation>Conservar el recurso de la izquierda; pasarle los teléfonos, direcciones, etiquetas y entradas de listas del de la derecha y completar sus campos vacíos; después, eliminar el de la derecha</translation>
    </message>
    <message>
        <source>Keep &amp;right, merge left into it</source>
        <translation>Conservar el de la &amp;derecha y fusionar el de la izquierda en él</translation>
    </message>
    <message>
        <source>Keep the right resource; move the left one&apos;s phones, addresses, tags and list entries onto it and fill its empty fields; then delete the left one</source>
        <translation>Conservar el recurso de la derecha; pasarle los teléfonos, direcciones, etiquetas y entradas de listas del de la izquierda y completar sus campos vacíos; después, eliminar el de la izquierda</translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation>&amp;No son duplicados</translation>
    </message>
    <message>
        <source>Keep both; this pair is not listed again</source>
        <translation>Conservar ambos; este par no se vuelve a mostrar</translation>
    </message>
    <message>
        <source>&amp;Undo last merge</source>
        <translation>&amp;Deshacer la última fusión</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Looking for possible duplicates…</source>
        <translation>Buscando posibles duplicados…</translation>
    </message>
    <message>
        <source>The possible duplicates could not be read.</source>
        <translation>No se pudieron leer los posibles duplicados.</translation>
    </message>
    <message>
        <source>
⚠ different organizations</source>
        <translation>
⚠ organizaciones distintas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible duplicate pair(s)</source>
        <translation>
            <numerusform>%Ln posible par de duplicados</numerusform>
            <numerusform>%Ln posibles pares de duplicados</numerusform>
        </translation>
    </message>
    <message>
        <source>No possible duplicates: no two resources share a phone, web site or address with a close name (or you have said they are different).</source>
        <translation>No hay posibles duplicados: ningún par de recursos comparte teléfono, sitio web o dirección con un nombre parecido (o usted indicó que son distintos).</translation>
    </message>
    <message>
        <source>⚠ These belong to {organizations} — merge them only if they really are one resource.</source>
        <translation>⚠ Pertenecen a {organizations}: fusiónelos solo si de verdad son un mismo recurso.</translation>
    </message>
    <message>
        <source>{field}: the two differ</source>
        <translation>{field}: los dos difieren</translation>
    </message>
    <message>
        <source>Put “{removed}” back, and “{kept}” as it was before the merge</source>
        <translation>Recuperar «{removed}» y dejar «{kept}» como estaba antes de la fusión</translation>
    </message>
    <message>
        <source>No merge to undo</source>
        <translation>No hay ninguna fusión que deshacer</translation>
    </message>
    <message>
        <source>Merge resources of different organizations?</source>
        <translation>¿Fusionar recursos de organizaciones distintas?</translation>
    </message>
    <message>
        <source>“{keep}” belongs to {keep_organization} and “{remove}” to {remove_organization}.

Merge them anyway? “{remove}” is deleted and what it has moves to “{keep}” ({keep_organization}). You can undo it.</source>
        <translation>«{keep}» pertenece a {keep_organization} y «{remove}» a {remove_organization}.

¿Fusionarlos de todos modos? «{remove}» se elimina y lo que tiene pasa a «{keep}» ({keep_organization}). Se puede deshacer.</translation>
    </message>
    <message>
        <source>Merge “{removed}” into “{kept}”</source>
        <translation>Fusionar «{removed}» en «{kept}»</translation>
    </message>
    <message>
        <source>. “Undo last merge” (or Edit ▸ Undo) puts both back.</source>
        <translation>. «Deshacer la última fusión» (o Edición ▸ Deshacer) recupera ambos.</translation>
    </message>
    <message>
        <source>Not duplicates: “{a}” and “{b}”</source>
        <translation>No son duplicados: «{a}» y «{b}»</translation>
    </message>
    <message>
        <source>Kept both “{a}” and “{b}”; this pair is not listed again.</source>
        <translation>Se conservaron «{a}» y «{b}»; este par no se vuelve a mostrar.</translation>
    </message>
    <message>
        <source>Undid the merge: “{removed}” is back, and “{kept}” is as it was.</source>
        <translation>Se deshizo la fusión: «{removed}» está de vuelta y «{kept}» quedó como estaba.</translation>
    </message>
    <message>
        <source>&amp;Add a resource…</source>
        <translation>&amp;Añadir un recurso…</translation>
    </message>
    <message>
        <source>Add a resource</source>
        <translation>Añadir un recurso</translation>
    </message>
    <message>
        <source>Edit the chosen resource</source>
        <translation>Editar el recurso elegido</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplicar…</translation>
    </message>
    <message>
        <source>Start a new resource from a copy of the chosen one</source>
        <translation>Crear un recurso nuevo a partir de una copia del elegido</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete the chosen resources</source>
        <translation>Eliminar los recursos elegidos</translation>
    </message>
    <message>
        <source>Mark &amp;verified today</source>
        <translation>Marcar como &amp;verificado hoy</translation>
    </message>
    <message>
        <source>Record that the chosen resources were checked today</source>
        <translation>Registrar que los recursos elegidos se comprobaron hoy</translation>
    </message>
    <message>
        <source>Edit &amp;selected…</source>
        <translation>Editar los &amp;seleccionados…</translation>
    </message>
    <message>
        <source>Add or remove tags, set kind, cost, delivery, status or languages of the chosen resources at once</source>
        <translation>Añadir o quitar etiquetas y fijar el tipo, el costo, la modalidad, el estado o los idiomas de los recursos elegidos, todo a la vez</translation>
    </message>
    <message>
        <source>Add a resource (Ctrl+N)</source>
        <translation>Añadir un recurso (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Add the resource</source>
        <translation>Añadir el recurso</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Duplicate “{name}”</source>
        <translation>Duplicar «{name}»</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>{action} “{name}”</source>
        <translation>{action} «{name}»</translation>
    </message>
    <message>
        <source>Saved “{name}”</source>
        <translation>Se guardó «{name}»</translation>
    </message>
    <message>
        <source>Saved “{name}”. The current search or filters do not show it.</source>
        <translation>Se guardó «{name}». La búsqueda o los filtros actuales no lo muestran.</translation>
    </message>
    <message>
        <source>Delete “{name}”?

Edit ▸ Undo brings it back.</source>
        <translation>¿Eliminar «{name}»?

Edición ▸ Deshacer lo recupera.</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more</source>
        <translation>
            <numerusform>…y %Ln más</numerusform>
            <numerusform>…y %Ln más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %Ln resources?

{names}

Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>¿Eliminar este recurso?

{names}

Edición ▸ Deshacer lo recupera.</numerusform>
            <numerusform>¿Eliminar estos %Ln recursos?

{names}

Edición ▸ Deshacer los recupera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete resources</source>
        <translation>Eliminar recursos</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>Eliminar «{name}»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln resources</source>
        <translation>
            <numerusform>Eliminar %Ln recurso</numerusform>
            <numerusform>Eliminar %Ln recursos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln resource(s)</source>
        <translation>
            <numerusform>Se eliminó %Ln recurso</numerusform>
            <numerusform>Se eliminaron %Ln recursos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln resource(s) verified</source>
        <translation>
            <numerusform>Marcar %Ln recurso como verificado</numerusform>
            <numerusform>Marcar %Ln recursos como verificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln resource(s) verified today</source>
        <translation>
            <numerusform>Se marcó %Ln recurso como verificado hoy</numerusform>
            <numerusform>Se marcaron %Ln recursos como verificados hoy</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the resources</source>
        <translation>Cambiar los recursos</translation>
    </message>
    <message numerus="yes">
        <source>Edit %Ln resource(s): {changes}</source>
        <translation>
            <numerusform>Editar %Ln recurso: {changes}</numerusform>
            <numerusform>Editar %Ln recursos: {changes}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed %Ln resource(s)</source>
        <translation>
            <numerusform>Se cambió %Ln recurso</numerusform>
            <numerusform>Se cambiaron %Ln recursos</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the resources…</source>
        <translation>Cambiando los recursos…</translation>
    </message>
    <message>
        <source>Something went wrong:</source>
        <translation>Algo salió mal:</translation>
    </message>
    <message>
        <source>This is a fault in Resource Desk, not something you did. Nothing you had saved is lost. “Copy details” copies what a developer needs to fix it.</source>
        <translation>Es un fallo de Resource Desk, no algo que usted hiciera. No se perdió nada de lo que tenía guardado. «Copiar detalles» copia lo que un desarrollador necesita para corregirlo.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>CSV spreadsheet (re-imports exactly)</source>
        <translation>Hoja de cálculo CSV (se vuelve a importar tal cual)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Open Referral HSDS 3.0 package (.zip)</source>
        <translation>Paquete Open Referral HSDS 3.0 (.zip)</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <source>Open Referral HSDS 3.0 package (a folder of CSV tables)</source>
        <translation>Paquete Open Referral HSDS 3.0 (una carpeta de tablas CSV)</translation>
    </message>
    <message>
        <source>Open Referral HSDS 3.0 JSON (a service list)</source>
        <translation>Open Referral HSDS 3.0 en JSON (una lista de servicios)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export resources</source>
        <translation>Exportar recursos</translation>
    </message>
    <message>
        <source>The whole catalogue</source>
        <translation>Todo el catálogo</translation>
    </message>
    <message>
        <source>The current search</source>
        <translation>La búsqueda actual</translation>
    </message>
    <message>
        <source>The selected resources ({count})</source>
        <translation>Los recursos seleccionados ({count})</translation>
    </message>
    <message>
        <source>Include private notes and confidential addresses (for your own backup, not for sharing)</source>
        <translation>Incluir las notas privadas y las direcciones confidenciales (para su propia copia, no para compartir)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportar:</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} no es una carpeta.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>by ticking the box above</source>
        <translation>marcando la casilla de arriba</translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation>La exportación falló: {reason}</translation>
    </message>
    <message>
        <source>{name} exists. Replace it?</source>
        <translation>{name} ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>Resource Desk guide</source>
        <translation>Guía de Resource Desk</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Código de cliente</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Saved as PDF</source>
        <translation>Guardada como PDF</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impresa</translation>
    </message>
    <message>
        <source>Sheet history</source>
        <translation>Historial de hojas</translation>
    </message>
    <message>
        <source>Sheets printed or saved</source>
        <translation>Hojas impresas o guardadas</translation>
    </message>
    <message>
        <source>&amp;Open in sheet tray</source>
        <translation>&amp;Abrir en la bandeja de la hoja</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>C&amp;lear history…</source>
        <translation>&amp;Vaciar el historial…</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <source>No sheets logged yet.</source>
        <translation>Todavía no hay hojas registradas.</translation>
    </message>
    <message>
        <source> The log is switched off in Edit ▸ Preferences.</source>
        <translation> El registro está desactivado en Edición ▸ Preferencias.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sheet(s); no client names are kept.</source>
        <translation>
            <numerusform>%Ln hoja; no se guarda ningún nombre de cliente.</numerusform>
            <numerusform>%Ln hojas; no se guarda ningún nombre de cliente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forget all %Ln logged sheet(s)?</source>
        <translation>
            <numerusform>¿Olvidar la hoja registrada?</numerusform>
            <numerusform>¿Olvidar las %Ln hojas registradas?</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creados</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecha</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Historial de importaciones</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>&amp;Deshacer esta importación…</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Todavía no hay importaciones.</translation>
    </message>
    <message>
        <source>Import {id}</source>
        <translation>Importación {id}</translation>
    </message>
    <message>
        <source>Encoding: {name}</source>
        <translation>Codificación: {name}</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Filas rechazadas:</translation>
    </message>
    <message>
        <source>No rejected rows.</source>
        <translation>No hay filas rechazadas.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avisos:</translation>
    </message>
    <message>
        <source>Undo the import of {file}?

The {created} resources it created are deleted and the {updated} it updated get their old values back.</source>
        <translation>¿Deshacer la importación de {file}?

Se eliminan los {created} recursos que creó y los {updated} que actualizó recuperan sus valores anteriores.</translation>
    </message>
    <message>
        <source>Import resources</source>
        <translation>Importar recursos</translation>
    </message>
    <message>
        <source>Update it (fill in and add; never blank anything)</source>
        <translation>Actualizarlo (completar y añadir; nunca borrar nada)</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Omitir la fila</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Conservar ambos</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <source>Already in the catalogue</source>
        <translation>Ya en el catálogo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Would change</source>
        <translation>Cambiaría</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Hacer</translation>
    </message>
    <message>
        <source>earlier in this file</source>
        <translation>antes en este archivo</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>Rows that match a resource already in the catalogue (or an earlier row of this file). Choose what to do with each; the default changes nothing when a file is imported twice.</source>
        <translation>Filas que coinciden con un recurso que ya está en el catálogo (o con una fila anterior de este archivo). Elija qué hacer con cada una; la opción predeterminada no cambia nada cuando un archivo se importa dos veces.</translation>
    </message>
    <message>
        <source>When a row matches:</source>
        <translation>Cuando una fila coincide:</translation>
    </message>
    <message>
        <source>Possible new tags: values of tag columns (untick to leave them out), and source categories that match no tag (tick one to make a tag of it):</source>
        <translation>Posibles etiquetas nuevas: valores de columnas de etiquetas (desmarque para dejarlos fuera) y categorías de la fuente que no coinciden con ninguna etiqueta (marque una para crear una etiqueta con ella):</translation>
    </message>
    <message>
        <source>Rows that cannot be imported, and warnings:</source>
        <translation>Filas que no se pueden importar, y avisos:</translation>
    </message>
    <message>
        <source>Reading the whole file to find duplicates (nothing is written)…</source>
        <translation>Leyendo todo el archivo para encontrar duplicados (no se escribe nada)…</translation>
    </message>
    <message>
        <source>This file would give: {summary}.</source>
        <translation>Este archivo daría: {summary}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>source category, </source>
        <translation>categoría de la fuente, </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more warning(s)</source>
        <translation>
            <numerusform>… y %Ln aviso más</numerusform>
            <numerusform>… y %Ln avisos más</numerusform>
        </translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Resource lists (*.csv *.tsv *.txt *.xlsx *.zip *.json);;All files (*)</source>
        <translation>Listas de recursos (*.csv *.tsv *.txt *.xlsx *.zip *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Elija un archivo</translation>
    </message>
    <message>
        <source>A spreadsheet (CSV or .xlsx), a 211 export, or an Open Referral data package (a folder, a .zip or its datapackage.json).</source>
        <translation>Una hoja de cálculo (CSV o .xlsx), una exportación de un 211 o un paquete de datos Open Referral (una carpeta, un .zip o su datapackage.json).</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>El archivo que se va a importar</translation>
    </message>
    <message>
        <source>Choose a &amp;folder…</source>
        <translation>Elegir una &amp;carpeta…</translation>
    </message>
    <message>
        <source>You dropped several files; pick the one to import now:</source>
        <translation>Soltó varios archivos; elija el que quiere importar ahora:</translation>
    </message>
    <message>
        <source>An Open Referral data package folder</source>
        <translation>Una carpeta de paquete de datos Open Referral</translation>
    </message>
    <message>
        <source>Recognise it</source>
        <translation>Reconocerlo</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV or .xlsx)</source>
        <translation>Hoja de cálculo (CSV o .xlsx)</translation>
    </message>
    <message>
        <source>Open Referral package</source>
        <translation>Paquete Open Referral</translation>
    </message>
    <message>
        <source>iCarol 211 export</source>
        <translation>Exportación 211 de iCarol</translation>
    </message>
    <message>
        <source>What the file is</source>
        <translation>Qué es el archivo</translation>
    </message>
    <message>
        <source>Check what was recognised; change the encoding if accents look wrong.</source>
        <translation>Revise lo que se reconoció; cambie la codificación si los acentos se ven mal.</translation>
    </message>
    <message>
        <source>Tidy capitals (LIKE THIS → Like This)</source>
        <translation>Arreglar mayúsculas (ASÍ → Así)</translation>
    </message>
    <message>
        <source>Names and organization names written in capitals are put in title case; acronyms (AIDS, LGBTQ, SF, YMCA) and small words (of, and, de) are kept right. Names in mixed case are never changed. Ticked when most names in the file are in capitals.</source>
        <translation>Los nombres de recursos y organizaciones escritos en mayúsculas pasan a llevar mayúscula inicial; las siglas (AIDS, LGBTQ, SF, YMCA) y las palabras cortas (of, and, de) se mantienen bien. Los nombres que mezclan mayúsculas y minúsculas nunca se cambian. Se marca cuando la mayoría de los nombres del archivo están en mayúsculas.</translation>
    </message>
    <message>
        <source>Recognised as:</source>
        <translation>Reconocido como:</translation>
    </message>
    <message>
        <source>Read it as:</source>
        <translation>Leerlo como:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Nombres:</translation>
    </message>
    <message>
        <source>The first rows, as read:</source>
        <translation>Las primeras filas, tal como se leyeron:</translation>
    </message>
    <message>
        <source>Notes from reading the file:</source>
        <translation>Notas de la lectura del archivo:</translation>
    </message>
    <message>
        <source>This file could not be read: {reason}</source>
        <translation>No se pudo leer este archivo: {reason}</translation>
    </message>
    <message>
        <source>The first resources, as they will be stored:</source>
        <translation>Los primeros recursos, tal como se guardarán:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Primeros valores</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Se importa como</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Each column goes to a field. Yes/no columns can stand for a tag or a language. The preview below shows the first rows as they will be stored.</source>
        <translation>Cada columna va a un campo. Las columnas de sí/no pueden representar una etiqueta o un idioma. La vista previa de abajo muestra las primeras filas tal como se guardarán.</translation>
    </message>
    <message>
        <source>Name for this mapping</source>
        <translation>Nombre de esta correspondencia</translation>
    </message>
    <message>
        <source>&amp;Save mapping</source>
        <translation>&amp;Guardar la correspondencia</translation>
    </message>
    <message>
        <source>&amp;Write to file…</source>
        <translation>&amp;Escribir en un archivo…</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Abrir un archivo…</translation>
    </message>
    <message>
        <source>Saved mappings:</source>
        <translation>Correspondencias guardadas:</translation>
    </message>
    <message>
        <source>Preview (first rows as they will be stored):</source>
        <translation>Vista previa (las primeras filas tal como se guardarán):</translation>
    </message>
    <message>
        <source>either facet</source>
        <translation>cualquier faceta</translation>
    </message>
    <message>
        <source>facet:name, e.g. need:Food</source>
        <translation>faceta:nombre, p. ej., need:Food</translation>
    </message>
    <message>
        <source>a code, e.g. es</source>
        <translation>un código, p. ej., es</translation>
    </message>
    <message>
        <source>address number (1, 2, …)</source>
        <translation>número de dirección (1, 2, …)</translation>
    </message>
    <message>
        <source>Give the mapping a name to save it.</source>
        <translation>Dé un nombre a la correspondencia para guardarla.</translation>
    </message>
    <message>
        <source>Saved as “{name}”.</source>
        <translation>Guardada como «{name}».</translation>
    </message>
    <message>
        <source>Write the mapping to a file</source>
        <translation>Escribir la correspondencia en un archivo</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>Archivos de correspondencia (*.json)</translation>
    </message>
    <message>
        <source>Written to {path}; use it with: resource-desk import FILE --mapping {path}</source>
        <translation>Escrita en {path}; úsela con: resource-desk import ARCHIVO --mapping {path}</translation>
    </message>
    <message>
        <source>Open a mapping file</source>
        <translation>Abrir un archivo de correspondencia</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Suggested tags</source>
        <translation>Etiquetas sugeridas</translation>
    </message>
    <message>
        <source>Tags that the rows&apos; own words (name, description, eligibility, source categories) suggest. Tick the ones to add to those rows; the others are left out.</source>
        <translation>Etiquetas que sugieren las propias palabras de las filas (nombre, descripción, requisitos, categorías de la fuente). Marque las que quiera añadir a esas filas; las demás se dejan fuera.</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Marcar &amp;todas</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>&amp;Desmarcar todas</translation>
    </message>
    <message>
        <source>{tag}  —  {rows}, e.g. {examples}</source>
        <translation>{tag}  —  {rows}, p. ej., {examples}</translation>
    </message>
    <message numerus="yes">
        <source>{ticked} of %Ln suggested tag(s) will be added.</source>
        <translation>
            <numerusform>Se añadirán {ticked} de %Ln etiqueta sugerida.</numerusform>
            <numerusform>Se añadirán {ticked} de %Ln etiquetas sugeridas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>One import is one step: all of it or none of it. It can be undone from the import history.</source>
        <translation>Una importación es un solo paso: se hace entera o no se hace. Se puede deshacer desde el historial de importaciones.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancelar la importación</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>&amp;Deshacer esta importación</translation>
    </message>
    <message>
        <source>{file} will give: {summary}.</source>
        <translation>{file} daría: {summary}.</translation>
    </message>
    <message numerus="yes">
        <source>You changed the choice for %Ln match(es).</source>
        <translation>
            <numerusform>Usted cambió la opción de %Ln coincidencia.</numerusform>
            <numerusform>Usted cambió la opción de %Ln coincidencias.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln offered tag(s) left out.</source>
        <translation>
            <numerusform>Se deja fuera %Ln etiqueta ofrecida.</numerusform>
            <numerusform>Se dejan fuera %Ln etiquetas ofrecidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source categories become tags.</source>
        <translation>
            <numerusform>%Ln categoría de la fuente pasa a ser etiqueta.</numerusform>
            <numerusform>%Ln categorías de la fuente pasan a ser etiquetas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested tags added: {tags}.</source>
        <translation>Etiquetas sugeridas añadidas: {tags}.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Done: {summary}.</source>
        <translation>Hecho: {summary}.</translation>
    </message>
    <message>
        <source>New tags: </source>
        <translation>Etiquetas nuevas: </translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Cancelado. No se escribió nada.</translation>
    </message>
    <message>
        <source>The import failed and nothing was written:</source>
        <translation>La importación falló y no se escribió nada:</translation>
    </message>
    <message>
        <source>Undo this import? What it created is deleted and what it updated gets its old values back.</source>
        <translation>¿Deshacer esta importación? Se elimina lo que creó y lo que actualizó recupera sus valores anteriores.</translation>
    </message>
    <message>
        <source>Undone: {deleted} resources deleted, {restored} restored.</source>
        <translation>Deshecha: {deleted} recursos eliminados, {restored} restaurados.</translation>
    </message>
    <message>
        <source>Support group</source>
        <translation>Grupo de apoyo</translation>
    </message>
    <message>
        <source>Peer support</source>
        <translation>Apoyo entre pares</translation>
    </message>
    <message>
        <source>Advocacy organization</source>
        <translation>Organización de defensa</translation>
    </message>
    <message>
        <source>Community resource</source>
        <translation>Recurso comunitario</translation>
    </message>
    <message>
        <source>Crisis line</source>
        <translation>Línea de crisis</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Ayuda legal</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Refugio</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Sliding scale</source>
        <translation>Tarifa según ingresos</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Seguro médico</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Con costo</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Por teléfono</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>En persona o en línea</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Temporarily closed</source>
        <translation>Cerrado temporalmente</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Do not refer</source>
        <translation>No derivar</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Text/SMS</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>TTY</source>
        <translation>TTY</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Línea de ayuda</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Who it serves</source>
        <translation>A quién atiende</translation>
    </message>
    <message>
        <source>What it offers</source>
        <translation>Qué ofrece</translation>
    </message>
    <message>
        <source>(title not kept)</source>
        <translation>(título no guardado)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <source>Ages (“12–24”, “18 and older”)</source>
        <translation>Edades («12–24», «18 y más»)</translation>
    </message>
    <message>
        <source>Lowest age</source>
        <translation>Edad mínima</translation>
    </message>
    <message>
        <source>Highest age</source>
        <translation>Edad máxima</translation>
    </message>
    <message>
        <source>Cost (free, sliding scale, …)</source>
        <translation>Costo (gratis, según ingresos, …)</translation>
    </message>
    <message>
        <source>Delivery (in person, remote, …)</source>
        <translation>Modalidad (en persona, en línea, …)</translation>
    </message>
    <message>
        <source>Languages (list)</source>
        <translation>Idiomas (lista)</translation>
    </message>
    <message>
        <source>Language (yes/no column)</source>
        <translation>Idioma (columna de sí/no)</translation>
    </message>
    <message>
        <source>Last verified (date)</source>
        <translation>Última verificación (fecha)</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Verificado por</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Números de teléfono</translation>
    </message>
    <message>
        <source>Address (whole, one line)</source>
        <translation>Dirección (completa, en una línea)</translation>
    </message>
    <message>
        <source>Address: street</source>
        <translation>Dirección: calle</translation>
    </message>
    <message>
        <source>Address: second line</source>
        <translation>Dirección: segunda línea</translation>
    </message>
    <message>
        <source>Address: city</source>
        <translation>Dirección: ciudad</translation>
    </message>
    <message>
        <source>Address: state / region</source>
        <translation>Dirección: estado / región</translation>
    </message>
    <message>
        <source>Address: postal code</source>
        <translation>Dirección: código postal</translation>
    </message>
    <message>
        <source>Address: country</source>
        <translation>Dirección: país</translation>
    </message>
    <message>
        <source>Address: confidential (yes/no)</source>
        <translation>Dirección: confidencial (sí/no)</translation>
    </message>
    <message>
        <source>Address: latitude</source>
        <translation>Dirección: latitud</translation>
    </message>
    <message>
        <source>Address: longitude</source>
        <translation>Dirección: longitud</translation>
    </message>
    <message>
        <source>Tags (list)</source>
        <translation>Etiquetas (lista)</translation>
    </message>
    <message>
        <source>Tag (yes/no column)</source>
        <translation>Etiqueta (columna de sí/no)</translation>
    </message>
    <message>
        <source>Source categories (the list&apos;s own classification)</source>
        <translation>Categorías de la fuente (la clasificación propia de la lista)</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notas privadas</translation>
    </message>
    <message>
        <source>Note (added to private notes with the column name)</source>
        <translation>Nota (se añade a las notas privadas con el nombre de la columna)</translation>
    </message>
    <message>
        <source>Id in the source</source>
        <translation>Id en la fuente</translation>
    </message>
    <message>
        <source>Resource Desk id (UUID)</source>
        <translation>Id de Resource Desk (UUID)</translation>
    </message>
    <message>
        <source>Organization: other name</source>
        <translation>Organización: otro nombre</translation>
    </message>
    <message>
        <source>Organization: description</source>
        <translation>Organización: descripción</translation>
    </message>
    <message>
        <source>Organization: website</source>
        <translation>Organización: sitio web</translation>
    </message>
    <message>
        <source>Organization: email</source>
        <translation>Organización: correo electrónico</translation>
    </message>
    <message>
        <source>Text in another language</source>
        <translation>Texto en otro idioma</translation>
    </message>
    <message>
        <source>Verified today</source>
        <translation>Verificado hoy</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <source>Marked inactive</source>
        <translation>Marcado como inactivo</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <source>before upgrade</source>
        <translation>antes de actualizar</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>antes de restaurar</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source>Cantonese</source>
        <translation>Cantonés</translation>
    </message>
    <message>
        <source>Mandarin</source>
        <translation>Mandarín</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>Tagalo</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonés</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persa</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ucraniano</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>Criollo haitiano</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polaco</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>Bengalí</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>Panyabí</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somalí</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>Amárico</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigriña</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Suajili</translation>
    </message>
    <message>
        <source>Hmong</source>
        <translation>Hmong</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>Jemer</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>Lao</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Tailandés</translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation>Birmano</translation>
    </message>
    <message>
        <source>Nepali</source>
        <translation>Nepalí</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>Armenio</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebreo</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griego</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turco</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>Pastún</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>Darí</translation>
    </message>
    <message>
        <source>Mam</source>
        <translation>Mam</translation>
    </message>
    <message>
        <source>K&apos;iche&apos;</source>
        <translation>K&apos;iche&apos;</translation>
    </message>
    <message>
        <source>Navajo</source>
        <translation>Navajo</translation>
    </message>
    <message>
        <source>Samoan</source>
        <translation>Samoano</translation>
    </message>
    <message>
        <source>Tongan</source>
        <translation>Tongano</translation>
    </message>
    <message>
        <source>American Sign Language</source>
        <translation>Lengua de señas americana</translation>
    </message>
    <message>
        <source>British Sign Language</source>
        <translation>Lengua de señas británica</translation>
    </message>
    <message>
        <source>Quebec Sign Language</source>
        <translation>Lengua de señas de Quebec</translation>
    </message>
    <message>
        <source>Mexican Sign Language</source>
        <translation>Lengua de señas mexicana</translation>
    </message>
    <message>
        <source>Sign language</source>
        <translation>Lengua de señas</translation>
    </message>
    <message>
        <source>Resource Desk catalogues (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Catálogos de Resource Desk (*.sqlite3 *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Welcome to Resource Desk&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Le damos la bienvenida a Resource Desk&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Your catalogue is empty. Import a list of resources that colleagues, a coalition or a 211 centre shared with you, add your first resource by hand, or look around in a sample catalogue first (it is kept apart from yours).</source>
        <translation>Su catálogo está vacío. Importe una lista de recursos que le hayan compartido colegas, una coalición o un centro 211, añada a mano su primer recurso, o explore antes un catálogo de muestra (se guarda aparte del suyo).</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Add a resource</source>
        <translation>&amp;Añadir un recurso</translation>
    </message>
    <message>
        <source>&amp;Load the sample catalogue</source>
        <translation>&amp;Cargar el catálogo de muestra</translation>
    </message>
    <message>
        <source>Number of resources found</source>
        <translation>Número de recursos encontrados</translation>
    </message>
    <message>
        <source>&amp;Open catalogue…</source>
        <translation>&amp;Abrir un catálogo…</translation>
    </message>
    <message>
        <source>Open another catalogue file</source>
        <translation>Abrir otro archivo de catálogo</translation>
    </message>
    <message>
        <source>&amp;New catalogue…</source>
        <translation>&amp;Nuevo catálogo…</translation>
    </message>
    <message>
        <source>Start a new, empty catalogue file</source>
        <translation>Empezar un archivo de catálogo nuevo y vacío</translation>
    </message>
    <message>
        <source>Open &amp;my catalogue</source>
        <translation>Abrir &amp;mi catálogo</translation>
    </message>
    <message>
        <source>Go back to your own catalogue</source>
        <translation>Volver a su propio catálogo</translation>
    </message>
    <message>
        <source>Open the &amp;sample catalogue</source>
        <translation>Abrir el catálogo de &amp;muestra</translation>
    </message>
    <message>
        <source>Look around in the sample catalogue (kept apart from yours)</source>
        <translation>Explorar el catálogo de muestra (se guarda aparte del suyo)</translation>
    </message>
    <message>
        <source>Import resources from a CSV, spreadsheet or Open Referral file</source>
        <translation>Importar recursos de un archivo CSV, una hoja de cálculo o un archivo Open Referral</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Save resources as CSV or an Open Referral package</source>
        <translation>Guardar recursos como CSV o como paquete Open Referral</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>&amp;Historial de importaciones…</translation>
    </message>
    <message>
        <source>Past imports, their problems, and Undo</source>
        <translation>Importaciones anteriores, sus problemas y Deshacer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>&amp;Etiquetas…</translation>
    </message>
    <message>
        <source>Add, rename, merge and color tags</source>
        <translation>Añadir, renombrar, fusionar y colorear etiquetas</translation>
    </message>
    <message>
        <source>&amp;Suggest tags…</source>
        <translation>&amp;Sugerir etiquetas…</translation>
    </message>
    <message>
        <source>Tags the chosen resources&apos; own words suggest (or the results&apos;)</source>
        <translation>Etiquetas que sugieren las propias palabras de los recursos elegidos (o de los resultados)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>Ir al cuadro de búsqueda</translation>
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation>&amp;Borrar la búsqueda y los filtros</translation>
    </message>
    <message>
        <source>Possible d&amp;uplicates…</source>
        <translation>Posibles d&amp;uplicados…</translation>
    </message>
    <message>
        <source>Resources that look alike, side by side: merge them or keep both</source>
        <translation>Recursos que se parecen, uno al lado del otro: fusiónelos o conserve ambos</translation>
    </message>
    <message>
        <source>&amp;Review stale resources…</source>
        <translation>&amp;Revisar recursos desactualizados…</translation>
    </message>
    <message>
        <source>Step through the resources not verified in the last N months, oldest first</source>
        <translation>Recorrer los recursos sin verificar en los últimos N meses, empezando por los más antiguos</translation>
    </message>
    <message>
        <source>Show &amp;inactive &amp;&amp; do-not-refer</source>
        <translation>Mostrar &amp;inactivos y «no derivar»</translation>
    </message>
    <message>
        <source>Show &amp;filters</source>
        <translation>Mostrar los &amp;filtros</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Mostrar los &amp;detalles</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>Resource Desk &amp;guide</source>
        <translation>&amp;Guía de Resource Desk</translation>
    </message>
    <message>
        <source>Finding, tagging, importing, sheets and privacy, in short (F1)</source>
        <translation>Buscar, etiquetar, importar, hojas y privacidad, en breve (F1)</translation>
    </message>
    <message>
        <source>&amp;About Resource Desk</source>
        <translation>&amp;Acerca de Resource Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resource(s) found</source>
        <translation>
            <numerusform>%Ln recurso encontrado</numerusform>
            <numerusform>%Ln recursos encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln seleccionado</numerusform>
            <numerusform>%Ln seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen the window in {language} now? What you did so far could then no longer be undone with Edit ▸ Undo.</source>
        <translation>¿Reabrir ahora la ventana en {language}? Lo que ha hecho hasta ahora ya no se podrá deshacer con Edición ▸ Deshacer.</translation>
    </message>
    <message>
        <source>Reopen now</source>
        <translation>Reabrir ahora</translation>
    </message>
    <message>
        <source>When I next open it</source>
        <translation>La próxima vez que la abra</translation>
    </message>
    <message>
        <source>Demo catalogue</source>
        <translation>Catálogo de demostración</translation>
    </message>
    <message>
        <source>Upgraded the catalogue; the previous version is kept as {name}</source>
        <translation>Se actualizó el catálogo; la versión anterior se guarda como {name}</translation>
    </message>
    <message>
        <source>Open a catalogue</source>
        <translation>Abrir un catálogo</translation>
    </message>
    <message>
        <source>New catalogue</source>
        <translation>Nuevo catálogo</translation>
    </message>
    <message>
        <source>{name} already exists. Choose another name, or use File ▸ Open catalogue… to open it.</source>
        <translation>{name} ya existe. Elija otro nombre o use Archivo ▸ Abrir un catálogo… para abrirlo.</translation>
    </message>
    <message>
        <source>This is the sample catalogue. File ▸ Open my catalogue takes you back to yours.</source>
        <translation>Este es el catálogo de muestra. Archivo ▸ Abrir mi catálogo le lleva de vuelta al suyo.</translation>
    </message>
    <message>
        <source>You are in the sample catalogue. {what} here, or in your own catalogue?</source>
        <translation>Está en el catálogo de muestra. ¿{what} aquí o en su propio catálogo?</translation>
    </message>
    <message>
        <source>Switch to &amp;my catalogue</source>
        <translation>Cambiar a &amp;mi catálogo</translation>
    </message>
    <message>
        <source>Stay in the &amp;sample</source>
        <translation>Quedarme en el de &amp;muestra</translation>
    </message>
    <message>
        <source>About Resource Desk</source>
        <translation>Acerca de Resource Desk</translation>
    </message>
    <message>
        <source>An offline catalogue of community resources and referral sheets for psychotherapists. No client data is kept.</source>
        <translation>Un catálogo sin conexión de recursos comunitarios y hojas de derivación para psicoterapeutas. No guarda datos de clientes.</translation>
    </message>
    <message>
        <source>Catalogue: {path}</source>
        <translation>Catálogo: {path}</translation>
    </message>
    <message>
        <source>Pinned at the top</source>
        <translation>Fijas arriba</translation>
    </message>
    <message>
        <source>Pinned at the bottom</source>
        <translation>Fijas abajo</translation>
    </message>
    <message>
        <source>Where I put them</source>
        <translation>Donde yo las ponga</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Como el sistema ({language})</translation>
    </message>
    <message>
        <source>Language of the &amp;window:</source>
        <translation>Idioma de la &amp;ventana:</translation>
    </message>
    <message>
        <source>The window reopens in this language when you click Save.</source>
        <translation>La ventana se reabre en este idioma al hacer clic en Guardar.</translation>
    </message>
    <message>
        <source>Practice header (printed at the top of every sheet)</source>
        <translation>Encabezado de la consulta (se imprime arriba en cada hoja)</translation>
    </message>
    <message>
        <source>e.g. Riverbend Counseling</source>
        <translation>p. ej., Consultorio Riverbend</translation>
    </message>
    <message>
        <source>Practice &amp;name:</source>
        <translation>&amp;Nombre de la consulta:</translation>
    </message>
    <message>
        <source>Address, phone, email, web: one per line</source>
        <translation>Dirección, teléfono, correo, web: uno por línea</translation>
    </message>
    <message>
        <source>&amp;Contact details:</source>
        <translation>&amp;Datos de contacto:</translation>
    </message>
    <message>
        <source>{country}, from the contact details</source>
        <translation>{country}, según los datos de contacto</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Two letters (US, CA, MX): the country Open Referral exports give addresses that have none</source>
        <translation>Dos letras (US, CA, MX): el país que las exportaciones Open Referral dan a las direcciones que no lo tienen</translation>
    </message>
    <message>
        <source>Country for &amp;exports:</source>
        <translation>País para las &amp;exportaciones:</translation>
    </message>
    <message>
        <source>Referral sheets</source>
        <translation>Hojas de derivación</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>&amp;Idioma predeterminado:</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>Tamaño del &amp;papel:</translation>
    </message>
    <message>
        <source>C&amp;risis lines:</source>
        <translation>&amp;Líneas de crisis:</translation>
    </message>
    <message>
        <source>QR codes for web addresses</source>
        <translation>Códigos QR para las direcciones web</translation>
    </message>
    <message>
        <source>Large print by default</source>
        <translation>Letra grande de forma predeterminada</translation>
    </message>
    <message>
        <source>Referral log</source>
        <translation>Registro de derivaciones</translation>
    </message>
    <message>
        <source>Keep a log of printed and saved sheets</source>
        <translation>Llevar un registro de las hojas impresas y guardadas</translation>
    </message>
    <message>
        <source>The log holds the date, title, language and resources of each sheet, and the optional client code you type. Never a client&apos;s name.</source>
        <translation>El registro guarda la fecha, el título, el idioma y los recursos de cada hoja, y el código de cliente opcional que usted escriba. Nunca el nombre de un cliente.</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>e.g. Sam R.</source>
        <translation>p. ej., Sam R.</translation>
    </message>
    <message>
        <source>Kept with each step of View ▸ Review stale resources, and as “Verified by”</source>
        <translation>Se guarda con cada paso de Ver ▸ Revisar recursos desactualizados, y como «Verificado por»</translation>
    </message>
    <message>
        <source>Your name or &amp;initials:</source>
        <translation>Su nombre o sus &amp;iniciales:</translation>
    </message>
    <message>
        <source>Print preview — {title}</source>
        <translation>Vista previa de impresión — {title}</translation>
    </message>
    <message>
        <source>Print referral sheet</source>
        <translation>Imprimir la hoja de derivación</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>A copy of {catalogue} is made on the first open of each day, in “{folder}” beside it (the last 7 days and the last 4 weeks are kept). Restoring puts the chosen copy in the catalogue&apos;s place; the catalogue as it is now is kept there too, so nothing is lost.</source>
        <translation>Cada día, la primera vez que se abre {catalogue}, se hace una copia en «{folder}», a su lado (se guardan los últimos 7 días y las últimas 4 semanas). Al restaurar, la copia elegida ocupa el lugar del catálogo; el catálogo tal como está ahora también se guarda allí, así que no se pierde nada.</translation>
    </message>
    <message>
        <source>There is no backup of {catalogue} yet: one is made on the first open of each day.</source>
        <translation>Todavía no hay ninguna copia de seguridad de {catalogue}: se hace una cada día, la primera vez que se abre.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Put the backup of {made} ({count} resources) in the place of {catalogue}?

The catalogue as it is now is kept beside the backups.</source>
        <translation>¿Poner la copia del {made} ({count} recursos) en lugar de {catalogue}?

El catálogo tal como está ahora se guarda junto a las copias.</translation>
    </message>
    <message>
        <source>&amp;Verified today</source>
        <translation>&amp;Verificado hoy</translation>
    </message>
    <message>
        <source>Temporarily &amp;closed</source>
        <translation>&amp;Cerrado temporalmente</translation>
    </message>
    <message>
        <source>Mark &amp;inactive</source>
        <translation>Marcar como &amp;inactivo</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Saltar</translation>
    </message>
    <message>
        <source>Review stale resources</source>
        <translation>Revisar recursos desactualizados</translation>
    </message>
    <message>
        <source>Reviewing as {name}.</source>
        <translation>Revisa: {name}.</translation>
    </message>
    <message>
        <source>Your name is not set: Edit ▸ Preferences keeps it with each review.</source>
        <translation>Su nombre no está configurado: Edición ▸ Preferencias lo guarda con cada revisión.</translation>
    </message>
    <message numerus="yes">
        <source>Resources not verified in the last %Ln month(s), oldest first.</source>
        <translation>
            <numerusform>Recursos sin verificar en el último mes, empezando por los más antiguos.</numerusform>
            <numerusform>Recursos sin verificar en los últimos %Ln meses, empezando por los más antiguos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press {key}</source>
        <translation>Pulse {key}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Finding the resources to review…</source>
        <translation>Buscando los recursos que hay que revisar…</translation>
    </message>
    <message>
        <source>{done} of {total} reviewed</source>
        <translation>{done} de {total} revisados</translation>
    </message>
    <message>
        <source>Resource {position} of {total}</source>
        <translation>Recurso {position} de {total}</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to review: every resource was verified in the last %Ln month(s).</source>
        <translation>
            <numerusform>Nada que revisar: todos los recursos se verificaron en el último mes.</numerusform>
            <numerusform>Nada que revisar: todos los recursos se verificaron en los últimos %Ln meses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: {done} of {total} reviewed. Thank you.</source>
        <translation>Listo: {done} de {total} revisados. Gracias.</translation>
    </message>
    <message>
        <source>Review “{name}”: {outcome}</source>
        <translation>Revisión de «{name}»: {outcome}</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Sin número de teléfono</translation>
    </message>
    <message>
        <source>last verified {date}</source>
        <translation>última verificación: {date}</translation>
    </message>
    <message>
        <source>Suggest tags</source>
        <translation>Sugerir etiquetas</translation>
    </message>
    <message numerus="yes">
        <source>the %Ln chosen resource(s)</source>
        <translation>
            <numerusform>el recurso elegido</numerusform>
            <numerusform>los %Ln recursos elegidos</numerusform>
        </translation>
    </message>
    <message>
        <source>the resources the search shows</source>
        <translation>los recursos que muestra la búsqueda</translation>
    </message>
    <message>
        <source>Tags that the words of {scope} suggest (name, description, eligibility, source categories). Tick the ones to add; nothing is added until you press Add.</source>
        <translation>Etiquetas que sugieren las palabras de {scope} (nombre, descripción, requisitos, categorías de la fuente). Marque las que quiera añadir; no se añade nada hasta que pulse Añadir.</translation>
    </message>
    <message>
        <source>Reading the resources…</source>
        <translation>Leyendo los recursos…</translation>
    </message>
    <message>
        <source>&amp;Add ticked tags</source>
        <translation>&amp;Añadir las etiquetas marcadas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tag(s) suggested for {scope}.</source>
        <translation>
            <numerusform>%Ln etiqueta sugerida para {scope}.</numerusform>
            <numerusform>%Ln etiquetas sugeridas para {scope}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No tag to suggest for {scope}: its words suggest no tag missing yet.</source>
        <translation>Ninguna etiqueta que sugerir para {scope}: sus palabras no sugieren ninguna que falte.</translation>
    </message>
    <message>
        <source>No tag to suggest for {scope}: their words suggest no tag missing yet.</source>
        <translation>Ninguna etiqueta que sugerir para {scope}: sus palabras no sugieren ninguna que falte.</translation>
    </message>
    <message>
        <source>&amp;Add {tags} to {resources}</source>
        <translation>&amp;Añadir {tags} a {resources}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tag(s)</source>
        <translation>
            <numerusform>%Ln etiqueta</numerusform>
            <numerusform>%Ln etiquetas</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick tags to show only resources that carry them</source>
        <translation>Marque etiquetas para mostrar solo los recursos que las tienen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resource(s)</source>
        <translation>
            <numerusform>%Ln recurso</numerusform>
            <numerusform>%Ln recursos</numerusform>
        </translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>&lt;b&gt;Filter by tag&lt;/b&gt;</source>
        <translation>&lt;b&gt;Filtrar por etiqueta&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar los filtros</translation>
    </message>
    <message>
        <source>Untick every tag and reset the filters below</source>
        <translation>Desmarcar todas las etiquetas y restablecer los filtros de abajo</translation>
    </message>
    <message>
        <source>Match all ticked tags</source>
        <translation>Cumplir todas las etiquetas marcadas</translation>
    </message>
    <message>
        <source>Off: a resource needs any one of the tags ticked in a group.
On: it needs every tag ticked in a group.</source>
        <translation>Desmarcado: un recurso necesita cualquiera de las etiquetas marcadas de un grupo.
Marcado: necesita todas las etiquetas marcadas de un grupo.</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Más filtros</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <source>Any cost</source>
        <translation>Cualquier costo</translation>
    </message>
    <message>
        <source>Any way</source>
        <translation>Cualquier modalidad</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta del número</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Estado / región</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>Editar «{name}»</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Contact &amp;&amp; places</source>
        <translation>&amp;Contacto y lugares</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Etiquetas</translation>
    </message>
    <message>
        <source>&amp;Languages &amp;&amp; access</source>
        <translation>&amp;Idiomas y acceso</translation>
    </message>
    <message>
        <source>&amp;Verification &amp;&amp; notes</source>
        <translation>&amp;Verificación y notas</translation>
    </message>
    <message>
        <source>T&amp;ranslations &amp;&amp; discreet</source>
        <translation>T&amp;raducciones y discreción</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>What people call it, e.g. Trans Youth Drop-In</source>
        <translation>Cómo lo llama la gente, p. ej., Centro de día para jóvenes trans</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Type a new name or pick one</source>
        <translation>Escriba un nombre nuevo o elija uno</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Eligibility:</source>
        <translation>&amp;Requisitos:</translation>
    </message>
    <message>
        <source>Youngest age</source>
        <translation>Edad mínima</translation>
    </message>
    <message>
        <source>Oldest age</source>
        <translation>Edad máxima</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>A&amp;ges:</source>
        <translation>E&amp;dades:</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No se indica</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>&amp;Costo:</translation>
    </message>
    <message>
        <source>e.g. $0–40 per session on a sliding scale</source>
        <translation>p. ej., $0–40 por sesión según ingresos</translation>
    </message>
    <message>
        <source>&amp;Fees:</source>
        <translation>&amp;Tarifas:</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Deli&amp;very:</source>
        <translation>&amp;Modalidad:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Horario:</translation>
    </message>
    <message>
        <source>example.org</source>
        <translation>ejemplo.org</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@ejemplo.org</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Teléfonos:</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Añadir teléfono</translation>
    </message>
    <message>
        <source>Remove phone</source>
        <translation>Quitar teléfono</translation>
    </message>
    <message>
        <source>Addresses (tick “Confidential” for a shelter whose address must stay hidden; it is never printed):</source>
        <translation>Direcciones (marque «Confidencial» para un refugio cuya dirección debe quedar oculta; nunca se imprime):</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Añadir dirección</translation>
    </message>
    <message>
        <source>Remove address</source>
        <translation>Quitar dirección</translation>
    </message>
    <message>
        <source>Find a tag, or type a new one…</source>
        <translation>Busque una etiqueta o escriba una nueva…</translation>
    </message>
    <message>
        <source>Find a tag</source>
        <translation>Buscar una etiqueta</translation>
    </message>
    <message>
        <source>Or press Enter in the finder</source>
        <translation>O pulse Intro en el buscador</translation>
    </message>
    <message>
        <source>Also known as: </source>
        <translation>También conocida como: </translation>
    </message>
    <message>
        <source>Create tag “{name}” in {group}</source>
        <translation>Crear la etiqueta «{name}» en {group}</translation>
    </message>
    <message>
        <source>Languages &amp;offered (tick every one staff or interpreters speak):</source>
        <translation>Idiomas &amp;ofrecidos (marque todos los que hablen el personal o los intérpretes):</translation>
    </message>
    <message>
        <source>Find a language…</source>
        <translation>Buscar un idioma…</translation>
    </message>
    <message>
        <source>Find a language</source>
        <translation>Buscar un idioma</translation>
    </message>
    <message>
        <source>Other language codes</source>
        <translation>Otros códigos de idioma</translation>
    </message>
    <message>
        <source>Other languages as ISO 639 codes or names, comma separated</source>
        <translation>Otros idiomas, como códigos ISO 639 o nombres, separados por comas</translation>
    </message>
    <message>
        <source>Ot&amp;her:</source>
        <translation>O&amp;tros:</translation>
    </message>
    <message>
        <source>Step-free entrance, ASL interpreters on request, quiet room…</source>
        <translation>Entrada sin escalones, intérpretes de ASL a pedido, sala tranquila…</translation>
    </message>
    <message>
        <source>Acc&amp;essibility:</source>
        <translation>Acc&amp;esibilidad:</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Verificado el</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Last verified on</source>
        <translation>Última verificación el</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Last verified:</source>
        <translation>Última verificación:</translation>
    </message>
    <message>
        <source>Your initials or name</source>
        <translation>Sus iniciales o su nombre</translation>
    </message>
    <message>
        <source>Verified &amp;by:</source>
        <translation>Verificado &amp;por:</translation>
    </message>
    <message>
        <source>For you only: never printed on a referral sheet. Do not write client names here.</source>
        <translation>Solo para usted: nunca se imprime en una hoja de derivación. No escriba aquí nombres de clientes.</translation>
    </message>
    <message>
        <source>&amp;Private notes:</source>
        <translation>Notas &amp;privadas:</translation>
    </message>
    <message>
        <source>Kind of line</source>
        <translation>Tipo de línea</translation>
    </message>
    <message>
        <source>Confidential: hidden on screen until revealed, never printed</source>
        <translation>Confidencial: oculta en pantalla hasta que se muestra, nunca se imprime</translation>
    </message>
    <message>
        <source>This resource was deleted in the meantime; it cannot be saved.</source>
        <translation>Este recurso se eliminó mientras tanto; no se puede guardar.</translation>
    </message>
    <message>
        <source>Discard your changes to this resource?</source>
        <translation>¿Descartar los cambios en este recurso?</translation>
    </message>
    <message>
        <source>Phone {number}: {problem}</source>
        <translation>Teléfono {number}: {problem}</translation>
    </message>
    <message>
        <source>Any open status</source>
        <translation>Cualquier estado abierto</translation>
    </message>
    <message>
        <source>“Any open status” leaves out inactive and do-not-refer resources unless “Show inactive” is ticked</source>
        <translation>«Cualquier estado abierto» deja fuera los recursos inactivos y los de «no derivar», salvo que esté marcado «Mostrar inactivos»</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>C&amp;osto:</translation>
    </message>
    <message>
        <source>&amp;Delivery:</source>
        <translation>&amp;Modalidad:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Not &amp;verified in the last</source>
        <translation>Sin &amp;verificar en los últimos</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Months since last verified</source>
        <translation>Meses desde la última verificación</translation>
    </message>
    <message>
        <source>Added {tags} to {resources}. Edit ▸ Undo (or File ▸ Import history…) takes them back in one action.</source>
        <translation>Se añadieron {tags} a {resources}. Edición ▸ Deshacer (o Archivo ▸ Historial de importaciones…) las quita en un solo paso.</translation>
    </message>
    <message>
        <source>Add suggested tags {names}</source>
        <translation>Añadir las etiquetas sugeridas {names}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redoing “{step}”…</source>
        <translation>Rehaciendo «{step}»…</translation>
    </message>
    <message>
        <source>Redid “{step}”</source>
        <translation>Se rehizo «{step}»</translation>
    </message>
    <message>
        <source>Undoing “{step}”…</source>
        <translation>Deshaciendo «{step}»…</translation>
    </message>
    <message>
        <source>Undid “{step}”</source>
        <translation>Se deshizo «{step}»</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Resource Desk</source>
        <translation>Resource Desk</translation>
    </message>
    <message>
        <source>Click to sort by {column} ({first} first), again to reverse, a third time for the usual order (relevance while words are typed, else name)</source>
        <translation>Haga clic para ordenar por {column} ({first} primero), otra vez para invertir el orden y una tercera vez para el orden habitual (relevancia mientras se escriben palabras; si no, nombre)</translation>
    </message>
    <message>
        <source>never verified and oldest</source>
        <translation>sin verificar y más antiguas</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <source>
Tags: </source>
        <translation>
Etiquetas: </translation>
    </message>
    <message>
        <source>Print as cards</source>
        <translation>Imprimir como tarjetas</translation>
    </message>
    <message>
        <source>Eight wallet-size cards (85 × 55 mm) to a page, with cut marks. Tick the lines each card carries (at most {count}):</source>
        <translation>Ocho tarjetas de bolsillo (85 × 55 mm) por página, con marcas de corte. Marque las líneas que lleva cada tarjeta (como máximo {count}):</translation>
    </message>
    <message>
        <source>Lines on the card</source>
        <translation>Líneas de la tarjeta</translation>
    </message>
    <message>
        <source>&amp;Discreet (names nothing sensitive; the numbers stay)</source>
        <translation>&amp;Discreta (no nombra nada sensible; los números se mantienen)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Guardar &amp;PDF…</translation>
    </message>
    <message>
        <source>Save cards as PDF</source>
        <translation>Guardar las tarjetas como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Se guardó {file}.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviada a la impresora.</translation>
    </message>
    <message>
        <source>&amp;Sensitive</source>
        <translation>&amp;Sensible</translation>
    </message>
    <message>
        <source>Discreet sheets never name a sensitive tag: by default every identity tag and Domestic violence, Sexual assault, Gender-affirming care, Immigration legal help, Substance use, Crisis &amp; safety</source>
        <translation>Las hojas discretas nunca nombran una etiqueta sensible: de forma predeterminada, todas las etiquetas de identidad y Domestic violence, Sexual assault, Gender-affirming care, Immigration legal help, Substance use, Crisis &amp; safety</translation>
    </message>
    <message>
        <source>Resources on the sheet</source>
        <translation>Recursos de la hoja</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Subir (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Bajar (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Take the chosen resources off the sheet (Delete)</source>
        <translation>Quitar de la hoja los recursos elegidos (Supr)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Start a new sheet</source>
        <translation>Empezar una hoja nueva</translation>
    </message>
    <message>
        <source>&amp;Note for the client about this resource (printed):</source>
        <translation>&amp;Nota para la persona sobre este recurso (se imprime):</translation>
    </message>
    <message>
        <source>e.g. Ask for Sam at the front desk</source>
        <translation>p. ej., Pregunte por Sam en la recepción</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Sheet title</source>
        <translation>Título de la hoja</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;ítulo:</translation>
    </message>
    <message>
        <source>Keep the title in history</source>
        <translation>Guardar el título en el historial</translation>
    </message>
    <message>
        <source>Off: the sheet history keeps the date, language and resources, not the title (a title such as “Resources for …” may name the client)</source>
        <translation>Desmarcado: el historial de hojas guarda la fecha, el idioma y los recursos, pero no el título (un título como «Recursos para …» puede nombrar a la persona)</translation>
    </message>
    <message>
        <source>A note for the client, printed under the title</source>
        <translation>Una nota para la persona, impresa bajo el título</translation>
    </message>
    <message>
        <source>Note for the whole sheet</source>
        <translation>Nota para toda la hoja</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Sheet language</source>
        <translation>Idioma de la hoja</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <source>16 pt and larger type, high contrast, for clients with low vision</source>
        <translation>Letra de 16 pt o más y alto contraste, para personas con baja visión</translation>
    </message>
    <message>
        <source>Discreet</source>
        <translation>Discreta</translation>
    </message>
    <message>
        <source>Nothing that names an identity or a sensitive need (the tags marked sensitive, in any language): names, organizations, web addresses and QR codes that hold one are left out, the phone numbers stay. For clients whose safety depends on it</source>
        <translation>Nada que nombre una identidad o una necesidad sensible (las etiquetas marcadas como sensibles, en cualquier idioma): se omiten los nombres, organizaciones, direcciones web y códigos QR que las contengan; los números de teléfono se mantienen. Para personas cuya seguridad depende de ello</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compacta</translation>
    </message>
    <message>
        <source>Two columns, smaller type, no QR codes: for long lists</source>
        <translation>Dos columnas, letra más pequeña, sin códigos QR: para listas largas</translation>
    </message>
    <message>
        <source>optional, never a name</source>
        <translation>opcional, nunca un nombre</translation>
    </message>
    <message>
        <source>A code of your own for the referral log, e.g. C-0423: at most 16 characters, at least one digit, at most 4 letters, no spaces. Never a client&apos;s name.</source>
        <translation>Un código propio para el registro de derivaciones, p. ej., C-0423: como máximo 16 caracteres, al menos un dígito, como máximo 4 letras, sin espacios. Nunca el nombre de un cliente.</translation>
    </message>
    <message>
        <source>Client &amp;code:</source>
        <translation>&amp;Código de cliente:</translation>
    </message>
    <message>
        <source>Previe&amp;w…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Print as car&amp;ds…</source>
        <translation>Imprimir como &amp;tarjetas…</translation>
    </message>
    <message>
        <source>Eight wallet-size safety cards to a page: the crisis lines, discreet</source>
        <translation>Ocho tarjetas de seguridad de bolsillo por página: las líneas de crisis, en modo discreto</translation>
    </message>
    <message>
        <source>Save as list…</source>
        <translation>Guardar como lista…</translation>
    </message>
    <message>
        <source>Load list…</source>
        <translation>Cargar una lista…</translation>
    </message>
    <message>
        <source>Sheet messages</source>
        <translation>Mensajes de la hoja</translation>
    </message>
    <message>
        <source>temporarily closed</source>
        <translation>cerrado temporalmente</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>“{name}” is marked do not refer</source>
        <translation>«{name}» está marcado como «no derivar»</translation>
    </message>
    <message>
        <source>“{name}” is inactive</source>
        <translation>«{name}» está inactivo</translation>
    </message>
    <message>
        <source>Not added: {names}. Nobody should be referred there.</source>
        <translation>No se añadió: {names}. No se debe derivar a nadie allí.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resource(s) no longer exist in this catalogue.</source>
        <translation>
            <numerusform>%Ln recurso ya no existe en este catálogo.</numerusform>
            <numerusform>%Ln recursos ya no existen en este catálogo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already on the sheet.</source>
        <translation>Ya está en la hoja.</translation>
    </message>
    <message numerus="yes">
        <source>Sheet: %Ln resource(s)</source>
        <translation>
            <numerusform>Hoja: %Ln recurso</numerusform>
            <numerusform>Hoja: %Ln recursos</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet: empty — add resources from the results (Ctrl+Enter or drag)</source>
        <translation>Hoja: vacía — añada recursos desde los resultados (Ctrl+Intro o arrastrándolos)</translation>
    </message>
    <message>
        <source>Prints as: {title}</source>
        <translation>Se imprime como: {title}</translation>
    </message>
    <message>
        <source>Save referral sheet as PDF</source>
        <translation>Guardar la hoja de derivación como PDF</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Guardando el PDF…</translation>
    </message>
    <message numerus="yes">
        <source>Saved {file} (%Ln page(s)).</source>
        <translation>
            <numerusform>Se guardó {file} (%Ln página).</numerusform>
            <numerusform>Se guardó {file} (%Ln páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF could not be saved: {reason}</source>
        <translation>No se pudo guardar el PDF: {reason}</translation>
    </message>
    <message>
        <source>Save as list</source>
        <translation>Guardar como lista</translation>
    </message>
    <message>
        <source>Name of the list:</source>
        <translation>Nombre de la lista:</translation>
    </message>
    <message>
        <source>Replace the list “{name}”?</source>
        <translation>¿Reemplazar la lista «{name}»?</translation>
    </message>
    <message numerus="yes">
        <source>Saved the list “{name}” (%Ln resource(s)).</source>
        <translation>
            <numerusform>Se guardó la lista «{name}» (%Ln recurso).</numerusform>
            <numerusform>Se guardó la lista «{name}» (%Ln recursos).</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no saved lists yet: put resources on the sheet and press “Save as list…”.</source>
        <translation>Todavía no hay listas guardadas: ponga recursos en la hoja y pulse «Guardar como lista…».</translation>
    </message>
    <message>
        <source>Load list</source>
        <translation>Cargar una lista</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>Lista:</translation>
    </message>
    <message>
        <source>Loaded the list “{name}”.</source>
        <translation>Se cargó la lista «{name}».</translation>
    </message>
    <message>
        <source>Referral sheet: empty — click to open</source>
        <translation>Hoja de derivación: vacía — haga clic para abrirla</translation>
    </message>
    <message>
        <source>Referral sheet (empty): open it</source>
        <translation>Hoja de derivación (vacía): abrirla</translation>
    </message>
    <message>
        <source>The referral sheet is empty. Click to open it, drop resources here, or press Ctrl+Enter on the chosen ones</source>
        <translation>La hoja de derivación está vacía. Haga clic para abrirla, suelte recursos aquí o pulse Ctrl+Intro sobre los elegidos</translation>
    </message>
    <message>
        <source>Referral sheet</source>
        <translation>Hoja de derivación</translation>
    </message>
    <message>
        <source>Add to sheet</source>
        <translation>Añadir a la hoja</translation>
    </message>
    <message>
        <source>Put the chosen resources on the referral sheet (Ctrl+Enter)</source>
        <translation>Poner los recursos elegidos en la hoja de derivación (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Put the chosen resources on the referral sheet (Ctrl+Enter, or drag them)</source>
        <translation>Poner los recursos elegidos en la hoja de derivación (Ctrl+Intro, o arrástrelos)</translation>
    </message>
    <message>
        <source>&amp;Print sheet…</source>
        <translation>&amp;Imprimir la hoja…</translation>
    </message>
    <message>
        <source>Print the referral sheet</source>
        <translation>Imprimir la hoja de derivación</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>See the referral sheet as it will print</source>
        <translation>Ver la hoja de derivación tal como se imprimirá</translation>
    </message>
    <message>
        <source>Save sheet as P&amp;DF…</source>
        <translation>Guardar la hoja como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the referral sheet as a PDF</source>
        <translation>Guardar la hoja de derivación como PDF</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>P&amp;referencias…</translation>
    </message>
    <message>
        <source>Practice header, sheet language and paper, referral log</source>
        <translation>Encabezado de la consulta, idioma y papel de las hojas, registro de derivaciones</translation>
    </message>
    <message>
        <source>Sheet &amp;history</source>
        <translation>&amp;Historial de hojas</translation>
    </message>
    <message>
        <source>Sheets printed or saved; open one again in the tray</source>
        <translation>Hojas impresas o guardadas; vuelva a abrir una en la bandeja</translation>
    </message>
    <message>
        <source>Show referral &amp;sheet</source>
        <translation>Mostrar la &amp;hoja de derivación</translation>
    </message>
    <message>
        <source>The sheet is empty: add resources from the results first (Ctrl+Enter).</source>
        <translation>La hoja está vacía: primero añada recursos desde los resultados (Ctrl+Intro).</translation>
    </message>
    <message>
        <source>Replace the resources on the sheet with this one?</source>
        <translation>¿Reemplazar los recursos de la hoja por los de esta?</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Etiqueta nueva</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>Nombre de la etiqueta</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Fusionar etiquetas</translation>
    </message>
    <message>
        <source>Merge {names} into one tag.

Every resource that carries any of them will carry the surviving tag; the other names become its aliases, so imports keep matching them.</source>
        <translation>Fusionar {names} en una sola etiqueta.

Todos los recursos que tengan alguna de ellas tendrán la etiqueta que se conserva; los otros nombres pasan a ser sus alias, así que las importaciones siguen encontrándolos.</translation>
    </message>
    <message>
        <source>Surviving tag</source>
        <translation>Etiqueta que se conserva</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Conservar:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>Tags say who a resource serves and what it offers. Renaming keeps the old name as an alias, so imported lists that use it still match.</source>
        <translation>Las etiquetas dicen a quién atiende un recurso y qué ofrece. Al renombrar, el nombre anterior se guarda como alias, así que las listas importadas que lo usan siguen coincidiendo.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>&amp;Merge… (Ctrl+click two or more)</source>
        <translation>&amp;Fusionar… (Ctrl+clic en dos o más)</translation>
    </message>
    <message>
        <source>&amp;Color…</source>
        <translation>&amp;Color…</translation>
    </message>
    <message>
        <source>A&amp;liases…</source>
        <translation>A&amp;lias…</translation>
    </message>
    <message>
        <source>&amp;Keywords…</source>
        <translation>&amp;Palabras clave…</translation>
    </message>
    <message>
        <source>Words that suggest this tag when a resource&apos;s name, description, eligibility or source categories hold them (any language)</source>
        <translation>Palabras que sugieren esta etiqueta cuando aparecen en el nombre, la descripción, los requisitos o las categorías de la fuente de un recurso (en cualquier idioma)</translation>
    </message>
    <message>
        <source>Select two or more tags of the same group (Ctrl+click), then Merge</source>
        <translation>Seleccione dos o más etiquetas del mismo grupo (Ctrl+clic) y luego Fusionar</translation>
    </message>
    <message>
        <source>Add tag “{name}”</source>
        <translation>Añadir la etiqueta «{name}»</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Renombrar la etiqueta</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>Nuevo nombre para «{name}»:</translation>
    </message>
    <message>
        <source>Rename tag “{old}” to “{new}”</source>
        <translation>Renombrar la etiqueta «{old}» como «{new}»</translation>
    </message>
    <message>
        <source>Select two or more tags to merge (hold Ctrl and click).</source>
        <translation>Seleccione dos o más etiquetas para fusionarlas (mantenga Ctrl y haga clic).</translation>
    </message>
    <message>
        <source>Only tags of the same group can be merged.</source>
        <translation>Solo se pueden fusionar etiquetas del mismo grupo.</translation>
    </message>
    <message>
        <source>Merge tags {others} into “{kept}”</source>
        <translation>Fusionar las etiquetas {others} en «{kept}»</translation>
    </message>
    <message>
        <source>Color for “{name}”</source>
        <translation>Color de «{name}»</translation>
    </message>
    <message numerus="yes">
        <source>Color for %Ln tags</source>
        <translation>
            <numerusform>Color de %Ln etiqueta</numerusform>
            <numerusform>Color de %Ln etiquetas</numerusform>
        </translation>
    </message>
    <message>
        <source>Recolor “{name}”</source>
        <translation>Cambiar el color de «{name}»</translation>
    </message>
    <message numerus="yes">
        <source>Recolor %Ln tags</source>
        <translation>
            <numerusform>Cambiar el color de %Ln etiqueta</numerusform>
            <numerusform>Cambiar el color de %Ln etiquetas</numerusform>
        </translation>
    </message>
    <message>
        <source>Other names for “{name}”, one per line.
Imported lists that use them get this tag:</source>
        <translation>Otros nombres de «{name}», uno por línea.
Las listas importadas que los usen recibirán esta etiqueta:</translation>
    </message>
    <message>
        <source>Aliases of “{name}”</source>
        <translation>Alias de «{name}»</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <source>Words and phrases that suggest “{name}”, one per line, in any language.
Suggest tags… offers this tag for resources whose text holds one:</source>
        <translation>Palabras y frases que sugieren «{name}», una por línea, en cualquier idioma.
Sugerir etiquetas… ofrece esta etiqueta para los recursos cuyo texto contenga alguna:</translation>
    </message>
    <message>
        <source>Keywords of “{name}”</source>
        <translation>Palabras clave de «{name}»</translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag “{name}”?

%Ln resource(s) carry it; they keep everything else.</source>
        <translation>
            <numerusform>¿Eliminar la etiqueta «{name}»?

%Ln recurso la tiene; conserva todo lo demás.</numerusform>
            <numerusform>¿Eliminar la etiqueta «{name}»?

%Ln recursos la tienen; conservan todo lo demás.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln tags: {names}?

{carried}</source>
        <translation>
            <numerusform>¿Eliminar %Ln etiqueta: {names}?

{carried}</numerusform>
            <numerusform>¿Eliminar %Ln etiquetas: {names}?

{carried}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are on %Ln resource(s) in all; those keep everything else.</source>
        <translation>
            <numerusform>Están en %Ln recurso en total; conserva todo lo demás.</numerusform>
            <numerusform>Están en %Ln recursos en total; conservan todo lo demás.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Eliminar la etiqueta</translation>
    </message>
    <message>
        <source>Delete tag “{name}”</source>
        <translation>Eliminar la etiqueta «{name}»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln tags</source>
        <translation>
            <numerusform>Eliminar %Ln etiqueta</numerusform>
            <numerusform>Eliminar %Ln etiquetas</numerusform>
        </translation>
    </message>
    <message>
        <source>Note for the &amp;client:</source>
        <translation>Nota para la &amp;persona:</translation>
    </message>
    <message>
        <source>Language of the resource&apos;s own text</source>
        <translation>Idioma del texto propio del recurso</translation>
    </message>
    <message>
        <source>The other tabs&apos; text is &amp;in:</source>
        <translation>El texto de las otras pestañas está &amp;en:</translation>
    </message>
    <message>
        <source>In another language (printed on sheets in that language)</source>
        <translation>En otro idioma (se imprime en las hojas en ese idioma)</translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation>Idioma de la traducción</translation>
    </message>
    <message>
        <source>Translated: {field}</source>
        <translation>Traducción: {field}</translation>
    </message>
    <message>
        <source>Where a field is empty, the sheet prints the text as entered and says which language it is in.</source>
        <translation>Cuando un campo está vacío, la hoja imprime el texto tal como se escribió e indica en qué idioma está.</translation>
    </message>
    <message>
        <source>On discreet sheets</source>
        <translation>En las hojas discretas</translation>
    </message>
    <message>
        <source>e.g. Youth housing program</source>
        <translation>p. ej., Programa de vivienda para jóvenes</translation>
    </message>
    <message>
        <source>Discreet name</source>
        <translation>Nombre discreto</translation>
    </message>
    <message>
        <source>e.g. Support line, free, 24/7</source>
        <translation>p. ej., Línea de apoyo, gratuita, 24/7</translation>
    </message>
    <message>
        <source>Discreet description</source>
        <translation>Descripción discreta</translation>
    </message>
    <message>
        <source>Discreet na&amp;me:</source>
        <translation>No&amp;mbre discreto:</translation>
    </message>
    <message>
        <source>Discreet desc&amp;ription:</source>
        <translation>Desc&amp;ripción discreta:</translation>
    </message>
    <message>
        <source>Printed instead of the name and description when the sheet is discreet. Left empty, a resource with a sensitive tag prints a neutral label (“Mental health · Support line”).</source>
        <translation>Se imprime en lugar del nombre y la descripción cuando la hoja es discreta. Si se deja vacío, un recurso con una etiqueta sensible imprime una etiqueta neutra («Salud mental · Línea de apoyo»).</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: no existe ese archivo</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>{file} is empty</source>
        <translation>{file} está vacío</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>{file} is not a text file (it looks like binary data)</source>
        <translation>{file} no es un archivo de texto (parecen datos binarios)</translation>
    </message>
    <message>
        <source>encoding chosen by you; detected {encoding}</source>
        <translation>codificación elegida por usted; se detectó {encoding}</translation>
    </message>
    <message>
        <source>a cell longer than {count} characters; the row is left out</source>
        <translation>una celda de más de {count} caracteres; la fila se deja fuera</translation>
    </message>
    <message>
        <source>{file} cannot be decoded as {encoding} ({reason})</source>
        <translation>{file} no se puede decodificar como {encoding} ({reason})</translation>
    </message>
    <message>
        <source>{file} has more than {count} rows, the most one import reads; split it into smaller files</source>
        <translation>{file} tiene más de {count} filas, el máximo que lee una importación; divídalo en archivos más pequeños</translation>
    </message>
    <message>
        <source>a line longer than {count} characters; left out</source>
        <translation>una línea de más de {count} caracteres; se deja fuera</translation>
    </message>
    <message>
        <source>{count} cells, more than the {most} a row may have; left out</source>
        <translation>{count} celdas, más de las {most} que puede tener una fila; se deja fuera</translation>
    </message>
    <message>
        <source>{file}: no header row found; its lines are longer than {count} characters (is it really a CSV file?)</source>
        <translation>{file}: no se encontró la fila de encabezados; sus líneas tienen más de {count} caracteres (¿de verdad es un archivo CSV?)</translation>
    </message>
    <message>
        <source>{file} is empty (no cells with text)</source>
        <translation>{file} está vacío (no hay celdas con texto)</translation>
    </message>
    <message>
        <source>same id</source>
        <translation>mismo id</translation>
    </message>
    <message>
        <source>same id in the source</source>
        <translation>mismo id en la fuente</translation>
    </message>
    <message>
        <source>same name and organization</source>
        <translation>mismo nombre y organización</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <source>same phone and a close name ({score}%)</source>
        <translation>mismo teléfono y un nombre parecido ({score} %)</translation>
    </message>
    <message>
        <source>same web site and a close name ({score}%)</source>
        <translation>mismo sitio web y un nombre parecido ({score} %)</translation>
    </message>
    <message>
        <source>UTF-32 (with BOM)</source>
        <translation>UTF-32 (con BOM)</translation>
    </message>
    <message>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8 (con BOM)</translation>
    </message>
    <message>
        <source>UTF-16 (with BOM)</source>
        <translation>UTF-16 (con BOM)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (occidental)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (Europa central)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (cirílico)</translation>
    </message>
    <message>
        <source>GB18030 (Chinese)</source>
        <translation>GB18030 (chino)</translation>
    </message>
    <message>
        <source>Big5 (Chinese)</source>
        <translation>Big5 (chino)</translation>
    </message>
    <message>
        <source>Shift JIS (Japanese)</source>
        <translation>Shift JIS (japonés)</translation>
    </message>
    <message>
        <source>EUC-KR (Korean)</source>
        <translation>EUC-KR (coreano)</translation>
    </message>
    <message>
        <source>KOI8-R (Cyrillic)</source>
        <translation>KOI8-R (cirílico)</translation>
    </message>
    <message>
        <source>unknown encoding “{encoding}”</source>
        <translation>codificación desconocida: «{encoding}»</translation>
    </message>
    <message>
        <source>“{encoding}” is not an encoding text files are written in (try utf-8 or windows-1252)</source>
        <translation>«{encoding}» no es una codificación en la que se escriban archivos de texto (pruebe utf-8 o windows-1252)</translation>
    </message>
    <message>
        <source>with --include-private</source>
        <translation>con --include-private</translation>
    </message>
    <message>
        <source>1 resource exported to {path}</source>
        <translation>1 recurso exportado a {path}</translation>
    </message>
    <message>
        <source>{count} resources exported to {path}</source>
        <translation>{count} recursos exportados a {path}</translation>
    </message>
    <message>
        <source>private notes of {count}</source>
        <translation>las notas privadas de {count}</translation>
    </message>
    <message>
        <source>1 confidential address</source>
        <translation>1 dirección confidencial</translation>
    </message>
    <message>
        <source>{count} confidential addresses</source>
        <translation>{count} direcciones confidenciales</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>left out: {what} (include them {hint})</source>
        <translation>se dejaron fuera: {what} (inclúyalas {hint})</translation>
    </message>
    <message>
        <source>to meet HSDS: {notes}</source>
        <translation>para cumplir con HSDS: {notes}</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>exportación cancelada</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>no street number, postal code or known city: not read as an address; kept in the private notes</source>
        <translation>sin número de calle, código postal ni ciudad conocida: no se lee como dirección; se guarda en las notas privadas</translation>
    </message>
    <message>
        <source>lowest age {low} is above highest age {high}; ages left out</source>
        <translation>la edad mínima {low} es mayor que la edad máxima {high}; las edades se dejan fuera</translation>
    </message>
    <message>
        <source>no name (the “{column}” cell is empty)</source>
        <translation>sin nombre (la celda «{column}» está vacía)</translation>
    </message>
    <message>
        <source>no name (no column holds a name)</source>
        <translation>sin nombre (ninguna columna contiene un nombre)</translation>
    </message>
    <message>
        <source>unknown kind “{value}”; kept as a community resource</source>
        <translation>tipo desconocido «{value}»; se guarda como recurso comunitario</translation>
    </message>
    <message>
        <source>unknown delivery “{value}”</source>
        <translation>modalidad desconocida «{value}»</translation>
    </message>
    <message>
        <source>unknown status “{value}”; kept as active</source>
        <translation>estado desconocido «{value}»; se guarda como activo</translation>
    </message>
    <message>
        <source>“{value}” is an email address; used as the email</source>
        <translation>«{value}» es una dirección de correo electrónico; se usa como correo electrónico</translation>
    </message>
    <message>
        <source>“{value}” is not a web address; kept in the private notes</source>
        <translation>«{value}» no es una dirección web; se guarda en las notas privadas</translation>
    </message>
    <message>
        <source>“{value}” is not an email address; kept in the private notes</source>
        <translation>«{value}» no es una dirección de correo electrónico; se guarda en las notas privadas</translation>
    </message>
    <message>
        <source>“{value}” is not a date</source>
        <translation>«{value}» no es una fecha</translation>
    </message>
    <message>
        <source>“{value}” is not an age</source>
        <translation>«{value}» no es una edad</translation>
    </message>
    <message>
        <source>“{item}” read as {languages} only ({withheld}: not offered, or not yet); kept in the private notes</source>
        <translation>«{item}» se lee solo como {languages} ({withheld}: no se ofrece, o todavía no); se guarda en las notas privadas</translation>
    </message>
    <message>
        <source>“{item}” says {withheld} is not offered, or not yet; no language read, kept in the private notes</source>
        <translation>«{item}» dice que {withheld} no se ofrece, o todavía no; no se lee ningún idioma, se guarda en las notas privadas</translation>
    </message>
    <message>
        <source>“{item}” read as {languages}; kept in the private notes too</source>
        <translation>«{item}» se lee como {languages}; también se guarda en las notas privadas</translation>
    </message>
    <message>
        <source>“{item}” is not a language Resource Desk knows; kept in the private notes</source>
        <translation>«{item}» no es un idioma que Resource Desk conozca; se guarda en las notas privadas</translation>
    </message>
    <message>
        <source>“{value}” is not yes or no</source>
        <translation>«{value}» no es sí ni no</translation>
    </message>
    <message>
        <source>no phone number in “{cell}”; kept in the private notes</source>
        <translation>no hay ningún número de teléfono en «{cell}»; se guarda en las notas privadas</translation>
    </message>
    <message>
        <source>“{value}” is not yes or no; the address is kept confidential</source>
        <translation>«{value}» no es sí ni no; la dirección se mantiene confidencial</translation>
    </message>
    <message>
        <source>“{value}” is not a latitude</source>
        <translation>«{value}» no es una latitud</translation>
    </message>
    <message>
        <source>“{value}” is not a longitude</source>
        <translation>«{value}» no es una longitud</translation>
    </message>
    <message>
        <source>Suggested tags: {tags}</source>
        <translation>Etiquetas sugeridas: {tags}</translation>
    </message>
    <message>
        <source>suggestions</source>
        <translation>sugerencias</translation>
    </message>
    <message>
        <source>“{id}” matches {count} imports; give more of the id</source>
        <translation>«{id}» coincide con {count} importaciones; dé una parte más larga del id</translation>
    </message>
    <message>
        <source>no import with id “{id}”</source>
        <translation>no hay ninguna importación con el id «{id}»</translation>
    </message>
    <message>
        <source>websites HSDS&apos;s format does not take (kept only in a Resource Desk attribute)</source>
        <translation>sitios web que el formato de HSDS no admite (se guardan solo en un atributo de Resource Desk)</translation>
    </message>
    <message>
        <source>emails HSDS&apos;s format does not take (kept only in a Resource Desk attribute)</source>
        <translation>correos electrónicos que el formato de HSDS no admite (se guardan solo en un atributo de Resource Desk)</translation>
    </message>
    <message>
        <source>organization web or e-mail addresses HSDS&apos;s format does not take (left out)</source>
        <translation>direcciones web o de correo electrónico de organizaciones que el formato de HSDS no admite (se dejaron fuera)</translation>
    </message>
    <message>
        <source>organizations without a description (written as “{text}”)</source>
        <translation>organizaciones sin descripción (se escribió «{text}»)</translation>
    </message>
    <message>
        <source>resources without an organization (one named after the resource, marked as such)</source>
        <translation>recursos sin organización (se le da una con el nombre del recurso, marcada como tal)</translation>
    </message>
    <message>
        <source>addresses without the street, city, state, postal code or country HSDS requires (not written as HSDS addresses)</source>
        <translation>direcciones sin la calle, la ciudad, el estado, el código postal o el país que exige HSDS (no se escriben como direcciones HSDS)</translation>
    </message>
    <message>
        <source>addresses without a country (given {country}, the country in Preferences)</source>
        <translation>direcciones sin país (se les dio {country}, el país de Preferencias)</translation>
    </message>
    <message>
        <source>source category codes another scheme uses too (left out of the repeats)</source>
        <translation>códigos de categorías de la fuente que también usa otro esquema (se dejaron fuera de las repeticiones)</translation>
    </message>
    <message>
        <source>a service</source>
        <translation>un servicio</translation>
    </message>
    <message>
        <source>an organization with its services</source>
        <translation>una organización con sus servicios</translation>
    </message>
    <message>
        <source>a service at a location</source>
        <translation>un servicio en un lugar</translation>
    </message>
    <message>
        <source>{file} is not valid JSON ({reason})</source>
        <translation>{file} no es un JSON válido ({reason})</translation>
    </message>
    <message>
        <source>{file}: an HSDS API&apos;s root document (version and profile); it lists no services</source>
        <translation>{file}: el documento raíz de una API de HSDS (versión y perfil); no enumera ningún servicio</translation>
    </message>
    <message>
        <source>{file}: no HSDS service, organization or service_at_location objects in it (a location, taxonomy or table list alone is not imported)</source>
        <translation>{file}: no contiene objetos HSDS service, organization ni service_at_location (un lugar, una taxonomía o una lista de tablas por sí solos no se importan)</translation>
    </message>
    <message>
        <source>{file}: nested too deeply to be HSDS</source>
        <translation>{file}: anidado a demasiada profundidad para ser HSDS</translation>
    </message>
    <message>
        <source>a page of {count}: {kinds}</source>
        <translation>una página de {count}: {kinds}</translation>
    </message>
    <message>
        <source>a list of {count}: {kinds}</source>
        <translation>una lista de {count}: {kinds}</translation>
    </message>
    <message>
        <source>one object: {kinds}</source>
        <translation>un objeto: {kinds}</translation>
    </message>
    <message>
        <source>{path} is larger than {most}, the most one import reads; split it</source>
        <translation>{path} ocupa más de {most}, el máximo que lee una importación; divídalo</translation>
    </message>
    <message>
        <source>{file} nests lists or objects more than {most} levels deep</source>
        <translation>{file} anida listas u objetos a más de {most} niveles de profundidad</translation>
    </message>
    <message>
        <source>Open Referral HSDS 3.0 JSON ({shape})</source>
        <translation>JSON Open Referral HSDS 3.0 ({shape})</translation>
    </message>
    <message>
        <source>unknown format “{format}” (use one of: {formats})</source>
        <translation>formato desconocido «{format}» (use uno de estos: {formats})</translation>
    </message>
    <message>
        <source>{path} is JSON, not a {format} file; HSDS JSON is read with --format hsds</source>
        <translation>{path} es JSON, no un archivo {format}; el JSON de HSDS se lee con --format hsds</translation>
    </message>
    <message>
        <source>{path} is not an Open Referral data package (a folder, a .zip or a datapackage.json beside services.csv)</source>
        <translation>{path} no es un paquete de datos Open Referral (una carpeta, un .zip o un datapackage.json junto a services.csv)</translation>
    </message>
    <message>
        <source>{path} is a data package, not a single {format} file; use --format hsds</source>
        <translation>{path} es un paquete de datos, no un solo archivo {format}; use --format hsds</translation>
    </message>
    <message>
        <source>{path} is a zip archive; name it .zip (an Open Referral package) or .xlsx</source>
        <translation>{path} es un archivo zip; cámbiele la extensión a .zip (un paquete Open Referral) o a .xlsx</translation>
    </message>
    <message>
        <source>{path} is not an iCarol export (no ResourceAgencyNum, ParentAgencyNum or PublicName column)</source>
        <translation>{path} no es una exportación de iCarol (no tiene columna ResourceAgencyNum, ParentAgencyNum ni PublicName)</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Hoja de cálculo</translation>
    </message>
    <message>
        <source>Open Referral HSDS 3.0 data package</source>
        <translation>Paquete de datos Open Referral HSDS 3.0</translation>
    </message>
    <message>
        <source>Open Referral data package in Ohana&apos;s layout (HSDS 1.x)</source>
        <translation>Paquete de datos Open Referral con la estructura de Ohana (HSDS 1.x)</translation>
    </message>
    <message>
        <source>Open Referral HSDS 2.x data package</source>
        <translation>Paquete de datos Open Referral HSDS 2.x</translation>
    </message>
    <message>
        <source>Open Referral HSDS 1.x data package</source>
        <translation>Paquete de datos Open Referral HSDS 1.x</translation>
    </message>
    <message>
        <source>table not read: {reason}</source>
        <translation>tabla no leída: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a readable .zip archive ({reason})</source>
        <translation>{path} no es un archivo .zip legible ({reason})</translation>
    </message>
    <message>
        <source>{path}: this folder is not an Open Referral data package (no services.csv)</source>
        <translation>{path}: esta carpeta no es un paquete de datos Open Referral (no tiene services.csv)</translation>
    </message>
    <message>
        <source>{path}: this archive is not an Open Referral data package (no services.csv)</source>
        <translation>{path}: este archivo comprimido no es un paquete de datos Open Referral (no tiene services.csv)</translation>
    </message>
    <message>
        <source>{path}: its tables hold {size}, more than the {most} one import reads; split the package</source>
        <translation>{path}: sus tablas ocupan {size}, más de los {most} que lee una importación; divida el paquete</translation>
    </message>
    <message>
        <source>{column} “{value}” matches no row of {table}</source>
        <translation>{column} «{value}» no coincide con ninguna fila de {table}</translation>
    </message>
    <message>
        <source>{column} “{value}” matches no row of any table</source>
        <translation>{column} «{value}» no coincide con ninguna fila de ninguna tabla</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number</source>
        <translation>«{value}» no es un número de teléfono</translation>
    </message>
    <message>
        <source>taxonomy term “{term}” matches no row of the taxonomy table</source>
        <translation>el término de taxonomía «{term}» no coincide con ninguna fila de la tabla de taxonomía</translation>
    </message>
    <message>
        <source>ParentAgencyNum “{number}” matches no agency row; imported without its organization</source>
        <translation>ParentAgencyNum «{number}» no coincide con ninguna fila de agencia; se importa sin su organización</translation>
    </message>
    <message>
        <source>ConnectsToSiteNum “{number}” matches no site row</source>
        <translation>ConnectsToSiteNum «{number}» no coincide con ninguna fila de sede</translation>
    </message>
    <message>
        <source>Spreadsheet (.xlsx)</source>
        <translation>Hoja de cálculo (.xlsx)</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <source>{path} has no rows</source>
        <translation>{path} no tiene filas</translation>
    </message>
    <message>
        <source>Resource Desk export; {description}</source>
        <translation>Exportación de Resource Desk; {description}</translation>
    </message>
    <message>
        <source>{path}: no recognisable header in row {row} ({headers}): no column looks like a name or an organization; give a mapping (--mapping FILE)</source>
        <translation>{path}: no hay encabezados reconocibles en la fila {row} ({headers}): ninguna columna parece un nombre o una organización; indique una correspondencia (--mapping ARCHIVO)</translation>
    </message>
    <message>
        <source>{count} MB</source>
        <translation>{count} MB</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a pipe, a device or a socket); give a file saved on disk</source>
        <translation>{path} no es un archivo normal (es una tubería, un dispositivo o un socket); indique un archivo guardado en el disco</translation>
    </message>
    <message>
        <source>{file}: {member} is encrypted; unzip it with its password first</source>
        <translation>{file}: {member} está cifrado; descomprímalo antes con su contraseña</translation>
    </message>
    <message>
        <source>{file}: {member} expands to {size}, more than the {most} an import reads</source>
        <translation>{file}: {member} se descomprime en {size}, más de los {most} que lee una importación</translation>
    </message>
    <message>
        <source>{file}: {member} expands {ratio} times (at most {most}); this is not an ordinary data package</source>
        <translation>{file}: {member} se descomprime {ratio} veces su tamaño (como máximo {most}); no es un paquete de datos normal</translation>
    </message>
    <message>
        <source>{file}: {member} is damaged and cannot be read ({reason})</source>
        <translation>{file}: {member} está dañado y no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>{file}: {member} expands to more than {most}, the most an import reads</source>
        <translation>{file}: {member} se descomprime en más de {most}, el máximo que lee una importación</translation>
    </message>
    <message>
        <source>{file} is {size}; a descriptor or mapping file is at most {most}</source>
        <translation>{file} ocupa {size}; un descriptor o un archivo de correspondencia ocupa como máximo {most}</translation>
    </message>
    <message>
        <source>{file} is larger than {most}, the most a descriptor or mapping file may be</source>
        <translation>{file} ocupa más de {most}, el máximo para un descriptor o un archivo de correspondencia</translation>
    </message>
    <message>
        <source>{source}: expected a JSON object with a “columns” object</source>
        <translation>{source}: se esperaba un objeto JSON con un objeto «columns»</translation>
    </message>
    <message>
        <source>{source}: column “{column}” needs a field name</source>
        <translation>{source}: la columna «{column}» necesita un nombre de campo</translation>
    </message>
    <message>
        <source>{source}: column “{column}”: unknown field “{name}” (use one of: {fields})</source>
        <translation>{source}: columna «{column}»: campo desconocido «{name}» (use uno de estos: {fields})</translation>
    </message>
    <message>
        <source>{source}: column “{column}”: phone kind must be one of {kinds}</source>
        <translation>{source}: columna «{column}»: el tipo de teléfono debe ser uno de estos: {kinds}</translation>
    </message>
    <message>
        <source>{source}: column “{column}”: facet must be one of {facets}</source>
        <translation>{source}: columna «{column}»: la faceta debe ser una de estas: {facets}</translation>
    </message>
    <message>
        <source>{source}: column “{column}”: a “translation” column needs &quot;param&quot;: &quot;LANGUAGE:FIELD&quot; (such as &quot;es:description&quot;)</source>
        <translation>{source}: columna «{column}»: una columna «translation» necesita &quot;param&quot;: &quot;IDIOMA:CAMPO&quot; (como &quot;es:description&quot;)</translation>
    </message>
    <message>
        <source>{source}: column “{column}”: a “tag” column needs the tag it stands for</source>
        <translation>{source}: columna «{column}»: una columna «tag» necesita la etiqueta que representa</translation>
    </message>
    <message>
        <source>{source}: column “{column}”: a “language” column needs the language it stands for</source>
        <translation>{source}: columna «{column}»: una columna «language» necesita el idioma que representa</translation>
    </message>
    <message>
        <source>{source}: column “{column}”: group must be a whole number from 1</source>
        <translation>{source}: columna «{column}»: group debe ser un número entero a partir de 1</translation>
    </message>
    <message>
        <source>{source}: new_tags must be “create” or “skip”</source>
        <translation>{source}: new_tags debe ser «create» o «skip»</translation>
    </message>
    <message>
        <source>{source}: help_row must be true or false</source>
        <translation>{source}: help_row debe ser true o false</translation>
    </message>
    <message>
        <source>mapping file {path}</source>
        <translation>archivo de correspondencia {path}</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason})</source>
        <translation>{file} no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>{file} is not valid JSON (line {line}: {reason})</source>
        <translation>{file} no es un JSON válido (línea {line}: {reason})</translation>
    </message>
    <message>
        <source>{file} is not laid out as a Resource Desk mapping ({reason})</source>
        <translation>{file} no tiene la forma de una correspondencia de Resource Desk ({reason})</translation>
    </message>
    <message>
        <source>A saved mapping needs a name.</source>
        <translation>Una correspondencia guardada necesita un nombre.</translation>
    </message>
    <message>
        <source>saved mapping “{name}”</source>
        <translation>correspondencia guardada «{name}»</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>fila {row}</translation>
    </message>
    <message>
        <source>column “{column}”</source>
        <translation>columna «{column}»</translation>
    </message>
    <message>
        <source>{rows} and {count} more</source>
        <translation>{rows} y {count} más</translation>
    </message>
    <message>
        <source>{reason} (rows {rows})</source>
        <translation>{reason} (filas {rows})</translation>
    </message>
    <message>
        <source>{reason} ({count} times)</source>
        <translation>{reason} ({count} veces)</translation>
    </message>
    <message>
        <source>1 created</source>
        <translation>1 creado</translation>
    </message>
    <message>
        <source>{count} created</source>
        <translation>{count} creados</translation>
    </message>
    <message>
        <source>1 updated</source>
        <translation>1 actualizado</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>{count} actualizados</translation>
    </message>
    <message>
        <source>1 skipped</source>
        <translation>1 omitido</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>{count} omitidos</translation>
    </message>
    <message>
        <source>1 rejected</source>
        <translation>1 rechazado</translation>
    </message>
    <message>
        <source>{count} rejected</source>
        <translation>{count} rechazados</translation>
    </message>
    <message>
        <source>{counts} ({details})</source>
        <translation>{counts} ({details})</translation>
    </message>
    <message>
        <source>Dry run, nothing written: {summary}</source>
        <translation>Simulación, no se escribió nada: {summary}</translation>
    </message>
    <message>
        <source>1 already in the catalogue unchanged</source>
        <translation>1 ya estaba en el catálogo sin cambios</translation>
    </message>
    <message>
        <source>{count} already in the catalogue unchanged</source>
        <translation>{count} ya estaban en el catálogo sin cambios</translation>
    </message>
    <message>
        <source>1 merged with another row about the same resource</source>
        <translation>1 fusionado con otra fila sobre el mismo recurso</translation>
    </message>
    <message>
        <source>{count} merged with another row about the same resource</source>
        <translation>{count} fusionados con otra fila sobre el mismo recurso</translation>
    </message>
    <message>
        <source>1 duplicate skipped</source>
        <translation>1 duplicado omitido</translation>
    </message>
    <message>
        <source>{count} duplicates skipped</source>
        <translation>{count} duplicados omitidos</translation>
    </message>
    <message>
        <source>import cancelled; nothing was written</source>
        <translation>importación cancelada; no se escribió nada</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Leyendo {file}</translation>
    </message>
    <message>
        <source>{count} rows read</source>
        <translation>{count} filas leídas</translation>
    </message>
    <message>
        <source>{file}, after row {row}</source>
        <translation>{file}, después de la fila {row}</translation>
    </message>
    <message>
        <source>{file}: this file could not be imported ({reason}); nothing was written</source>
        <translation>{file}: no se pudo importar este archivo ({reason}); no se escribió nada</translation>
    </message>
    <message>
        <source>Updating the indexes</source>
        <translation>Actualizando los índices</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>Actualizando el índice de búsqueda</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>{number} ({kind})</source>
        <translation>{number} ({kind})</translation>
    </message>
    <message>
        <source>{address} (confidential)</source>
        <translation>{address} (confidencial)</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>separado por comas</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>separado por punto y coma</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>separado por tabulaciones</translation>
    </message>
    <message>
        <source>vertical bar-separated</source>
        <translation>separado por barras verticales</translation>
    </message>
    <message>
        <source>{delimiter}-separated</source>
        <translation>separado por {delimiter}</translation>
    </message>
    <message>
        <source>spaces after separators</source>
        <translation>espacios después de los separadores</translation>
    </message>
    <message>
        <source>{ending} line ends</source>
        <translation>finales de línea {ending}</translation>
    </message>
    <message>
        <source>sheet “{sheet}”</source>
        <translation>hoja «{sheet}»</translation>
    </message>
    <message>
        <source>could not be read: {reason}</source>
        <translation>no se pudo leer: {reason}</translation>
    </message>
    <message>
        <source>rows above the header were not imported (“{text}”)</source>
        <translation>las filas que hay encima de los encabezados no se importaron («{text}»)</translation>
    </message>
    <message>
        <source>the header “{header}” appears more than once; the second is called “{name}”</source>
        <translation>el encabezado «{header}» aparece más de una vez; el segundo se llama «{name}»</translation>
    </message>
    <message>
        <source>help text under the header, not imported</source>
        <translation>texto de ayuda debajo de los encabezados, no se importa</translation>
    </message>
    <message>
        <source>{count} cells for {columns} columns (a quote inside a cell?); the extra cells were added to “{column}”</source>
        <translation>{count} celdas para {columns} columnas (¿unas comillas dentro de una celda?); las celdas de más se añadieron a «{column}»</translation>
    </message>
    <message>
        <source>{count} cells for {columns} columns; the missing cells were read as empty</source>
        <translation>{count} celdas para {columns} columnas; las celdas que faltan se leyeron como vacías</translation>
    </message>
    <message>
        <source>the import of {file} ({id}) was already undone on {when}</source>
        <translation>la importación de {file} ({id}) ya se deshizo el {when}</translation>
    </message>
    <message>
        <source>the import {id} was already undone</source>
        <translation>la importación {id} ya se deshizo</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>(confidential address)</source>
        <translation>(dirección confidencial)</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>eligibility</source>
        <translation>requisitos</translation>
    </message>
    <message>
        <source>source id</source>
        <translation>id en la fuente</translation>
    </message>
    <message>
        <source>1 phone</source>
        <translation>1 teléfono</translation>
    </message>
    <message>
        <source>{count} phones</source>
        <translation>{count} teléfonos</translation>
    </message>
    <message>
        <source>1 address</source>
        <translation>1 dirección</translation>
    </message>
    <message>
        <source>{count} addresses</source>
        <translation>{count} direcciones</translation>
    </message>
    <message>
        <source>1 tag</source>
        <translation>1 etiqueta</translation>
    </message>
    <message>
        <source>{count} tags</source>
        <translation>{count} etiquetas</translation>
    </message>
    <message>
        <source>1 source category</source>
        <translation>1 categoría de la fuente</translation>
    </message>
    <message>
        <source>{count} source categories</source>
        <translation>{count} categorías de la fuente</translation>
    </message>
    <message>
        <source>1 saved-list entry</source>
        <translation>1 entrada de lista guardada</translation>
    </message>
    <message>
        <source>{count} saved-list entries</source>
        <translation>{count} entradas de listas guardadas</translation>
    </message>
    <message>
        <source>1 language</source>
        <translation>1 idioma</translation>
    </message>
    <message>
        <source>{count} languages</source>
        <translation>{count} idiomas</translation>
    </message>
    <message>
        <source>Same phone</source>
        <translation>Mismo teléfono</translation>
    </message>
    <message>
        <source>Same web site</source>
        <translation>Mismo sitio web</translation>
    </message>
    <message>
        <source>Same address</source>
        <translation>Misma dirección</translation>
    </message>
    <message>
        <source>Same phone and web site</source>
        <translation>Mismo teléfono y sitio web</translation>
    </message>
    <message>
        <source>Same phone and address</source>
        <translation>Mismo teléfono y misma dirección</translation>
    </message>
    <message>
        <source>Same web site and address</source>
        <translation>Mismo sitio web y misma dirección</translation>
    </message>
    <message>
        <source>Same phone, web site and address</source>
        <translation>Mismo teléfono, sitio web y dirección</translation>
    </message>
    <message>
        <source>close name ({score}%)</source>
        <translation>nombre parecido ({score} %)</translation>
    </message>
    <message>
        <source>{same}, {name}</source>
        <translation>{same}, {name}</translation>
    </message>
    <message>
        <source>different organizations: {a} / {b}</source>
        <translation>organizaciones distintas: {a} / {b}</translation>
    </message>
    <message>
        <source>Merged “{removed}” into “{kept}”: moved {moved}; filled in {filled}</source>
        <translation>Se fusionó «{removed}» en «{kept}»: se movieron: {moved}; se completaron: {filled}</translation>
    </message>
    <message>
        <source>Merged “{removed}” into “{kept}”: moved {moved}</source>
        <translation>Se fusionó «{removed}» en «{kept}»: se movieron: {moved}</translation>
    </message>
    <message>
        <source>Merged “{removed}” into “{kept}”: filled in {filled}</source>
        <translation>Se fusionó «{removed}» en «{kept}»: se completaron: {filled}</translation>
    </message>
    <message>
        <source>Merged “{removed}” into “{kept}”</source>
        <translation>Se fusionó «{removed}» en «{kept}»</translation>
    </message>
    <message>
        <source>the same name</source>
        <translation>el mismo nombre</translation>
    </message>
    <message>
        <source>a close name ({score}%)</source>
        <translation>un nombre parecido ({score} %)</translation>
    </message>
    <message>
        <source>{phones} (+{count} more)</source>
        <translation>{phones} (y {count} más)</translation>
    </message>
    <message>
        <source>same phones {phones} and {name}</source>
        <translation>mismos teléfonos {phones} y {name}</translation>
    </message>
    <message>
        <source>same phone {phones} and {name}</source>
        <translation>mismo teléfono {phones} y {name}</translation>
    </message>
    <message>
        <source>same web site {site} and {name}</source>
        <translation>mismo sitio web {site} y {name}</translation>
    </message>
    <message>
        <source>same name at the same confidential address</source>
        <translation>mismo nombre en la misma dirección confidencial</translation>
    </message>
    <message>
        <source>same confidential address and {name}</source>
        <translation>misma dirección confidencial y {name}</translation>
    </message>
    <message>
        <source>same name at the same address ({address})</source>
        <translation>mismo nombre en la misma dirección ({address})</translation>
    </message>
    <message>
        <source>same address ({address}) and {name}</source>
        <translation>misma dirección ({address}) y {name}</translation>
    </message>
    <message>
        <source>{number} ext. {extension}</source>
        <translation>{number} ext. {extension}</translation>
    </message>
    <message>
        <source>{phone} ({kind})</source>
        <translation>{phone} ({kind})</translation>
    </message>
    <message>
        <source>{phone} — {label}</source>
        <translation>{phone} — {label}</translation>
    </message>
    <message>
        <source>“{text}”: give the merge&apos;s id or at least its first {count} characters</source>
        <translation>«{text}»: indique el id de la fusión o al menos sus primeros {count} caracteres</translation>
    </message>
    <message>
        <source>“{text}”: give the resource&apos;s id or at least its first {count} characters</source>
        <translation>«{text}»: indique el id del recurso o al menos sus primeros {count} caracteres</translation>
    </message>
    <message>
        <source>no merge with id “{id}”</source>
        <translation>no hay ninguna fusión con el id «{id}»</translation>
    </message>
    <message>
        <source>no resource with id “{id}”</source>
        <translation>no hay ningún recurso con el id «{id}»</translation>
    </message>
    <message>
        <source>“{text}” is the start of more than one merge&apos;s id; give more of it</source>
        <translation>«{text}» es el comienzo del id de más de una fusión; escriba más caracteres</translation>
    </message>
    <message>
        <source>“{text}” is the start of more than one resource&apos;s id; give more of it</source>
        <translation>«{text}» es el comienzo del id de más de un recurso; escriba más caracteres</translation>
    </message>
    <message>
        <source>A resource is always the same as itself; choose two different resources.</source>
        <translation>Un recurso siempre es igual a sí mismo; elija dos recursos distintos.</translation>
    </message>
    <message>
        <source>no resource with id {id}</source>
        <translation>no hay ningún recurso con el id {id}</translation>
    </message>
    <message>
        <source>A resource cannot be merged into itself.</source>
        <translation>Un recurso no se puede fusionar consigo mismo.</translation>
    </message>
    <message>
        <source>no merge with id {id}</source>
        <translation>no hay ninguna fusión con el id {id}</translation>
    </message>
    <message>
        <source>The merge of “{name}” was undone already ({at}).</source>
        <translation>La fusión de «{name}» ya se deshizo ({at}).</translation>
    </message>
    <message>
        <source>The resource “{name}” was merged into has since been merged into “{other}”; undo that merge first.</source>
        <translation>El recurso en el que se fusionó «{name}» se fusionó después en «{other}»; deshaga primero esa fusión.</translation>
    </message>
    <message>
        <source>another resource</source>
        <translation>otro recurso</translation>
    </message>
    <message>
        <source>The resource “{name}” was merged into has been deleted since, so the merge cannot be undone.</source>
        <translation>El recurso en el que se fusionó «{name}» se eliminó después, así que la fusión no se puede deshacer.</translation>
    </message>
    <message>
        <source>A resource with the id of “{name}” is in the catalogue again, so the merge cannot be undone.</source>
        <translation>Vuelve a haber en el catálogo un recurso con el id de «{name}», así que la fusión no se puede deshacer.</translation>
    </message>
    <message>
        <source>This merge was recorded by another version of Resource Desk and cannot be undone.</source>
        <translation>Esta fusión la registró otra versión de Resource Desk y no se puede deshacer.</translation>
    </message>
    <message>
        <source>lowest age</source>
        <translation>edad mínima</translation>
    </message>
    <message>
        <source>highest age</source>
        <translation>edad máxima</translation>
    </message>
    <message>
        <source>fees</source>
        <translation>tarifas</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horario</translation>
    </message>
    <message>
        <source>ages</source>
        <translation>edades</translation>
    </message>
    <message>
        <source>accessibility</source>
        <translation>accesibilidad</translation>
    </message>
    <message>
        <source>website</source>
        <translation>sitio web</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>web site</source>
        <translation>sitio web</translation>
    </message>
    <message>
        <source>last verified</source>
        <translation>última verificación</translation>
    </message>
    <message>
        <source>verified by</source>
        <translation>verificado por</translation>
    </message>
    <message>
        <source>private notes</source>
        <translation>notas privadas</translation>
    </message>
    <message>
        <source>id in the source</source>
        <translation>id en la fuente</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>idiomas</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>teléfonos</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>direcciones</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>source categories</source>
        <translation>categorías de la fuente</translation>
    </message>
    <message>
        <source>translations</source>
        <translation>traducciones</translation>
    </message>
    <message>
        <source>{path} is an old Excel .xls file; save it as .xlsx or CSV first</source>
        <translation>{path} es un archivo .xls de una versión antigua de Excel; guárdelo antes como .xlsx o CSV</translation>
    </message>
    <message>
        <source>{path} is not a readable .xlsx workbook ({reason})</source>
        <translation>{path} no es un libro .xlsx legible ({reason})</translation>
    </message>
    <message>
        <source>{path} has no sheet “{sheet}” (it has: {sheets})</source>
        <translation>{path} no tiene ninguna hoja «{sheet}» (tiene: {sheets})</translation>
    </message>
    <message>
        <source>only the sheet “{sheet}” is read; also in the workbook: {others}</source>
        <translation>solo se lee la hoja «{sheet}»; también hay en el libro: {others}</translation>
    </message>
    <message>
        <source>{file} has more than {count} rows, the most one import reads</source>
        <translation>{file} tiene más de {count} filas, el máximo que lee una importación</translation>
    </message>
    <message>
        <source>more than the {most} cells a row may have; left out</source>
        <translation>más de las {most} celdas que puede tener una fila; se deja fuera</translation>
    </message>
    <message>
        <source>{path}: row {row} of the sheet cannot be read ({reason})</source>
        <translation>{path}: no se puede leer la fila {row} de la hoja ({reason})</translation>
    </message>
    <message>
        <source>{path} is empty (its first sheet has no cells)</source>
        <translation>{path} está vacío (su primera hoja no tiene celdas)</translation>
    </message>
    <message>
        <source>no backup {name} of {catalogue}: `resource-desk backups` lists them</source>
        <translation>no hay ninguna copia de seguridad {name} de {catalogue}: `resource-desk backups` las enumera</translation>
    </message>
    <message>
        <source>{path} is not a file</source>
        <translation>{path} no es un archivo</translation>
    </message>
    <message>
        <source>{path} cannot be restored: {reason}</source>
        <translation>No se puede restaurar {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is damaged too ({findings}); choose another backup</source>
        <translation>{path} también está dañado ({findings}); elija otra copia de seguridad</translation>
    </message>
    <message>
        <source>the backup could not be put into {catalogue} ({reason}); the catalogue as it was is kept as {kept}</source>
        <translation>no se pudo poner la copia de seguridad en {catalogue} ({reason}); el catálogo tal como estaba se guarda como {kept}</translation>
    </message>
    <message>
        <source>unknown {what} “{value}”; use one of: {choices}</source>
        <translation>valor desconocido para {what}: «{value}»; use uno de estos valores: {choices}</translation>
    </message>
    <message>
        <source>a tag cannot be both added and removed</source>
        <translation>una etiqueta no se puede añadir y quitar a la vez</translation>
    </message>
    <message>
        <source>a language cannot be both added and removed</source>
        <translation>un idioma no se puede añadir y quitar a la vez</translation>
    </message>
    <message>
        <source>changed {changed} of {asked} resource</source>
        <translation>se cambiaron {changed} de {asked} recurso</translation>
    </message>
    <message>
        <source>changed {changed} of {asked} resources</source>
        <translation>se cambiaron {changed} de {asked} recursos</translation>
    </message>
    <message>
        <source>nothing to change: say what to add, remove or set</source>
        <translation>no hay nada que cambiar: indique qué añadir, quitar o fijar</translation>
    </message>
    <message>
        <source>{path} is a folder, not a catalogue file</source>
        <translation>{path} es una carpeta, no un archivo de catálogo</translation>
    </message>
    <message>
        <source>cannot open catalogue {path}: {reason}</source>
        <translation>no se puede abrir el catálogo {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>no se puede leer {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is read-only: a new catalogue cannot be made in it</source>
        <translation>{path} es de solo lectura: no se puede crear en él un catálogo nuevo</translation>
    </message>
    <message>
        <source>{path} was made by an older Resource Desk and must be upgraded before it opens, but it is read-only: make the file and its folder writable and open it again (nothing was changed)</source>
        <translation>{path} se creó con una versión anterior de Resource Desk y hay que actualizarlo antes de abrirlo, pero es de solo lectura: permita escribir en el archivo y en su carpeta y vuelva a abrirlo (no se cambió nada)</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a Resource Desk catalogue</source>
        <translation>{path} es un archivo SQLite, pero no un catálogo de Resource Desk</translation>
    </message>
    <message>
        <source>{path} was written by a newer Resource Desk (schema {schema}); please update the app</source>
        <translation>{path} se escribió con una versión más reciente de Resource Desk (esquema {schema}); actualice la aplicación</translation>
    </message>
    <message>
        <source>“{value}” is not a country code; use two letters such as US, CA or MX.</source>
        <translation>«{value}» no es un código de país; use dos letras, como US, CA o MX.</translation>
    </message>
    <message>
        <source>The catalogue {path} is damaged ({detail}).</source>
        <translation>El catálogo {path} está dañado ({detail}).</translation>
    </message>
    <message>
        <source>The catalogue {path} is damaged.</source>
        <translation>El catálogo {path} está dañado.</translation>
    </message>
    <message>
        <source>The catalogue is damaged ({detail}).</source>
        <translation>El catálogo está dañado ({detail}).</translation>
    </message>
    <message>
        <source>The catalogue is damaged.</source>
        <translation>El catálogo está dañado.</translation>
    </message>
    <message>
        <source>Resource Desk will not write to it, so nothing more is lost. To get out, restore a backup: File ▸ Restore from backup…, or `resource-desk backups` and `resource-desk restore BACKUP`. Without a backup, export what can still be read and import it into a new catalogue.</source>
        <translation>Resource Desk no escribirá en él, para que no se pierda nada más. Para salir de esta situación, restaure una copia de seguridad: Archivo ▸ Restaurar una copia de seguridad…, o `resource-desk backups` y `resource-desk restore BACKUP`. Si no tiene ninguna copia, exporte lo que todavía se pueda leer e impórtelo en un catálogo nuevo.</translation>
    </message>
    <message>
        <source>{path} is read-only: it is open for reading, and nothing can be changed in it. To make changes, make the file and its folder writable (or copy it to a folder of yours) and open it again.</source>
        <translation>{path} es de solo lectura: está abierto para consultarlo y no se puede cambiar nada en él. Para hacer cambios, permita escribir en el archivo y en su carpeta (o cópielo a una carpeta suya) y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>The catalogue is read-only: it is open for reading, and nothing can be changed in it. To make changes, make the file and its folder writable (or copy it to a folder of yours) and open it again.</source>
        <translation>El catálogo es de solo lectura: está abierto para consultarlo y no se puede cambiar nada en él. Para hacer cambios, permita escribir en el archivo y en su carpeta (o cópielo a una carpeta suya) y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: nothing was changed or half-written. Free some space on it and try again.</source>
        <translation>El disco donde está {path} está lleno: no se cambió nada ni quedó nada escrito a medias. Libere algo de espacio en él y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed or half-written. Free some space on it and try again.</source>
        <translation>El disco está lleno: no se cambió nada ni quedó nada escrito a medias. Libere algo de espacio en él y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{path} can no longer be reached (was it on a disk that was removed or a share that went away?): nothing was half-written. Put the disk back, then try again.</source>
        <translation>Ya no se puede acceder a {path} (¿estaba en un disco que se retiró o en una carpeta compartida que dejó de estar disponible?): no quedó nada escrito a medias. Vuelva a conectar el disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The file can no longer be reached (was it on a disk that was removed or a share that went away?): nothing was half-written. Put the disk back, then try again.</source>
        <translation>Ya no se puede acceder al archivo (¿estaba en un disco que se retiró o en una carpeta compartida que dejó de estar disponible?): no quedó nada escrito a medias. Vuelva a conectar el disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{path} is on a read-only disk: nothing was written. Choose a folder on another disk, or make this one writable, and try again.</source>
        <translation>{path} está en un disco de solo lectura: no se escribió nada. Elija una carpeta en otro disco, o permita escribir en este, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{path} cannot be written or read: permission denied. Choose a folder of yours, or change the file&apos;s permissions, and try again.</source>
        <translation>No se puede escribir ni leer {path}: permiso denegado. Elija una carpeta suya, o cambie los permisos del archivo, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>A saved list needs a name.</source>
        <translation>Una lista guardada necesita un nombre.</translation>
    </message>
    <message>
        <source>A list name can be at most {count} characters long.</source>
        <translation>El nombre de una lista puede tener como máximo {count} caracteres.</translation>
    </message>
    <message>
        <source>no saved list “{name}”</source>
        <translation>no hay ninguna lista guardada «{name}»</translation>
    </message>
    <message>
        <source>There is already a list called “{name}”.</source>
        <translation>Ya hay una lista llamada «{name}».</translation>
    </message>
    <message>
        <source>A client code is a code of your own, such as C-0423: up to {most} characters, at least one digit, at most {letters} letters, no spaces — never a client&apos;s name.</source>
        <translation>Un código de cliente es un código propio, como C-0423: hasta {most} caracteres, al menos un dígito, como máximo {letters} letras, sin espacios; nunca el nombre de un cliente.</translation>
    </message>
    <message>
        <source>it holds a space</source>
        <translation>contiene un espacio</translation>
    </message>
    <message>
        <source>it is {count} characters long (at most {most})</source>
        <translation>tiene {count} caracteres (como máximo {most})</translation>
    </message>
    <message>
        <source>it holds a character other than letters, digits, “-”, “_” or “.”</source>
        <translation>contiene un carácter que no es una letra, un dígito, «-», «_» ni «.»</translation>
    </message>
    <message>
        <source>it holds no digit</source>
        <translation>no contiene ningún dígito</translation>
    </message>
    <message>
        <source>it holds {count} letters (at most {most}, so a name cannot pass as a code)</source>
        <translation>contiene {count} letras (como máximo {most}, para que un nombre no pase por un código)</translation>
    </message>
    <message>
        <source>“{code}” is refused: {reason}. {rule}</source>
        <translation>Se rechaza «{code}»: {reason}. {rule}</translation>
    </message>
    <message>
        <source>the sheet is not kept in the history: the catalogue is read-only</source>
        <translation>la hoja no se guarda en el historial: el catálogo es de solo lectura</translation>
    </message>
    <message>
        <source>the sheet is not kept in the history: the catalogue is damaged</source>
        <translation>la hoja no se guarda en el historial: el catálogo está dañado</translation>
    </message>
    <message>
        <source>Unknown output “{output}”; use one of: {outputs}.</source>
        <translation>Salida desconocida: «{output}»; use uno de estos valores: {outputs}.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Review resources not verified in at least 1 month.</source>
        <translation>Revise los recursos que no se hayan verificado en al menos 1 mes.</translation>
    </message>
    <message>
        <source>Unknown review outcome “{outcome}”; use one of: {outcomes}.</source>
        <translation>Resultado de revisión desconocido: «{outcome}»; use uno de estos valores: {outcomes}.</translation>
    </message>
    <message>
        <source>This resource is no longer in the catalogue.</source>
        <translation>Este recurso ya no está en el catálogo.</translation>
    </message>
    <message>
        <source>That review step is no longer in the catalogue.</source>
        <translation>Ese paso de la revisión ya no está en el catálogo.</translation>
    </message>
    <message>
        <source>Unknown paper size “{paper}”; use one of: {papers}.</source>
        <translation>Tamaño de papel desconocido: «{paper}»; use uno de estos valores: {papers}.</translation>
    </message>
    <message>
        <source>Unknown crisis line position “{position}”; use one of: {positions}.</source>
        <translation>Posición desconocida para las líneas de crisis: «{position}»; use uno de estos valores: {positions}.</translation>
    </message>
    <message>
        <source>Your name or initials: at most {count} characters.</source>
        <translation>Su nombre o sus iniciales: como máximo {count} caracteres.</translation>
    </message>
    <message>
        <source>name: “{words}”</source>
        <translation>nombre: «{words}»</translation>
    </message>
    <message>
        <source>description: “{words}”</source>
        <translation>descripción: «{words}»</translation>
    </message>
    <message>
        <source>eligibility: “{words}”</source>
        <translation>requisitos: «{words}»</translation>
    </message>
    <message>
        <source>category: “{words}”</source>
        <translation>categoría: «{words}»</translation>
    </message>
    <message>
        <source>There is already a tag “{name}” in identity.</source>
        <translation>Ya hay una etiqueta «{name}» en «A quién atiende».</translation>
    </message>
    <message>
        <source>There is already a tag “{name}” in need.</source>
        <translation>Ya hay una etiqueta «{name}» en «Qué ofrece».</translation>
    </message>
    <message>
        <source>There is already a tag “{name}” in {facet}.</source>
        <translation>Ya hay una etiqueta «{name}» en {facet}.</translation>
    </message>
    <message>
        <source>“{source}” (identity) and “{target}” (need) are in different facets and cannot be merged.</source>
        <translation>«{source}» («A quién atiende») y «{target}» («Qué ofrece») están en grupos distintos y no se pueden fusionar.</translation>
    </message>
    <message>
        <source>“{source}” (need) and “{target}” (identity) are in different facets and cannot be merged.</source>
        <translation>«{source}» («Qué ofrece») y «{target}» («A quién atiende») están en grupos distintos y no se pueden fusionar.</translation>
    </message>
    <message>
        <source>“{source}” ({source_facet}) and “{target}” ({target_facet}) are in different facets and cannot be merged.</source>
        <translation>«{source}» ({source_facet}) y «{target}» ({target_facet}) están en grupos distintos y no se pueden fusionar.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Una etiqueta necesita un nombre.</translation>
    </message>
    <message>
        <source>Unknown facet “{facet}”; use one of: {facets}.</source>
        <translation>Faceta desconocida: «{facet}»; use uno de estos valores: {facets}.</translation>
    </message>
    <message>
        <source>no tag with id {id}</source>
        <translation>no hay ninguna etiqueta con el id {id}</translation>
    </message>
    <message>
        <source>unknown facet “{facet}” in “{key}”; use one of: {facets}</source>
        <translation>faceta desconocida «{facet}» en «{key}»; use uno de estos valores: {facets}</translation>
    </message>
    <message>
        <source>no tag “{key}” in this catalogue</source>
        <translation>no hay ninguna etiqueta «{key}» en este catálogo</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>Hace falta un nombre.</translation>
    </message>
    <message>
        <source>This is not an email address (name@example.org).</source>
        <translation>Esto no es una dirección de correo electrónico (nombre@ejemplo.org).</translation>
    </message>
    <message>
        <source>This is not a web address (example.org or https://example.org).</source>
        <translation>Esto no es una dirección web (ejemplo.org o https://ejemplo.org).</translation>
    </message>
    <message>
        <source>Ages run from 0 to 120.</source>
        <translation>Las edades van de 0 a 120.</translation>
    </message>
    <message>
        <source>The upper age is below the lower one.</source>
        <translation>La edad máxima es menor que la mínima.</translation>
    </message>
    <message>
        <source>“{number}” is not a phone number.</source>
        <translation>«{number}» no es un número de teléfono.</translation>
    </message>
    <message>
        <source>Unknown kind of line: {kind}.</source>
        <translation>Tipo de línea desconocido: {kind}.</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>Elija uno de estos valores: {choices}.</translation>
    </message>
    <message>
        <source>“{name}” is {status} and cannot go on a referral sheet.</source>
        <translation>«{name}» está {status} y no puede ir en una hoja de derivación.</translation>
    </message>
    <message>
        <source>“{name}” ({status})</source>
        <translation>«{name}» ({status})</translation>
    </message>
    <message>
        <source>These resources cannot go on a referral sheet: {names}.</source>
        <translation>Estos recursos no pueden ir en una hoja de derivación: {names}.</translation>
    </message>
    <message>
        <source>marked do not refer</source>
        <translation>marcado como «No derivar»</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>Unknown layout “{layout}”; use one of: {layouts}.</source>
        <translation>Diseño desconocido: «{layout}»; use uno de estos valores: {layouts}.</translation>
    </message>
    <message>
        <source>Unknown crisis line position “{position}”.</source>
        <translation>Posición desconocida para las líneas de crisis: «{position}».</translation>
    </message>
    <message>
        <source>Add at least one resource to the sheet.</source>
        <translation>Añada al menos un recurso a la hoja.</translation>
    </message>
    <message>
        <source>cannot read translation file {file}: {reason}</source>
        <translation>no se puede leer el archivo de traducción {file}: {reason}</translation>
    </message>
    <message>
        <source>translation file {file} does not hold an object</source>
        <translation>el archivo de traducción {file} no contiene un objeto</translation>
    </message>
    <message>
        <source>no sheet translation for “{code}”; available: {codes}</source>
        <translation>no hay traducción de la hoja para «{code}»; disponibles: {codes}</translation>
    </message>
    <message>
        <source>translation file {file} needs twelve month names</source>
        <translation>el archivo de traducción {file} necesita los nombres de los doce meses</translation>
    </message>
    <message>
        <source>cannot save {path}: folder {folder} does not exist</source>
        <translation>no se puede guardar {path}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>cannot write {path}</source>
        <translation>no se puede escribir {path}</translation>
    </message>
    <message>
        <source>cannot save {path}: {reason}</source>
        <translation>no se puede guardar {path}: {reason}</translation>
    </message>
    <message>
        <source>the catalogue records more than one schema revision</source>
        <translation>el catálogo registra más de una revisión del esquema</translation>
    </message>
    <message>
        <source>{path} is not a Resource Desk catalogue (not an SQLite file)</source>
        <translation>{path} no es un catálogo de Resource Desk (no es un archivo SQLite)</translation>
    </message>
    <message>
        <source>another import is running in this catalogue; waiting…</source>
        <translation>hay otra importación en curso en este catálogo; esperando…</translation>
    </message>
    <message>
        <source>{path} was removed or moved while Resource Desk wrote to it (was it on a disk that was taken out?): what was just saved did not reach it. Put the disk back, then open the catalogue again and check the last change.</source>
        <translation>{path} se eliminó o se movió mientras Resource Desk escribía en él (¿estaba en un disco que se retiró?): lo que se acaba de guardar no llegó a él. Vuelva a conectar el disco, abra de nuevo el catálogo y revise el último cambio.</translation>
    </message>
    <message>
        <source>SQLite&apos;s check found: {finding}, and {count} more</source>
        <translation>la comprobación de SQLite encontró: {finding}, y {count} más</translation>
    </message>
    <message>
        <source>SQLite&apos;s check found: {finding}</source>
        <translation>la comprobación de SQLite encontró: {finding}</translation>
    </message>
    <message>
        <source>another import is running in this catalogue ({path}); try again when it has ended</source>
        <translation>hay otra importación en curso en este catálogo ({path}); vuelva a intentarlo cuando termine</translation>
    </message>
    <message>
        <source>another import has held this catalogue ({path}) for {count} hours; try again later</source>
        <translation>otra importación lleva {count} horas ocupando este catálogo ({path}); vuelva a intentarlo más tarde</translation>
    </message>
</context>
</TS>
