<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source> — 1:10 target</source>
        <translation> — objetivo 1:10</translation>
    </message>
    <message>
        <source>&amp;Agitate</source>
        <translation>&amp;Agitar</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contacto:</translation>
    </message>
    <message>
        <source>&amp;Demands:</source>
        <translation>&amp;Demandas:</translation>
    </message>
    <message>
        <source>&amp;Educate</source>
        <translation>&amp;Educar</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Titular:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Paragraphs:</source>
        <translation>&amp;Párrafos:</translation>
    </message>
    <message>
        <source>&amp;Participated</source>
        <translation>&amp;Participó</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planear</translation>
    </message>
    <message>
        <source>&amp;Refused</source>
        <translation>&amp;Se negó</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>&amp;Unite</source>
        <translation>&amp;Unir</translation>
    </message>
    <message>
        <source>&amp;Visual:</source>
        <translation>&amp;Imagen:</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(no registrado)</translation>
    </message>
    <message>
        <source>1 per sheet</source>
        <translation>1 por hoja</translation>
    </message>
    <message>
        <source>1:10 target</source>
        <translation>objetivo 1:10</translation>
    </message>
    <message>
        <source>1:1s (90 d)</source>
        <translation>1 a 1 (90 d)</translation>
    </message>
    <message>
        <source>1:1s, 90 days</source>
        <translation>Uno a uno, 90 días</translation>
    </message>
    <message>
        <source>2 per sheet (handbills)</source>
        <translation>2 por hoja (volantes pequeños)</translation>
    </message>
    <message>
        <source>4 per sheet (handbills)</source>
        <translation>4 por hoja (volantes pequeños)</translation>
    </message>
    <message>
        <source>A grievance deadline this many working days away or fewer counts as due soon.</source>
        <translation>Un plazo de queja a estos días laborables o menos cuenta como próximo a vencer.</translation>
    </message>
    <message>
        <source>A&amp;nswer</source>
        <translation>Res&amp;puesta</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstención</translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation>Se abstuvo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>En contra</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punto del orden del día</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Acordada el</translation>
    </message>
    <message>
        <source>Agreed with</source>
        <translation>Acordada con</translation>
    </message>
    <message>
        <source>Alternate</source>
        <translation>Suplente</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>An assessment older than this many days counts as stale.</source>
        <translation>Una evaluación de hace más de estos días se considera desactualizada.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Answer days</source>
        <translation>Días de respuesta</translation>
    </message>
    <message>
        <source>Answer unit</source>
        <translation>Unidad de respuesta</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Responde</translation>
    </message>
    <message>
        <source>Any assessment date</source>
        <translation>Cualquier fecha de evaluación</translation>
    </message>
    <message>
        <source>Any committee role</source>
        <translation>Cualquier papel en el comité</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>A fecha de</translation>
    </message>
    <message>
        <source>As&amp;k</source>
        <translation>&amp;Pedir</translation>
    </message>
    <message>
        <source>As&amp;ked</source>
        <translation>Se le &amp;pidió</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Petición</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Se le pidió</translation>
    </message>
    <message>
        <source>Asked, no answer</source>
        <translation>Se le pidió, sin respuesta</translation>
    </message>
    <message>
        <source>Assemblies</source>
        <translation>Asambleas</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Evaluados</translation>
    </message>
    <message>
        <source>Assessed %</source>
        <translation>Evaluados %</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistieron</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Carpeta de informes</translation>
    </message>
    <message>
        <source>Button / sticker day</source>
        <translation>Día de chapas / pegatinas</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>C or CH</source>
        <translation>C o CH</translation>
    </message>
    <message>
        <source>Call to action, &amp;what:</source>
        <translation>Llamada a la acción, &amp;qué:</translation>
    </message>
    <message>
        <source>Call to action, what:</source>
        <translation>Llamada a la acción, qué:</translation>
    </message>
    <message>
        <source>Card signed</source>
        <translation>Tarjeta firmada</translation>
    </message>
    <message>
        <source>Carried</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Queja</translation>
    </message>
    <message>
        <source>Cases by month: opened, closed, open at the month&apos;s end</source>
        <translation>Quejas por mes: abiertas, cerradas y abiertas a fin de mes</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Chart sheet</source>
        <translation>Hoja de mapeo</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <source>Collection (money in)</source>
        <translation>Colecta (entrada)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Committee (C)</source>
        <translation>Comité (C)</translation>
    </message>
    <message>
        <source>Committee helper (CH)</source>
        <translation>Colaborador del comité (CH)</translation>
    </message>
    <message>
        <source>Committee member (C)</source>
        <translation>Miembro del comité (C)</translation>
    </message>
    <message>
        <source>Committee members (◆ 1:10 target)</source>
        <translation>Miembros del comité (◆ objetivo 1:10)</translation>
    </message>
    <message>
        <source>Committee target</source>
        <translation>Objetivo del comité</translation>
    </message>
    <message>
        <source>Confirmed by both</source>
        <translation>Confirmado por ambos</translation>
    </message>
    <message>
        <source>Confirmed by the giver only (waits)</source>
        <translation>Confirmado solo por quien da (en espera)</translation>
    </message>
    <message>
        <source>Confirmed by the receiver only (waits)</source>
        <translation>Confirmado solo por quien recibe (en espera)</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Contract article</source>
        <translation>Artículo del convenio</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <source>Council meeting</source>
        <translation>Reunión del consejo</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Contado desde</translation>
    </message>
    <message>
        <source>Counts from</source>
        <translation>Cuenta desde</translation>
    </message>
    <message>
        <source>Counts from: incident, knew of it (the first step); filed, answer received, answer due (appeals to a later step). Separate with commas.</source>
        <translation>Cuenta desde: incidente, se supo (el primer paso); presentada, respuesta recibida, respuesta debida (apelaciones a un paso posterior). Separa con comas.</translation>
    </message>
    <message>
        <source>DUE SOON</source>
        <translation>VENCE PRONTO</translation>
    </message>
    <message>
        <source>DUE TODAY</source>
        <translation>VENCE HOY</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Dealt with</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegado</translation>
    </message>
    <message>
        <source>Delegate briefing</source>
        <translation>Informe para el delegado</translation>
    </message>
    <message>
        <source>Demands:</source>
        <translation>Demandas:</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Sanción disciplinaria</translation>
    </message>
    <message>
        <source>Discipline / discharge</source>
        <translation>Disciplina / despido</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Donation (money in)</source>
        <translation>Donación (entrada)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Due today or overdue</source>
        <translation>Vencen hoy o ya vencidos</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Vencen en 30 días</translation>
    </message>
    <message>
        <source>Due within a week</source>
        <translation>Vencen en una semana</translation>
    </message>
    <message>
        <source>Due within a year</source>
        <translation>Vencen en un año</translation>
    </message>
    <message>
        <source>Dues (money in)</source>
        <translation>Cuotas (entrada)</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Elección</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Entered by the committee</source>
        <translation>Registrado por el comité</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Every grievance with its step, its next deadline counted from the contract, and the fact sheet to print for the meeting.</source>
        <translation>Cada queja con su paso, su próximo plazo contado según el convenio y la hoja de datos para imprimir para la reunión.</translation>
    </message>
    <message>
        <source>Everyone at the workplace: who they are, where they work, how they were assessed and when someone last talked to them.</source>
        <translation>Toda la gente del centro de trabajo: quién es, dónde trabaja, cómo se le evaluó y cuándo habló alguien con ella por última vez.</translation>
    </message>
    <message>
        <source>Eviction notice</source>
        <translation>Aviso de desalojo</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>Expense (money out)</source>
        <translation>Gasto (salida)</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>FT/PT</source>
        <translation>TC/TP</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Figure to hold</source>
        <translation>Cifra a defender</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>File/appeal days</source>
        <translation>Días para presentar/apelar</translation>
    </message>
    <message>
        <source>Filed / appealed</source>
        <translation>Presentada / apelada</translation>
    </message>
    <message>
        <source>Filing / appeal</source>
        <translation>Presentación / apelación</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>Despido</translation>
    </message>
    <message>
        <source>First filed</source>
        <translation>Primera presentación</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Foro</translation>
    </message>
    <message>
        <source>Forum Kit bundles, agendas and decisions (*.fkbundle *.fkagenda *.fkdecisions);;All files (*)</source>
        <translation>Paquetes, órdenes del día y decisiones de Forum Kit (*.fkbundle *.fkagenda *.fkdecisions);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Forum or council</source>
        <translation>Foro o consejo</translation>
    </message>
    <message>
        <source>Forums</source>
        <translation>Foros</translation>
    </message>
    <message>
        <source>Forums and councils: meetings, motions, mandates and the delegates who carry them, with their report-backs.</source>
        <translation>Foros y consejos: reuniones, mociones, mandatos y los delegados que los llevan, con sus rendiciones de cuentas.</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Free vote</source>
        <translation>Voto libre</translation>
    </message>
    <message>
        <source>Fresh</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Full names</source>
        <translation>Nombres completos</translation>
    </message>
    <message>
        <source>Full time</source>
        <translation>Tiempo completo</translation>
    </message>
    <message>
        <source>Fund in</source>
        <translation>Entradas del fondo</translation>
    </message>
    <message>
        <source>Fund out</source>
        <translation>Salidas del fondo</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Dadas</translation>
    </message>
    <message>
        <source>Giver</source>
        <translation>Quien da</translation>
    </message>
    <message>
        <source>Grant to a member (money out)</source>
        <translation>Ayuda a un miembro (salida)</translation>
    </message>
    <message>
        <source>Grievance</source>
        <translation>Queja</translation>
    </message>
    <message>
        <source>Grievances</source>
        <translation>Quejas</translation>
    </message>
    <message>
        <source>Grievant</source>
        <translation>Afectado</translation>
    </message>
    <message>
        <source>Grievants</source>
        <translation>Afectados</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Colectiva</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Crecimiento</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Headline:</source>
        <translation>Titular:</translation>
    </message>
    <message>
        <source>Health and safety</source>
        <translation>Salud y seguridad</translation>
    </message>
    <message>
        <source>Help on</source>
        <translation>Ayuda el</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>Colaborador</translation>
    </message>
    <message>
        <source>Helper (CH)</source>
        <translation>Colaborador (CH)</translation>
    </message>
    <message>
        <source>Helpers (CH)</source>
        <translation>Colaboradores (CH)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Hours exchanged</source>
        <translation>Horas intercambiadas</translation>
    </message>
    <message>
        <source>How many automatic backups to keep.</source>
        <translation>Cuántas copias de seguridad automáticas se conservan.</translation>
    </message>
    <message>
        <source>How the committee and the support for it grow over time, area by area, counted from the assessment history.</source>
        <translation>Cómo crecen el comité y el apoyo al comité con el tiempo, área por área, contado a partir del historial de evaluaciones.</translation>
    </message>
    <message>
        <source>How they connect to the group</source>
        <translation>Cómo se conecta con el grupo</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>Enfermedad</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Se importa como</translation>
    </message>
    <message>
        <source>In the steward&apos;s copy</source>
        <translation>En la copia del delegado</translation>
    </message>
    <message>
        <source>In your chart now</source>
        <translation>En su mapa ahora</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Initials only</source>
        <translation>Solo iniciales</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>Lesión</translation>
    </message>
    <message>
        <source>Inocu&amp;late</source>
        <translation>Ino&amp;cular</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instrucción</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language of the interface (at the next start).</source>
        <translation>Idioma de la interfaz (al próximo inicio).</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Last 2 years</source>
        <translation>Últimos 2 años</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Últimos 6 meses</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Last copy sent</source>
        <translation>Última copia enviada</translation>
    </message>
    <message>
        <source>Last structure test: participation %</source>
        <translation>Última prueba de estructura: participación %</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Última prueba</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Disposición:</translation>
    </message>
    <message>
        <source>Leaflet</source>
        <translation>Volante</translation>
    </message>
    <message>
        <source>Leaflets, briefings and packs printed from the vault, encrypted when they are saved.</source>
        <translation>Volantes, informes y carpetas impresos desde la bóveda, cifrados al guardarlos.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Lock the vault after this many minutes without input.</source>
        <translation>Bloquear la bóveda tras estos minutos sin actividad.</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandato</translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation>Mandatos</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Mapeados</translation>
    </message>
    <message>
        <source>March on the boss</source>
        <translation>Marcha sobre el jefe</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Emparejada</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Emparejamientos</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>Días (media)</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Días (mediana)</translation>
    </message>
    <message>
        <source>Median days to resolution by type</source>
        <translation>Mediana de días hasta la resolución, por tipo</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Members active</source>
        <translation>Miembros activos</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Met within a week</source>
        <translation>Cubiertas en una semana</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Moción</translation>
    </message>
    <message>
        <source>Motions</source>
        <translation>Mociones</translation>
    </message>
    <message>
        <source>Mutual aid</source>
        <translation>Ayuda mutua</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <source>Needed at 1:10</source>
        <translation>Necesarios a 1:10</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Necesaria antes del</translation>
    </message>
    <message>
        <source>Needs raised</source>
        <translation>Necesidades planteadas</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>Nueva fecha</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Próximo plazo</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Not carried out</source>
        <translation>No cumplido</translation>
    </message>
    <message>
        <source>Not on committee</source>
        <translation>No está en el comité</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Anotado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>VENCIDA</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ofrecida</translation>
    </message>
    <message>
        <source>On</source>
        <translation>El</translation>
    </message>
    <message>
        <source>One-on-one conversations written up with the AEIOU structure, their issues and the follow-ups due.</source>
        <translation>Conversaciones uno a uno escritas con la estructura AEIOU, sus problemas y los seguimientos pendientes.</translation>
    </message>
    <message>
        <source>One-on-ones in the last 90 days</source>
        <translation>Conversaciones uno a uno en los últimos 90 días</translation>
    </message>
    <message>
        <source>One-on-ones, last 90 days</source>
        <translation>Uno a uno, últimos 90 días</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>Abiertas y cerradas</translation>
    </message>
    <message>
        <source>Open at the month&apos;s end</source>
        <translation>Abiertas a fin de mes</translation>
    </message>
    <message>
        <source>Open grievances</source>
        <translation>Quejas abiertas</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Ordinaria</translation>
    </message>
    <message>
        <source>Organic leader</source>
        <translation>Líder natural</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Our delegate&apos;s vote</source>
        <translation>Voto de nuestro delegado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Paragraphs:</source>
        <translation>Párrafos:</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>Tiempo parcial</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>Participó</translation>
    </message>
    <message>
        <source>Partly carried out</source>
        <translation>Cumplido en parte</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>People helping</source>
        <translation>Personas que ayudan</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Personal data in this bundle: none.</source>
        <translation>Datos personales en este paquete: ninguno.</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Petición firmada</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Photo board</source>
        <translation>Mural de fotos</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>De política</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Planteada</translation>
    </message>
    <message>
        <source>Re&amp;medy sought</source>
        <translation>Re&amp;paración solicitada</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Alcanzado</translation>
    </message>
    <message>
        <source>Reason or change</source>
        <translation>Motivo o cambio</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Revocación</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidas</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Quien recibe</translation>
    </message>
    <message>
        <source>Recorded with it</source>
        <translation>Lo que registró</translation>
    </message>
    <message>
        <source>Red lines</source>
        <translation>Líneas rojas</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Se negó</translation>
    </message>
    <message>
        <source>Report-back</source>
        <translation>Rendición de cuentas</translation>
    </message>
    <message>
        <source>Reports waiting</source>
        <translation>Informes en espera</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Anulado</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Row numbers only (no names)</source>
        <translation>Solo números de fila (sin nombres)</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sáb</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>La ve</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Acordada</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Faltan</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Desactualizada</translation>
    </message>
    <message>
        <source>Start counts from</source>
        <translation>El inicio cuenta desde</translation>
    </message>
    <message>
        <source>Start days</source>
        <translation>Días de inicio</translation>
    </message>
    <message>
        <source>Start unit</source>
        <translation>Unidad de inicio</translation>
    </message>
    <message>
        <source>Start whichever</source>
        <translation>Inicio: lo que ocurra</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Step no.</source>
        <translation>N.º de paso</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Representante</translation>
    </message>
    <message>
        <source>Strike vote</source>
        <translation>Votación de huelga</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Simpatizantes</translation>
    </message>
    <message>
        <source>Supporters %</source>
        <translation>Simpatizantes %</translation>
    </message>
    <message>
        <source>Talked by</source>
        <translation>Quién habló</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Target (1:10)</source>
        <translation>Objetivo (1:10)</translation>
    </message>
    <message>
        <source>Term from</source>
        <translation>Mandato desde</translation>
    </message>
    <message>
        <source>Term to</source>
        <translation>Mandato hasta</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>The assembly, with the name (the member agreed)</source>
        <translation>La asamblea, con el nombre (el miembro está de acuerdo)</translation>
    </message>
    <message>
        <source>The assembly, without the name</source>
        <translation>La asamblea, sin el nombre</translation>
    </message>
    <message>
        <source>The committee only</source>
        <translation>Solo el comité</translation>
    </message>
    <message>
        <source>The concrete ask</source>
        <translation>La petición concreta</translation>
    </message>
    <message>
        <source>The rows differ in</source>
        <translation>Las filas difieren en</translation>
    </message>
    <message>
        <source>The steward&apos;s</source>
        <translation>Lo del delegado</translation>
    </message>
    <message>
        <source>The workplace map: areas, headcounts and how each person is assessed, so you can see where the committee is strong and where nobody has talked to anyone yet.</source>
        <translation>El mapa del centro de trabajo: áreas, plantillas y cómo está evaluada cada persona, para ver dónde el comité es fuerte y dónde nadie ha hablado todavía con nadie.</translation>
    </message>
    <message>
        <source>The workplace pages open with.</source>
        <translation>El centro de trabajo con el que se abren las páginas.</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>This bundle is older than the last one imported from the same forum (it may be a replayed copy); nothing was imported.</source>
        <translation>Este paquete es anterior al último importado del mismo foro (puede ser una copia repetida); no se importó nada.</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Jue</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Lazos</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Unknown sender: compare fingerprints with the forum in person and trust its key card first (Trust a key card…); nothing was imported.</source>
        <translation>Remitente desconocido: comparad las huellas con el foro en persona y confía antes en su tarjeta de clave (Confiar en una tarjeta de clave…); no se importó nada.</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Voto</translation>
    </message>
    <message>
        <source>Vote against</source>
        <translation>Votar en contra</translation>
    </message>
    <message>
        <source>Vote for</source>
        <translation>Votar a favor</translation>
    </message>
    <message>
        <source>Voted against</source>
        <translation>Votó en contra</translation>
    </message>
    <message>
        <source>Voted for</source>
        <translation>Votó a favor</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>W&amp;hat happened</source>
        <translation>&amp;Qué pasó</translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation>Q&amp;uién</translation>
    </message>
    <message>
        <source>W&amp;ho we are:</source>
        <translation>&amp;Quiénes somos:</translation>
    </message>
    <message>
        <source>W&amp;hy</source>
        <translation>P&amp;or qué</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mié</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>What are they angry about?</source>
        <translation>¿Qué le indigna?</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Qué vence</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Qué contiene</translation>
    </message>
    <message>
        <source>What will the boss say and do next?</source>
        <translation>¿Qué dirá y hará el jefe después?</translation>
    </message>
    <message>
        <source>What would fix it, and who decides?</source>
        <translation>¿Qué lo arreglaría, y quién lo decide?</translation>
    </message>
    <message>
        <source>Whe&amp;re</source>
        <translation>&amp;Dónde</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>Where it matched</source>
        <translation>Dónde coincidió</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Dónde:</translation>
    </message>
    <message>
        <source>Whichever</source>
        <translation>Lo que ocurra</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>Quién actúa</translation>
    </message>
    <message>
        <source>Who checks</source>
        <translation>Quién hace el seguimiento</translation>
    </message>
    <message>
        <source>Who from management</source>
        <translation>Quién de la dirección</translation>
    </message>
    <message>
        <source>Who we are:</source>
        <translation>Quiénes somos:</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Tasa de éxito</translation>
    </message>
    <message>
        <source>Win rate by contract article</source>
        <translation>Tasa de éxito por artículo del convenio</translation>
    </message>
    <message>
        <source>Win rate by type of grievance</source>
        <translation>Tasa de éxito por tipo de queja</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Testigos</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganada</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Centro de trabajo</translation>
    </message>
    <message>
        <source>Workplaces</source>
        <translation>Centros de trabajo</translation>
    </message>
    <message>
        <source>Write an encrypted backup into the vault&apos;s backups folder this often (hours; 0 = off).</source>
        <translation>Escribir una copia de seguridad cifrada en la carpeta de copias de la bóveda con esta frecuencia (horas; 0 = desactivado).</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <source>already so</source>
        <translation>ya era así</translation>
    </message>
    <message>
        <source>answer due</source>
        <translation>respuesta debida</translation>
    </message>
    <message>
        <source>answer received</source>
        <translation>respuesta recibida</translation>
    </message>
    <message>
        <source>assembly, named</source>
        <translation>asamblea, con nombre</translation>
    </message>
    <message>
        <source>assembly, no name</source>
        <translation>asamblea, sin nombre</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>evaluación</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>asistencia</translation>
    </message>
    <message>
        <source>cannot apply</source>
        <translation>no se puede aplicar</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>committee only</source>
        <translation>solo el comité</translation>
    </message>
    <message>
        <source>conflict: choose</source>
        <translation>conflicto: elija</translation>
    </message>
    <message>
        <source>coworkers&apos; full names</source>
        <translation>nombres completos de compañeros</translation>
    </message>
    <message>
        <source>coworkers&apos; initials</source>
        <translation>iniciales de compañeros</translation>
    </message>
    <message>
        <source>declined by the keeper</source>
        <translation>rechazado por el custodio</translation>
    </message>
    <message>
        <source>filed</source>
        <translation>presentada</translation>
    </message>
    <message>
        <source>font (PDFs)</source>
        <translation>fuente (PDF)</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incidente</translation>
    </message>
    <message>
        <source>knew of it</source>
        <translation>se supo</translation>
    </message>
    <message>
        <source>library</source>
        <translation>biblioteca</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>one-on-one</source>
        <translation>conversación uno a uno</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>partly met</source>
        <translation>cubierta en parte</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>person added</source>
        <translation>persona añadida</translation>
    </message>
    <message>
        <source>reviewed before</source>
        <translation>revisado antes</translation>
    </message>
    <message>
        <source>runtime</source>
        <translation>entorno de ejecución</translation>
    </message>
    <message>
        <source>sent, waiting for review</source>
        <translation>enviado, en espera de revisión</translation>
    </message>
    <message>
        <source>step event</source>
        <translation>hecho del paso</translation>
    </message>
    <message>
        <source>street assembly</source>
        <translation>asamblea vecinal</translation>
    </message>
    <message>
        <source>structure-test outcome</source>
        <translation>resultado de prueba de estructura</translation>
    </message>
    <message>
        <source>the article, law or practice violated</source>
        <translation>el artículo, la ley o la práctica que se incumplió</translation>
    </message>
    <message>
        <source>the earlier row&apos;s values</source>
        <translation>los valores de la fila anterior</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>el programa</translation>
    </message>
    <message>
        <source>this row&apos;s values</source>
        <translation>los valores de esta fila</translation>
    </message>
    <message>
        <source>two different people</source>
        <translation>dos personas distintas</translation>
    </message>
    <message>
        <source>unmet</source>
        <translation>sin cubrir</translation>
    </message>
    <message>
        <source>workers&apos; forum</source>
        <translation>foro de trabajadores</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— elija —</translation>
    </message>
    <message>
        <source>“Start days” is the filing limit for grievance types that start at that step (a discharge filed straight at step 3 counts from the incident or knowledge, not from the step 2 answer); leave it empty where no type starts.</source>
        <translation>“Días de inicio” es el plazo de presentación de los tipos de queja que empiezan en ese paso (un despido presentado directamente en el paso 3 cuenta desde el incidente o desde que se supo, no desde la respuesta del paso 2); déjalo vacío donde no empieza ningún tipo.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Forum Kit</source>
        <translation>Acerca de Forum Kit</translation>
    </message>
    <message>
        <source>Forum Kit {version}
Organising records kept encrypted on this computer.
Free software under the {licence}.
Qt {qt} through PySide6 {pyside}.</source>
        <translation>Forum Kit {version}
Registros de organización guardados cifrados en este ordenador.
Software libre bajo la {licence}.
Qt {qt} mediante PySide6 {pyside}.</translation>
    </message>
    <message>
        <source>Parts shipped with Forum Kit and their licences (choose one to read its licence):</source>
        <translation>Componentes que incluye Forum Kit y sus licencias (elija uno para leer su licencia):</translation>
    </message>
    <message>
        <source>The Qt libraries are separate files in Forum Kit&apos;s program folder: under the LGPL you may replace them with your own build of the same Qt version.</source>
        <translation>Las bibliotecas de Qt son archivos aparte en la carpeta del programa de Forum Kit: según la LGPL puede sustituirlas por su propia compilación de la misma versión de Qt.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Preparing the demo vault (a minute at most)…</source>
        <translation>Preparando la bóveda de demostración (un minuto como mucho)…</translation>
    </message>
</context>
<context>
    <name>AreaDialog</name>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>department, line, shift, ward…</source>
        <translation>departamento, línea, turno, planta…</translation>
    </message>
</context>
<context>
    <name>AreaDialogWords</name>
    <message numerus="yes">
        <source>%n people or grievances are in this area (or its sub-areas). Choose the area to move them to before it is deleted, or cancel.</source>
        <translation>
            <numerusform>Hay %n persona o queja en esta área (o en sus subáreas). Elige el área a la que moverla antes de borrarla, o cancela.</numerusform>
            <numerusform>Hay %n personas o quejas en esta área (o en sus subáreas). Elige el área a la que moverlas antes de borrarla, o cancela.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AreaDialogs</name>
    <message>
        <source>(top level)</source>
        <translation>(nivel superior)</translation>
    </message>
    <message>
        <source>Delete area</source>
        <translation>Borrar área</translation>
    </message>
    <message>
        <source>Move area</source>
        <translation>Mover área</translation>
    </message>
    <message>
        <source>Move the area (with its sub-areas) under:</source>
        <translation>Mover el área (con sus subáreas) debajo de:</translation>
    </message>
</context>
<context>
    <name>Assemblies</name>
    <message>
        <source>A delegate is elected to a council, and there is no council yet.</source>
        <translation>Un delegado se elige para un consejo, y todavía no hay ningún consejo.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Create the council now; then the election form opens.</source>
        <translation>Crea ahora el consejo; después se abre el formulario de elección.</translation>
    </message>
    <message>
        <source>Create the council…</source>
        <translation>Crear el consejo…</translation>
    </message>
    <message>
        <source>Go ahead</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>No council yet</source>
        <translation>Todavía no hay consejo</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Esto no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>AssembliesPage</name>
    <message>
        <source> — member of {council}</source>
        <translation> — miembro de {council}</translation>
    </message>
    <message numerus="yes">
        <source>%n forums or councils are members of “{name}”: attach them to another council (Edit…) or delete them first.</source>
        <translation>
            <numerusform>%n foro o consejo es miembro de “{name}”: colócalo bajo otro consejo (Editar…) o bórralo antes.</numerusform>
            <numerusform>%n foros o consejos son miembros de “{name}”: colócalos bajo otro consejo (Editar…) o bórralos antes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Bundles</source>
        <translation>&amp;Paquetes</translation>
    </message>
    <message>
        <source>&amp;Delegates</source>
        <translation>&amp;Delegados</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Reuniones</translation>
    </message>
    <message>
        <source>&amp;Schedule a meeting…</source>
        <translation>&amp;Convocar una reunión…</translation>
    </message>
    <message>
        <source>Choose a forum or council.</source>
        <translation>Elige un foro o consejo.</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <source>Delete meeti&amp;ng…</source>
        <translation>Borrar reu&amp;nión…</translation>
    </message>
    <message>
        <source>Delete the meeting of {day}?</source>
        <translation>¿Borrar la reunión del {day}?</translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>¿Borrar “{name}”?</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <source>Fi&amp;x time or place…</source>
        <translation>Corre&amp;gir hora o lugar…</translation>
    </message>
    <message>
        <source>Fix the meeting&apos;s time or place</source>
        <translation>Corregir la hora o el lugar de la reunión</translation>
    </message>
    <message>
        <source>Forums and councils</source>
        <translation>Foros y consejos</translation>
    </message>
    <message>
        <source>Forums&apos; mandates on its agenda are deleted with it.</source>
        <translation>Los mandatos que los foros dieron sobre su orden del día se borran con él.</translation>
    </message>
    <message>
        <source>It has no attendance, agenda or motions recorded.</source>
        <translation>No tiene asistencia, orden del día ni mociones registradas.</translation>
    </message>
    <message>
        <source>It has no meetings, delegates or mandates.</source>
        <translation>No tiene reuniones, delegados ni mandatos.</translation>
    </message>
    <message>
        <source>M&amp;andates</source>
        <translation>M&amp;andatos</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>New &amp;forum…</source>
        <translation>Nuevo &amp;foro…</translation>
    </message>
    <message>
        <source>New c&amp;ouncil…</source>
        <translation>Nuevo c&amp;onsejo…</translation>
    </message>
    <message>
        <source>Rename the chosen forum or council, or attach it to another council</source>
        <translation>Renombrar el foro o consejo elegido, o colocarlo bajo otro consejo</translation>
    </message>
    <message>
        <source>{n} {what}</source>
        <translation>{n} {what}</translation>
    </message>
</context>
<context>
    <name>AssemblyLists</name>
    <message>
        <source>Active</source>
        <translation>En funciones</translation>
    </message>
    <message>
        <source>Ended {day}</source>
        <translation>Terminó el {day}</translation>
    </message>
    <message>
        <source>Not in term</source>
        <translation>Fuera de mandato</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Recalled {day}</source>
        <translation>Revocado el {day}</translation>
    </message>
    <message>
        <source>{yes} for, {no} against</source>
        <translation>{yes} a favor, {no} en contra</translation>
    </message>
    <message>
        <source>{yes} for, {no} against, {abstained} abstained</source>
        <translation>{yes} a favor, {no} en contra, {abstained} abstenciones</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message numerus="yes">
        <source>%n more match; type more of the name.</source>
        <translation>
            <numerusform>%n coincidencia más; escribe más letras del nombre.</numerusform>
            <numerusform>%n coincidencias más; escribe más letras del nombre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>%n marcada</numerusform>
            <numerusform>%n marcadas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find by name:</source>
        <translation>&amp;Buscar por nombre:</translation>
    </message>
    <message>
        <source>&amp;Guests (not in the vault):</source>
        <translation>&amp;Invitados (fuera de la bóveda):</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Automatic backup written.</source>
        <translation>Copia de seguridad automática hecha.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %s</source>
        <translation>La copia de seguridad automática falló: %s</translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>error inesperado</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <source>&amp;Member of:</source>
        <translation>&amp;Miembro de:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Recall rule:</source>
        <translation>Regla de &amp;revocación:</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>Centro de &amp;trabajo:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>(top of the tree)</source>
        <translation>(arriba del todo)</translation>
    </message>
    <message>
        <source>Edit the council</source>
        <translation>Editar el consejo</translation>
    </message>
    <message>
        <source>Edit the forum</source>
        <translation>Editar el foro</translation>
    </message>
    <message>
        <source>New council</source>
        <translation>Nuevo consejo</translation>
    </message>
    <message>
        <source>New forum</source>
        <translation>Nuevo foro</translation>
    </message>
    <message>
        <source>e.g. Delegates recallable at any meeting; notice a week before.</source>
        <translation>p. ej. Delegados revocables en cualquier reunión; aviso con una semana de antelación.</translation>
    </message>
    <message>
        <source>e.g. area, workplace, city, region</source>
        <translation>p. ej. área, centro de trabajo, ciudad, región</translation>
    </message>
</context>
<context>
    <name>BriefingForm</name>
    <message>
        <source>&amp;Areas:</source>
        <translation>Á&amp;reas:</translation>
    </message>
    <message>
        <source>&amp;Forum:</source>
        <translation>&amp;Foro:</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Preguntas:</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>Council &amp;meeting:</source>
        <translation>&amp;Reunión del consejo:</translation>
    </message>
    <message>
        <source>Council meeting</source>
        <translation>Reunión del consejo</translation>
    </message>
    <message>
        <source>Figures &amp;as of:</source>
        <translation>Cifras &amp;a fecha de:</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>Una pregunta por línea</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>meeting: this forum has no council meeting to brief on yet.</source>
        <translation>reunión: este foro todavía no tiene ninguna reunión del consejo para la que preparar un informe.</translation>
    </message>
</context>
<context>
    <name>BundleDialogs</name>
    <message>
        <source>Bundle for {council}. Personal data in it:</source>
        <translation>Paquete para {council}. Datos personales que contiene:</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Elegir dónde guardar…</translation>
    </message>
    <message>
        <source>Give this card to the other vault&apos;s holder; compare the fingerprint in person.</source>
        <translation>Da esta tarjeta a quien tiene la otra bóveda; comparad la huella en persona.</translation>
    </message>
    <message>
        <source>Import a council bundle</source>
        <translation>Importar un paquete del consejo</translation>
    </message>
    <message>
        <source>Import it anyway?</source>
        <translation>¿Importarlo de todas formas?</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>Save the council bundle</source>
        <translation>Guardar el paquete del consejo</translation>
    </message>
    <message>
        <source>Send a council bundle</source>
        <translation>Enviar un paquete al consejo</translation>
    </message>
    <message>
        <source>This vault&apos;s public key card</source>
        <translation>Tarjeta de clave pública de esta bóveda</translation>
    </message>
</context>
<context>
    <name>BundlesPanel</name>
    <message>
        <source>&amp;Check personal data</source>
        <translation>&amp;Revisar datos personales</translation>
    </message>
    <message>
        <source>&amp;Import a bundle, agenda or decisions…</source>
        <translation>&amp;Importar un paquete, un orden del día o decisiones…</translation>
    </message>
    <message>
        <source>&amp;Save bundle…</source>
        <translation>&amp;Guardar paquete…</translation>
    </message>
    <message>
        <source>&amp;Trust a key card…</source>
        <translation>&amp;Confiar en una tarjeta de clave…</translation>
    </message>
    <message>
        <source>Bundle saved for {council}, meeting of {day}.</source>
        <translation>Paquete guardado para {council}, reunión del {day}.</translation>
    </message>
    <message>
        <source>Conflicting mandates</source>
        <translation>Mandatos en conflicto</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Council &amp;key:</source>
        <translation>&amp;Clave del consejo:</translation>
    </message>
    <message>
        <source>Council &amp;meeting:</source>
        <translation>&amp;Reunión del consejo:</translation>
    </message>
    <message>
        <source>Council decisions</source>
        <translation>Decisiones del consejo</translation>
    </message>
    <message>
        <source>Council key</source>
        <translation>Clave del consejo</translation>
    </message>
    <message>
        <source>Council meeting</source>
        <translation>Reunión del consejo</translation>
    </message>
    <message>
        <source>Decisions and report-backs</source>
        <translation>Decisiones y rendiciones de cuentas</translation>
    </message>
    <message>
        <source>Figures over time</source>
        <translation>Cifras en el tiempo</translation>
    </message>
    <message>
        <source>Figures per forum</source>
        <translation>Cifras por foro</translation>
    </message>
    <message>
        <source>Import from a member or a council</source>
        <translation>Importar de un miembro o de un consejo</translation>
    </message>
    <message>
        <source>Imported the agenda of {council}, meeting of {day} (items: {n}), ready for mandates (see the council&apos;s Meetings tab).</source>
        <translation>Importado el orden del día de {council}, reunión del {day} (puntos: {n}), listo para los mandatos (vea la pestaña Reuniones del consejo).</translation>
    </message>
    <message>
        <source>Imported the bundle from {forum} (trusted as &apos;{peer}&apos;): council meeting {day}; mandates: {m}, areas: {a}, delegates: {d}.</source>
        <translation>Paquete de {forum} importado (de confianza como &apos;{peer}&apos;): reunión del consejo {day}; mandatos: {m}, áreas: {a}, delegados: {d}.</translation>
    </message>
    <message>
        <source>Imported the decisions of {council}, meeting of {day}. Items: {n}; report-back drafts filled: {d}.</source>
        <translation>Importadas las decisiones de {council}, reunión del {day}. Puntos: {n}; borradores de rendición de cuentas rellenados: {d}.</translation>
    </message>
    <message>
        <source>Include the retaliation log (nobody named)</source>
        <translation>Incluir el registro de represalias (sin nombrar a nadie)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>Mandates and report-backs: {m}; areas of figures: {a}.</source>
        <translation>Mandatos y rendiciones de cuentas: {m}; áreas con cifras: {a}.</translation>
    </message>
    <message>
        <source>Mandates per agenda item</source>
        <translation>Mandatos por punto del orden del día</translation>
    </message>
    <message>
        <source>Mandates per item</source>
        <translation>Mandatos por punto</translation>
    </message>
    <message>
        <source>Mutual aid and time bank</source>
        <translation>Ayuda mutua y banco de tiempo</translation>
    </message>
    <message>
        <source>No council meeting yet: schedule it on the council&apos;s Meetings tab</source>
        <translation>Todavía no hay reunión del consejo: convócala en la pestaña Reuniones del consejo</translation>
    </message>
    <message>
        <source>No coworker names, notes, phones or e-mails are ever included.</source>
        <translation>Nunca se incluyen nombres de compañeros, notas, teléfonos ni correos.</translation>
    </message>
    <message>
        <source>No trusted council yet: use Trust a key card…</source>
        <translation>Todavía no hay ningún consejo de confianza: usa Confiar en una tarjeta de clave…</translation>
    </message>
    <message>
        <source>Our delegate voted against the mandate on: {items}.</source>
        <translation>Nuestro delegado votó en contra del mandato en: {items}.</translation>
    </message>
    <message>
        <source>Personal data in this bundle:</source>
        <translation>Datos personales en este paquete:</translation>
    </message>
    <message>
        <source>Roll-up of what members sent, and the decisions received</source>
        <translation>Consolidado de lo que enviaron los miembros y decisiones recibidas</translation>
    </message>
    <message>
        <source>Send a bundle up (choose a forum or a council on the left)</source>
        <translation>Enviar un paquete hacia arriba (elija un foro o un consejo a la izquierda)</translation>
    </message>
    <message>
        <source>Send the members&apos; figures only in &amp;total</source>
        <translation>Enviar las cifras de los miembros solo en &amp;total</translation>
    </message>
    <message>
        <source>This vault has no keys yet (made on first use).</source>
        <translation>Esta bóveda todavía no tiene claves (se crean al primer uso).</translation>
    </message>
    <message>
        <source>This vault&apos;s &amp;key card…</source>
        <translation>&amp;Tarjeta de clave de esta bóveda…</translation>
    </message>
    <message>
        <source>This vault&apos;s fingerprint: {fp}</source>
        <translation>Huella de esta bóveda: {fp}</translation>
    </message>
    <message>
        <source>Trusted: {name}.</source>
        <translation>De confianza: {name}.</translation>
    </message>
</context>
<context>
    <name>CareFollowUps</name>
    <message>
        <source>Done…</source>
        <translation>Hecho…</translation>
    </message>
    <message>
        <source>Mutual aid and check-ins due</source>
        <translation>Ayuda mutua y seguimientos pendientes</translation>
    </message>
    <message>
        <source>Open the member</source>
        <translation>Abrir el miembro</translation>
    </message>
</context>
<context>
    <name>CarePanel</name>
    <message>
        <source> ⚠ overdue</source>
        <translation> ⚠ atrasado</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>Cuidados</translation>
    </message>
    <message>
        <source>Choose a person to see their care.</source>
        <translation>Elija a una persona para ver sus cuidados.</translation>
    </message>
    <message>
        <source>Log retaliation…</source>
        <translation>Registrar una represalia…</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Nada registrado.</translation>
    </message>
    <message>
        <source>Plan a check-in…</source>
        <translation>Planificar un seguimiento…</translation>
    </message>
    <message>
        <source>check-in due {day}{late}</source>
        <translation>seguimiento para el {day}{late}</translation>
    </message>
    <message>
        <source>offer</source>
        <translation>oferta</translation>
    </message>
    <message>
        <source>offers</source>
        <translation>ofertas</translation>
    </message>
    <message>
        <source>open need</source>
        <translation>necesidad abierta</translation>
    </message>
    <message>
        <source>open needs</source>
        <translation>necesidades abiertas</translation>
    </message>
    <message>
        <source>retaliation incident logged</source>
        <translation>incidente de represalia registrado</translation>
    </message>
    <message>
        <source>retaliation incidents logged</source>
        <translation>incidentes de represalia registrados</translation>
    </message>
    <message>
        <source>{bank}: {balance}</source>
        <translation>{bank}: {balance}</translation>
    </message>
</context>
<context>
    <name>CareStrip</name>
    <message>
        <source>Care: </source>
        <translation>Cuidados: </translation>
    </message>
    <message>
        <source>No check-in overdue</source>
        <translation>Ningún seguimiento atrasado</translation>
    </message>
    <message>
        <source>open need</source>
        <translation>necesidad abierta</translation>
    </message>
    <message>
        <source>open needs</source>
        <translation>necesidades abiertas</translation>
    </message>
    <message>
        <source>standing offer</source>
        <translation>oferta permanente</translation>
    </message>
    <message>
        <source>standing offers</source>
        <translation>ofertas permanentes</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>&amp;Area:</source>
        <translation>Á&amp;rea:</translation>
    </message>
    <message>
        <source>&amp;Incident on:</source>
        <translation>&amp;Incidente el:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>(title hidden from calendar exports)</source>
        <translation>(título oculto en las exportaciones de calendario)</translation>
    </message>
    <message>
        <source>Add &amp;grievant…</source>
        <translation>Añadir &amp;afectado…</translation>
    </message>
    <message>
        <source>Already filed, on:</source>
        <translation>Ya presentada, el:</translation>
    </message>
    <message>
        <source>C&amp;hoose steward…</source>
        <translation>Elegir &amp;representante…</translation>
    </message>
    <message>
        <source>Co&amp;ntract:</source>
        <translation>Con&amp;venio:</translation>
    </message>
    <message>
        <source>Contract a&amp;rticle:</source>
        <translation>&amp;Artículo del convenio:</translation>
    </message>
    <message>
        <source>Grievants</source>
        <translation>Afectados</translation>
    </message>
    <message>
        <source>Grievants:</source>
        <translation>Afectados:</translation>
    </message>
    <message>
        <source>Knew later, on:</source>
        <translation>Se supo después, el:</translation>
    </message>
    <message>
        <source>No steward</source>
        <translation>Sin representante</translation>
    </message>
    <message>
        <source>Remove grievant</source>
        <translation>Quitar afectado</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <source>Steward:</source>
        <translation>Representante:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>The title is hidden from calendar exports.</source>
        <translation>El título no aparece en las exportaciones de calendario.</translation>
    </message>
    <message>
        <source>automatic (G-YEAR-NNN)</source>
        <translation>automático (G-AÑO-NNN)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>ChartFilterDialog</name>
    <message>
        <source>&amp;Committee:</source>
        <translation>&amp;Comité:</translation>
    </message>
    <message>
        <source>&amp;FT/PT:</source>
        <translation>&amp;TC/TP:</translation>
    </message>
    <message>
        <source>&amp;Stale:</source>
        <translation>&amp;Desactualizado:</translation>
    </message>
    <message>
        <source>&amp;Unreached only (tied to nobody on the committee)</source>
        <translation>&amp;Solo sin alcanzar (sin lazo con nadie del comité)</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>&amp;Palabras:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Assessment:</source>
        <translation>Evaluación:</translation>
    </message>
    <message>
        <source>C&amp;lear all</source>
        <translation>&amp;Borrar todo</translation>
    </message>
    <message>
        <source>Filter the chart</source>
        <translation>Filtrar el mapa</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>Organic &amp;leaders only</source>
        <translation>Solo &amp;líderes naturales</translation>
    </message>
    <message>
        <source>names, jobs, notes…</source>
        <translation>nombres, puestos, notas…</translation>
    </message>
</context>
<context>
    <name>ChartFilters</name>
    <message>
        <source>assessed lately</source>
        <translation>evaluados hace poco</translation>
    </message>
    <message>
        <source>organic leaders</source>
        <translation>líderes naturales</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>desactualizados</translation>
    </message>
    <message>
        <source>unreached</source>
        <translation>sin alcanzar</translation>
    </message>
</context>
<context>
    <name>ChartSheetForm</name>
    <message>
        <source>&amp;Area:</source>
        <translation>Á&amp;rea:</translation>
    </message>
    <message>
        <source>&amp;Blank rows:</source>
        <translation>&amp;Filas en blanco:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation>&amp;A fecha de:</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>A fecha de</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>area: the vault has no areas yet; add them on the Map page.</source>
        <translation>área: la bóveda todavía no tiene áreas; añádelas en la página Mapa.</translation>
    </message>
</context>
<context>
    <name>ChartViewBar</name>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vista:</translation>
    </message>
    <message>
        <source>A view named “%1” exists. Replace it with this one?</source>
        <translation>Ya existe una vista llamada «%1». ¿Reemplazarla por esta?</translation>
    </message>
    <message>
        <source>Chart view</source>
        <translation>Vista del mapa</translation>
    </message>
    <message>
        <source>Col&amp;umns…</source>
        <translation>Col&amp;umnas…</translation>
    </message>
    <message>
        <source>Delete this view</source>
        <translation>Eliminar esta vista</translation>
    </message>
    <message>
        <source>F&amp;ilter…</source>
        <translation>F&amp;iltrar…</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nombre de la vista:</translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation>Solo: %1</translation>
    </message>
    <message>
        <source>Replace view</source>
        <translation>Reemplazar la vista</translation>
    </message>
    <message>
        <source>Save as a view…</source>
        <translation>Guardar como vista…</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Guardar la vista</translation>
    </message>
    <message>
        <source>View&amp;s</source>
        <translation>Vi&amp;stas</translation>
    </message>
    <message>
        <source>only the view, no one&apos;s data</source>
        <translation>solo la vista, ningún dato de nadie</translation>
    </message>
    <message>
        <source>the view “%1”</source>
        <translation>la vista «%1»</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <source>&amp;After:</source>
        <translation>&amp;Después de:</translation>
    </message>
    <message>
        <source>&amp;Grievance:</source>
        <translation>&amp;Queja:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Miembro:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;El:</translation>
    </message>
    <message>
        <source>&amp;Who checks in:</source>
        <translation>&amp;Quién hace el seguimiento:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después de</translation>
    </message>
    <message>
        <source>Check in &amp;by:</source>
        <translation>Seguimiento &amp;antes del:</translation>
    </message>
    <message>
        <source>Check in by</source>
        <translation>Seguimiento antes del</translation>
    </message>
    <message>
        <source>Event on</source>
        <translation>Hecho el</translation>
    </message>
    <message>
        <source>Grievance</source>
        <translation>Queja</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Plan a check-in</source>
        <translation>Planificar un seguimiento</translation>
    </message>
    <message>
        <source>W&amp;hat happened:</source>
        <translation>&amp;Qué pasó:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Who checks in</source>
        <translation>Quién hace el seguimiento</translation>
    </message>
</context>
<context>
    <name>CloseNeedForm</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Ended:</source>
        <translation>&amp;Terminó:</translation>
    </message>
    <message>
        <source>&amp;Reason (for unmet):</source>
        <translation>&amp;Motivo (si no se cubrió):</translation>
    </message>
    <message>
        <source>Close a need</source>
        <translation>Cerrar una necesidad</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Cerrada el</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Cómo terminó</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Choose a colour</source>
        <translation>Elige un color</translation>
    </message>
</context>
<context>
    <name>CommitteeDialogs</name>
    <message>
        <source>&amp;Card:</source>
        <translation>&amp;Tarjeta:</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;Huella:</translation>
    </message>
    <message>
        <source>&amp;Load a card file…</source>
        <translation>&amp;Cargar un archivo de tarjeta…</translation>
    </message>
    <message>
        <source>&amp;Name here:</source>
        <translation>&amp;Nombre aquí:</translation>
    </message>
    <message>
        <source>Key card</source>
        <translation>Tarjeta de clave</translation>
    </message>
    <message>
        <source>Leave empty to use the card&apos;s name</source>
        <translation>Déjalo vacío para usar el nombre de la tarjeta</translation>
    </message>
    <message>
        <source>Paste the card: &apos;Forum Kit public key card v1&apos; …</source>
        <translation>Pega la tarjeta: &apos;Forum Kit public key card v1&apos; …</translation>
    </message>
    <message>
        <source>Save the review sheet</source>
        <translation>Guardar la hoja de revisión</translation>
    </message>
    <message>
        <source>Type the fingerprint you compared</source>
        <translation>Escribe la huella que comparasteis</translation>
    </message>
</context>
<context>
    <name>CommitteeLists</name>
    <message>
        <source>reviewed: {accepted} accepted, {declined} declined</source>
        <translation>revisado: {accepted} aceptados, {declined} rechazados</translation>
    </message>
    <message>
        <source>waiting for review</source>
        <translation>pendiente de revisión</translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message numerus="yes">
        <source>%n copies written to {folder}. Give each steward theirs (a stick, a message): it opens only in their vault.</source>
        <translation>
            <numerusform>%n copia escrita en {folder}. Dé al delegado la suya (una memoria USB, un mensaje): solo se abre en su bóveda.</numerusform>
            <numerusform>%n copias escritas en {folder}. Dé a cada delegado la suya (una memoria USB, un mensaje): solo se abre en su bóveda.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add a steward…</source>
        <translation>&amp;Añadir un delegado…</translation>
    </message>
    <message>
        <source>&amp;Back to my chart</source>
        <translation>&amp;Volver a mi mapa</translation>
    </message>
    <message>
        <source>&amp;Grievance step…</source>
        <translation>&amp;Paso de la queja…</translation>
    </message>
    <message>
        <source>&amp;My copies</source>
        <translation>&amp;Mis copias</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>&amp;Nuevo contacto…</translation>
    </message>
    <message>
        <source>&amp;Open a copy file…</source>
        <translation>&amp;Abrir un archivo de copia…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>&amp;Send my report…</source>
        <translation>&amp;Enviar mi informe…</translation>
    </message>
    <message>
        <source>&amp;Take in a report…</source>
        <translation>&amp;Recibir un informe…</translation>
    </message>
    <message>
        <source>Atten&amp;dance…</source>
        <translation>Asis&amp;tencia…</translation>
    </message>
    <message>
        <source>Change &amp;scope…</source>
        <translation>Cambiar el &amp;alcance…</translation>
    </message>
    <message>
        <source>Co&amp;rrect details…</source>
        <translation>Co&amp;rregir datos…</translation>
    </message>
    <message>
        <source>Committee members</source>
        <translation>Miembros del comité</translation>
    </message>
    <message>
        <source>Copies from {name} open here now (Open a copy file…).</source>
        <translation>Las copias de {name} se abren ya aquí (Abrir un archivo de copia…).</translation>
    </message>
    <message>
        <source>Copies held</source>
        <translation>Copias guardadas</translation>
    </message>
    <message>
        <source>Field reports</source>
        <translation>Informes de campo</translation>
    </message>
    <message>
        <source>Folder for the copies</source>
        <translation>Carpeta para las copias</translation>
    </message>
    <message>
        <source>Grievance te&amp;xt…</source>
        <translation>Te&amp;xto de la queja…</translation>
    </message>
    <message>
        <source>Keep the &amp;chart</source>
        <translation>Custodiar el &amp;mapa</translation>
    </message>
    <message>
        <source>My report</source>
        <translation>Mi informe</translation>
    </message>
    <message>
        <source>My report (show a copy to log what you did in it)</source>
        <translation>Mi informe (muestre una copia para registrar en ella lo que hizo)</translation>
    </message>
    <message>
        <source>My report (what you logged in the copy shown)</source>
        <translation>Mi informe (lo que registró en la copia mostrada)</translation>
    </message>
    <message>
        <source>My report in the copy shown ({label})</source>
        <translation>Mi informe en la copia mostrada ({label})</translation>
    </message>
    <message>
        <source>No more copies for them; what they reported stays, with who reported it.</source>
        <translation>No recibirá más copias; lo que informó se queda, con quién lo informó.</translation>
    </message>
    <message>
        <source>One-on-&amp;one…</source>
        <translation>&amp;Conversación uno a uno…</translation>
    </message>
    <message>
        <source>Open a committee copy</source>
        <translation>Abrir una copia del comité</translation>
    </message>
    <message>
        <source>Re&amp;view report…</source>
        <translation>Re&amp;visar informe…</translation>
    </message>
    <message>
        <source>Remove entr&amp;y</source>
        <translation>Quitar la entra&amp;da</translation>
    </message>
    <message>
        <source>S&amp;how this copy</source>
        <translation>&amp;Mostrar esta copia</translation>
    </message>
    <message>
        <source>Save your field report</source>
        <translation>Guardar su informe de campo</translation>
    </message>
    <message>
        <source>Send &amp;copies…</source>
        <translation>Enviar &amp;copias…</translation>
    </message>
    <message>
        <source>Show my &amp;key card…</source>
        <translation>Mostrar mi &amp;tarjeta de clave…</translation>
    </message>
    <message>
        <source>Stewards of the committee get a copy of their scope, encrypted to their key card alone, and send back field reports you review change by change.</source>
        <translation>Los delegados del comité reciben una copia de su alcance, cifrada solo para su tarjeta de clave, y devuelven informes de campo que usted revisa cambio por cambio.</translation>
    </message>
    <message>
        <source>Structure t&amp;est…</source>
        <translation>Prueba de es&amp;tructura…</translation>
    </message>
    <message>
        <source>Take in a field report</source>
        <translation>Recibir un informe de campo</translation>
    </message>
    <message>
        <source>Take {name} off the committee</source>
        <translation>Sacar a {name} del comité</translation>
    </message>
    <message>
        <source>The keeper accepted {a} of your entries and declined {d}.</source>
        <translation>El custodio aceptó {a} de sus entradas y rechazó {d}.</translation>
    </message>
    <message>
        <source>The scope changes with the next copy.</source>
        <translation>El alcance cambia con la próxima copia.</translation>
    </message>
    <message>
        <source>This vault&apos;s key card: {name}, fingerprint {fp}</source>
        <translation>Tarjeta de clave de esta bóveda: {name}, huella {fp}</translation>
    </message>
    <message>
        <source>Trust a &amp;keeper…</source>
        <translation>Confiar en un &amp;custodio…</translation>
    </message>
    <message>
        <source>Your report ({n} entries) for {keeper} is in {file}: give it to them (a stick, a message); it opens only in their vault.</source>
        <translation>Su informe ({n} entradas) para {keeper} está en {file}: déselo (una memoria USB, un mensaje); solo se abre en su bóveda.</translation>
    </message>
    <message>
        <source>{label} opened: {people} people.</source>
        <translation>{label} abierta: {people} personas.</translation>
    </message>
    <message>
        <source>{name} is off the committee.</source>
        <translation>{name} ya no está en el comité.</translation>
    </message>
    <message>
        <source>{name} is on the committee. Send them a copy (Send copies…).</source>
        <translation>{name} está en el comité. Envíele una copia (Enviar copias…).</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Forum Kit</source>
        <translation>Forum Kit</translation>
    </message>
    <message>
        <source>The change could not be saved. Nothing was changed.</source>
        <translation>No se pudo guardar el cambio. No se modificó nada.</translation>
    </message>
</context>
<context>
    <name>CommunityLists</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete {what}?</source>
        <translation>¿Borrar {what}?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>This will be lost:</source>
        <translation>Se perderá esto:</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>&amp;Area</source>
        <translation>Á&amp;rea</translation>
    </message>
    <message>
        <source>&amp;Committee</source>
        <translation>&amp;Comité</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Puesto</translation>
    </message>
    <message>
        <source>&amp;Organic leader</source>
        <translation>&amp;Líder natural</translation>
    </message>
    <message>
        <source>&amp;Remove tie</source>
        <translation>&amp;Quitar vínculo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>A&amp;ppend assessment</source>
        <translation>A&amp;ñadir evaluación</translation>
    </message>
    <message>
        <source>Add &amp;tie…</source>
        <translation>Añadir &amp;vínculo…</translation>
    </message>
    <message>
        <source>Add a workplace on the Map page.</source>
        <translation>Añade un centro de trabajo en la página Mapa.</translation>
    </message>
    <message>
        <source>Add an area on the Map page first.</source>
        <translation>Añade primero un área en la página Mapa.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Evaluado el</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Assessment history</source>
        <translation>Historial de evaluaciones</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Antes: %1</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Card signed</source>
        <translation>Tarjeta firmada</translation>
    </message>
    <message>
        <source>Card signed on</source>
        <translation>Tarjeta firmada el</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>&amp;Correo</translation>
    </message>
    <message>
        <source>Emplo&amp;yment</source>
        <translation>&amp;Contrato</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>N.º de empleado</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>Número de empleado</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>F&amp;irst name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Lang&amp;uage</source>
        <translation>Idio&amp;ma</translation>
    </message>
    <message>
        <source>Last nam&amp;e</source>
        <translation>&amp;Apellidos</translation>
    </message>
    <message>
        <source>New assessment level</source>
        <translation>Nuevo nivel de evaluación</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Todavía sin evaluar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Save (Ctrl+S; Enter in a one-line field)</source>
        <translation>Guardar (Ctrl+S; Intro en un campo de una línea)</translation>
    </message>
    <message>
        <source>Sensiti&amp;ve (never printed or exported)</source>
        <translation>Sensi&amp;ble (nunca se imprime ni se exporta)</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmada el</translation>
    </message>
    <message>
        <source>Talks to</source>
        <translation>Habla con</translation>
    </message>
    <message>
        <source>Talks to (social ties)</source>
        <translation>Habla con (vínculos sociales)</translation>
    </message>
    <message>
        <source>evidence (which conversation or action)</source>
        <translation>prueba (qué conversación o acción)</translation>
    </message>
    <message>
        <source>personal, never the company&apos;s</source>
        <translation>personal, nunca el de la empresa</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Typical procedure</source>
        <translation>Procedimiento &amp;típico</translation>
    </message>
    <message>
        <source>(no regions)</source>
        <translation>(sin regiones)</translation>
    </message>
    <message>
        <source>(whole country)</source>
        <translation>(todo el país)</translation>
    </message>
    <message>
        <source>A calendar-day deadline on a day off moves to the next working day</source>
        <translation>Un plazo en días naturales que cae en día no laborable pasa al siguiente día laborable</translation>
    </message>
    <message>
        <source>Add &amp;holiday</source>
        <translation>Añadir &amp;festivo</translation>
    </message>
    <message>
        <source>Add &amp;public holidays</source>
        <translation>Añadir festivos &amp;oficiales</translation>
    </message>
    <message>
        <source>Add &amp;step</source>
        <translation>Añadir &amp;paso</translation>
    </message>
    <message>
        <source>Choose the country first.</source>
        <translation>Elige primero el país.</translation>
    </message>
    <message>
        <source>Contract and grievance procedure</source>
        <translation>Convenio y procedimiento de quejas</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Country…</source>
        <translation>País…</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Days off (weekend):</source>
        <translation>Días libres (fin de semana):</translation>
    </message>
    <message>
        <source>Grievance types that start at a later step</source>
        <translation>Tipos de queja que empiezan en un paso posterior</translation>
    </message>
    <message>
        <source>Holiday row {value}: write the date like 2026-12-25.</source>
        <translation>Fila de festivo {value}: escribe la fecha así: 2026-12-25.</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Festivos</translation>
    </message>
    <message>
        <source>Leave “Answer days” empty when there is no answer limit (arbitration).</source>
        <translation>Deja vacío “Días de respuesta” cuando no hay límite de respuesta (arbitraje).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>No holidays in {year}: deadlines this year may fall on public holidays. Add {year}&apos;s.</source>
        <translation>No hay festivos en {year}: los plazos de este año pueden caer en festivos. Añade los de {year}.</translation>
    </message>
    <message>
        <source>No holidays yet: deadlines may fall on public holidays such as 25 December. Choose the country (and region) and add them.</source>
        <translation>Todavía no hay festivos: los plazos pueden caer en festivos como el 25 de diciembre. Elige el país (y la región) y añádelos.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Remove holiday</source>
        <translation>Quitar festivo</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Quitar paso</translation>
    </message>
    <message>
        <source>Row {value} of the steps</source>
        <translation>Fila {value} de los pasos</translation>
    </message>
    <message>
        <source>Step {ordinal}</source>
        <translation>Paso {ordinal}</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Steps and time limits</source>
        <translation>Pasos y plazos</translation>
    </message>
    <message>
        <source>That contract no longer exists.</source>
        <translation>Ese convenio ya no existe.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>first step</source>
        <translation>primer paso</translation>
    </message>
    <message>
        <source>{where}: counts from</source>
        <translation>{where}: cuenta desde</translation>
    </message>
    <message>
        <source>{where}: start counts from</source>
        <translation>{where}: el inicio cuenta desde</translation>
    </message>
    <message>
        <source>{where}: the answer limit</source>
        <translation>{where}: el plazo de respuesta</translation>
    </message>
    <message>
        <source>{where}: the filing limit</source>
        <translation>{where}: el plazo de presentación</translation>
    </message>
    <message>
        <source>{where}: the start limit</source>
        <translation>{where}: el plazo inicial</translation>
    </message>
    <message>
        <source>{where}: the step number</source>
        <translation>{where}: el número de paso</translation>
    </message>
</context>
<context>
    <name>ContractEditor</name>
    <message>
        <source>{what} must be a whole number of days.</source>
        <translation>{what} debe ser un número entero de días.</translation>
    </message>
    <message>
        <source>{where}: “{part}” is not an event a limit counts from; use {words}.</source>
        <translation>{where}: “{part}” no es un evento desde el que cuente un plazo; usa {words}.</translation>
    </message>
</context>
<context>
    <name>ConversationEditor</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation>&amp;Problemas</translation>
    </message>
    <message>
        <source>&amp;Save conversation</source>
        <translation>&amp;Guardar conversación</translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation>(nadie elegido)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(no registrado)</translation>
    </message>
    <message>
        <source>Assess&amp;ment after</source>
        <translation>Evalua&amp;ción después</translation>
    </message>
    <message>
        <source>Assessment after the conversation</source>
        <translation>Evaluación después de la conversación</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Choose &amp;who talked…</source>
        <translation>Elegir &amp;quién habló…</translation>
    </message>
    <message>
        <source>Choose who the conversation was with.</source>
        <translation>Elige con quién fue la conversación.</translation>
    </message>
    <message>
        <source>Da&amp;te</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>Follow up &amp;by</source>
        <translation>Seguimiento &amp;antes del</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <source>No new assessment</source>
        <translation>Sin evaluación nueva</translation>
    </message>
    <message>
        <source>Sensiti&amp;ve (never printed or exported)</source>
        <translation>Sensi&amp;ble (nunca se imprime ni se exporta)</translation>
    </message>
    <message>
        <source>That is me (preselect next time)</source>
        <translation>Soy yo (preseleccionar la próxima vez)</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>issues, comma separated: pay, rota, safety</source>
        <translation>problemas, con comas: salario, turnos, seguridad</translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message>
        <source>&amp;Open person</source>
        <translation>&amp;Abrir persona</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Todas las áreas</translation>
    </message>
    <message>
        <source>Earlier conversations</source>
        <translation>Conversaciones anteriores</translation>
    </message>
    <message>
        <source>Earlier conversations with this person</source>
        <translation>Conversaciones anteriores con esta persona</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>Follow-ups in area</source>
        <translation>Seguimientos en el área</translation>
    </message>
    <message>
        <source>Follow-ups shown</source>
        <translation>Seguimientos mostrados</translation>
    </message>
    <message>
        <source>Log a one-on-one</source>
        <translation>Registrar un uno a uno</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marcar como &amp;hecho</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} due follow-ups (earliest first). Choose an area or a shorter time to narrow the list.</source>
        <translation>Se muestran {shown} de {total} seguimientos pendientes (los más próximos primero). Elige un área o un periodo más corto para acotar la lista.</translation>
    </message>
    <message>
        <source>The one-on-one you were writing is not saved.</source>
        <translation>La conversación uno a uno que estabas escribiendo no está guardada.</translation>
    </message>
</context>
<context>
    <name>CopyBanner</name>
    <message>
        <source>Back to my c&amp;hart</source>
        <translation>Volver a mi &amp;mapa</translation>
    </message>
    <message>
        <source>Chart shown</source>
        <translation>Mapa mostrado</translation>
    </message>
    <message>
        <source>Send my re&amp;port…</source>
        <translation>Enviar mi in&amp;forme…</translation>
    </message>
    <message>
        <source>{label} · read-only</source>
        <translation>{label} · solo lectura</translation>
    </message>
    <message>
        <source>{label}. Nothing in it can be changed here: what you do on the floor goes into your report (Committee page, My copies).</source>
        <translation>{label}. Aquí no se puede cambiar nada de ella: lo que haga en el centro va a su informe (página Comité, Mis copias).</translation>
    </message>
</context>
<context>
    <name>CopyMode</name>
    <message>
        <source>The copy is ready: search finds its one-on-one notes.</source>
        <translation>La copia está lista: la búsqueda encuentra sus notas de las conversaciones uno a uno.</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <source>Covered.</source>
        <translation>Cubierto.</translation>
    </message>
    <message>
        <source>Short by {short}.</source>
        <translation>Faltan {short}.</translation>
    </message>
    <message>
        <source>The committee has nobody here.</source>
        <translation>El comité no tiene a nadie aquí.</translation>
    </message>
    <message>
        <source>{where}. People: {people}; committee members: {members}; helpers: {helpers}; one in ten needs {needed}.</source>
        <translation>{where}. Personas: {people}; miembros del comité: {members}; colaboradores: {helpers}; uno de cada diez requiere {needed}.</translation>
    </message>
    <message>
        <source>{where}: nobody works here.</source>
        <translation>{where}: aquí no trabaja nadie.</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>%1 people, %2 on the committee (C): one in ten needs %3.</source>
        <translation>%1 personas, %2 en el comité (C): uno de cada diez exige %3.</translation>
    </message>
    <message>
        <source>(one grouping)</source>
        <translation>(una agrupación)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Co&amp;lumns by:</source>
        <translation>Co&amp;lumnas por:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Committee coverage</source>
        <translation>Cobertura del comité</translation>
    </message>
    <message>
        <source>Every group has someone on the committee.</source>
        <translation>Cada grupo tiene a alguien en el comité.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Row&amp;s by:</source>
        <translation>Fila&amp;s por:</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message numerus="yes">
        <source>The committee has nobody in %n group(s), marked red.</source>
        <translation>
            <numerusform>El comité no tiene a nadie en %n grupo, marcado en rojo.</numerusform>
            <numerusform>El comité no tiene a nadie en %n grupos, marcados en rojo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatePanel</name>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Otra vez</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Crear bóveda</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Carpeta</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>A vault is an encrypted folder on this computer. Choose a long passphrase: it cannot be recovered, only replaced with the recovery key shown after creating.</source>
        <translation>Una bóveda es una carpeta cifrada en esta computadora. Elige una frase de contraseña larga: no se puede recuperar, solo sustituir con la clave de recuperación que se muestra al crearla.</translation>
    </message>
    <message>
        <source>Again: the two passphrases differ. Type the same one twice.</source>
        <translation>Otra vez: las dos frases de contraseña no coinciden. Escribe la misma dos veces.</translation>
    </message>
    <message>
        <source>Folder for the vault</source>
        <translation>Carpeta de la bóveda</translation>
    </message>
    <message>
        <source>Folder: choose a folder that exists.</source>
        <translation>Carpeta: elige una carpeta que exista.</translation>
    </message>
    <message>
        <source>Name: a vault with that name already exists in this folder.</source>
        <translation>Nombre: ya existe una bóveda con ese nombre en esta carpeta.</translation>
    </message>
    <message>
        <source>Name: give the vault a name.</source>
        <translation>Nombre: ponle un nombre a la bóveda.</translation>
    </message>
    <message>
        <source>Name: use letters, digits, spaces or dashes (no slashes).</source>
        <translation>Nombre: usa letras, cifras, espacios o guiones (sin barras).</translation>
    </message>
    <message>
        <source>Passphrase: use at least {n} characters.</source>
        <translation>Frase de contraseña: usa al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>e.g. warehouse-committee</source>
        <translation>p. ej. comite-almacen</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer copia de seguridad ahora…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Back up the vault to</source>
        <translation>Hacer copia de seguridad de la bóveda en</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>La copia de seguridad falló</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Elige un archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Forum Kit backups (*.fkbackup)</source>
        <translation>Copias de seguridad de Forum Kit (*.fkbackup)</translation>
    </message>
    <message>
        <source>New vault folder (must not exist)</source>
        <translation>Carpeta nueva para la bóveda (no debe existir)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>La restauración falló</translation>
    </message>
    <message>
        <source>Restored into {path}. Open it from the start screen.</source>
        <translation>Restaurada en {path}. Ábrela desde la pantalla de inicio.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>The backup was written and verified: {path}</source>
        <translation>La copia de seguridad se escribió y se verificó: {path}</translation>
    </message>
    <message>
        <source>The operation failed; nothing was changed.</source>
        <translation>La operación falló; no se cambió nada.</translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase at the time of the backup:</source>
        <translation>La frase de contraseña que tenía la bóveda cuando se hizo la copia:</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>For</source>
        <comment>what a deadline is for</comment>
        <translation>Para</translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>(no motion recorded)</source>
        <translation>(no hay moción registrada)</translation>
    </message>
    <message>
        <source>As the forum wants it shown to the council</source>
        <translation>Como el foro quiere que se presente al consejo</translation>
    </message>
    <message>
        <source>C&amp;ouncil:</source>
        <translation>C&amp;onsejo:</translation>
    </message>
    <message>
        <source>Choose the council: there is none yet, so create it first (New council… beside the tree).</source>
        <translation>Elige el consejo: todavía no hay ninguno, así que créalo primero (Nuevo consejo… junto al árbol).</translation>
    </message>
    <message>
        <source>Elect a delegate</source>
        <translation>Elegir un delegado</translation>
    </message>
    <message>
        <source>Election &amp;motion:</source>
        <translation>&amp;Moción de elección:</translation>
    </message>
    <message>
        <source>From &amp;contacts…</source>
        <translation>De los &amp;contactos…</translation>
    </message>
    <message>
        <source>Give the delegate&apos;s name (or choose them from the contacts).</source>
        <translation>Escribe el nombre del delegado (o elígelo de los contactos).</translation>
    </message>
    <message>
        <source>Term &amp;from:</source>
        <translation>Mandato &amp;desde:</translation>
    </message>
    <message>
        <source>Term &amp;to:</source>
        <translation>Mandato &amp;hasta:</translation>
    </message>
    <message>
        <source>The term ends before it starts: check the term end.</source>
        <translation>El mandato termina antes de empezar: revisa el final del mandato.</translation>
    </message>
    <message>
        <source>There is no council yet. Create the council first (New council… beside the tree).</source>
        <translation>Todavía no hay consejo. Crea primero el consejo (Nuevo consejo… junto al árbol).</translation>
    </message>
</context>
<context>
    <name>DelegatesAndMandates</name>
    <message>
        <source>&amp;Elect a delegate…</source>
        <translation>&amp;Elegir un delegado…</translation>
    </message>
    <message>
        <source>&amp;Pass a mandate…</source>
        <translation>&amp;Aprobar un mandato…</translation>
    </message>
    <message>
        <source>&amp;Recall…</source>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <source>A mandate is for an agenda item of a council meeting: choose the council, schedule its meeting and add the agenda items first.</source>
        <translation>Un mandato es para un punto del orden del día de una reunión del consejo: elige el consejo, convoca su reunión y añade primero los puntos del orden del día.</translation>
    </message>
    <message>
        <source>A recall is a motion of the forum: record the recall motion and its result in a meeting of this forum first (Meetings tab, Record a motion, kind Recall).</source>
        <translation>Una revocación es una moción del foro: registra primero la moción de revocación y su resultado en una reunión de este foro (pestaña Reuniones, Registrar una moción, tipo Revocación).</translation>
    </message>
    <message>
        <source>Choose the delegate to recall first.</source>
        <translation>Elige primero el delegado a revocar.</translation>
    </message>
    <message>
        <source>Choose the mandate to report back on first.</source>
        <translation>Elige primero el mandato del que rendir cuentas.</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Delegados</translation>
    </message>
    <message>
        <source>Delegates are elected by a forum: choose a forum on the left.</source>
        <translation>Los delegados los elige un foro: elige un foro a la izquierda.</translation>
    </message>
    <message>
        <source>Delegates carry the forum&apos;s mandates and can be recalled by a carried recall motion of the forum.</source>
        <translation>Los delegados llevan los mandatos del foro y pueden ser revocados por una moción de revocación aprobada por el foro.</translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation>Mandatos</translation>
    </message>
    <message>
        <source>Mandates the forums in this vault gave on this council&apos;s agenda.</source>
        <translation>Mandatos que los foros de esta bóveda dieron sobre el orden del día de este consejo.</translation>
    </message>
    <message>
        <source>Recall this delegate?</source>
        <translation>¿Revocar a este delegado?</translation>
    </message>
    <message>
        <source>Report &amp;back…</source>
        <translation>Rendir &amp;cuentas…</translation>
    </message>
    <message>
        <source>The delegate&apos;s term ends on {day}.</source>
        <translation>El mandato del delegado termina el {day}.</translation>
    </message>
    <message>
        <source>The forum&apos;s instructions to its delegate on council agenda items.</source>
        <translation>Las instrucciones del foro a su delegado sobre los puntos del orden del día del consejo.</translation>
    </message>
    <message>
        <source>They no longer carry the forum&apos;s mandates.</source>
        <translation>Ya no llevan los mandatos del foro.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Choose a picture</source>
        <translation>Elige una imagen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Password (at least 8 characters):</source>
        <translation>Contraseña (al menos 8 caracteres):</translation>
    </message>
    <message>
        <source>Protect with a password</source>
        <translation>Proteger con contraseña</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Guardar el documento</translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>La misma contraseña otra vez:</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was saved.</source>
        <translation>Las dos contraseñas no coinciden; no se guardó nada.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source> with a password (AES-256)</source>
        <translation> con contraseña (AES-256)</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation>&amp;En:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Anyone who gets the file can read it.</source>
        <translation>Cualquiera que reciba el archivo puede leerlo.</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Idioma del documento</translation>
    </message>
    <message>
        <source>Pages sent to the printer: {n}.</source>
        <translation>Páginas enviadas a la impresora: {n}.</translation>
    </message>
    <message>
        <source>Pages: {n}.</source>
        <translation>Páginas: {n}.</translation>
    </message>
    <message>
        <source>Personal data in this document</source>
        <translation>Datos personales en este documento</translation>
    </message>
    <message>
        <source>Protect with a &amp;password</source>
        <translation>Proteger con &amp;contraseña</translation>
    </message>
    <message>
        <source>Sa&amp;ve as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save a PDF with {what} without a password?</source>
        <translation>¿Guardar un PDF con {what} sin contraseña?</translation>
    </message>
    <message>
        <source>Saved{how}.</source>
        <translation>Guardado{how}.</translation>
    </message>
    <message>
        <source>Stop building this document</source>
        <translation>Dejar de preparar este documento</translation>
    </message>
    <message>
        <source>Stopped: the document was not built.</source>
        <translation>Detenido: no se preparó el documento.</translation>
    </message>
    <message>
        <source>The document could not be built.</source>
        <translation>No se pudo preparar el documento.</translation>
    </message>
    <message>
        <source>Tick &apos;Protect with a password&apos; to encrypt it.</source>
        <translation>Marca &apos;Proteger con contraseña&apos; para cifrarlo.</translation>
    </message>
    <message>
        <source>coworkers&apos; full names</source>
        <translation>nombres completos de compañeros</translation>
    </message>
    <message>
        <source>coworkers&apos; initials</source>
        <translation>iniciales de compañeros</translation>
    </message>
    <message>
        <source>each worker&apos;s assessment (by row number)</source>
        <translation>la evaluación de cada trabajador (por número de fila)</translation>
    </message>
</context>
<context>
    <name>DownPanel</name>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Absent (no vote)</source>
        <translation>Ausente (sin voto)</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstención</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>En contra</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punto del orden del día</translation>
    </message>
    <message>
        <source>Agenda of {council}, meeting of {day}, saved for {member}; items: {n}.</source>
        <translation>Orden del día de {council}, reunión del {day}, guardado para {member}; puntos: {n}.</translation>
    </message>
    <message>
        <source>Decisions of {council}, meeting of {day}, saved for {member}; items: {n}.</source>
        <translation>Decisiones de {council}, reunión del {day}, guardadas para {member}; puntos: {n}.</translation>
    </message>
    <message>
        <source>For</source>
        <translation>A favor</translation>
    </message>
    <message>
        <source>Its vote on:</source>
        <translation>Su voto sobre:</translation>
    </message>
    <message>
        <source>Mandates &amp;due by</source>
        <translation>Plazo de los &amp;mandatos</translation>
    </message>
    <message>
        <source>Mee&amp;ting:</source>
        <translation>Reu&amp;nión:</translation>
    </message>
    <message>
        <source>Mem&amp;ber:</source>
        <translation>Mie&amp;mbro:</translation>
    </message>
    <message>
        <source>Member&apos;s key</source>
        <translation>Clave del miembro</translation>
    </message>
    <message>
        <source>No trusted member yet: trust its key card</source>
        <translation>Todavía no hay ningún miembro de confianza: confíe en su tarjeta de clave</translation>
    </message>
    <message>
        <source>Recorded: {member} voted {vote} on {item}.</source>
        <translation>Registrado: {member} votó «{vote}» sobre {item}.</translation>
    </message>
    <message>
        <source>Save &amp;agenda…</source>
        <translation>Guardar el &amp;orden del día…</translation>
    </message>
    <message>
        <source>Save d&amp;ecisions…</source>
        <translation>Guardar las d&amp;ecisiones…</translation>
    </message>
    <message>
        <source>Send down to a member (choose a council on the left)</source>
        <translation>Enviar hacia abajo a un miembro (elija un consejo a la izquierda)</translation>
    </message>
    <message>
        <source>The council&apos;s meeting</source>
        <translation>La reunión del consejo</translation>
    </message>
    <message>
        <source>The member&apos;s vote</source>
        <translation>El voto del miembro</translation>
    </message>
    <message>
        <source>Voted against its mandate: {items}.</source>
        <translation>Votó en contra de su mandato: {items}.</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
</context>
<context>
    <name>EntryLogging</name>
    <message>
        <source>(no assessment)</source>
        <translation>(sin evaluación)</translation>
    </message>
    <message>
        <source>Appealed to the next step</source>
        <translation>Apelada al paso siguiente</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Se le pidió</translation>
    </message>
    <message>
        <source>Correct what is wrong about {name}; each change goes to the keeper as its own entry.</source>
        <translation>Corrija lo que esté mal sobre {name}; cada cambio va al custodio como una entrada propia.</translation>
    </message>
    <message>
        <source>Filed at its current step</source>
        <translation>Presentada en su paso actual</translation>
    </message>
    <message>
        <source>Logged for your next report.</source>
        <translation>Registrado para su próximo informe.</translation>
    </message>
    <message>
        <source>Management answered at its current step</source>
        <translation>La dirección respondió en su paso actual</translation>
    </message>
    <message>
        <source>Nothing differs from the copy; nothing was logged.</source>
        <translation>Nada difiere de la copia; no se registró nada.</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>Participó</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Se negó</translation>
    </message>
    <message>
        <source>The entry was removed.</source>
        <translation>Se quitó la entrada.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Añadir &amp;archivo…</translation>
    </message>
    <message>
        <source>Copy saved. It is not encrypted: delete it when done.</source>
        <translation>Copia guardada. No está cifrada: bórrala cuando termines.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Evidence is stored encrypted inside the vault. A saved copy is an ordinary, unencrypted file: keep it somewhere safe.</source>
        <translation>Las pruebas se guardan cifradas dentro de la bóveda. Una copia guardada es un archivo normal, sin cifrar: guárdala en un lugar seguro.</translation>
    </message>
    <message>
        <source>Evidence preview</source>
        <translation>Vista previa de la prueba</translation>
    </message>
    <message>
        <source>Evidence removed.</source>
        <translation>Prueba quitada.</translation>
    </message>
    <message>
        <source>Evidence stored in the vault.</source>
        <translation>Prueba guardada en la bóveda.</translation>
    </message>
    <message>
        <source>No preview for this kind of file; use “Save a copy…”.</source>
        <translation>No hay vista previa para este tipo de archivo; usa “Guardar una copia…”.</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>The copy could not be written there.</source>
        <translation>No se pudo escribir ahí la copia.</translation>
    </message>
    <message>
        <source>The file could not be read; check it exists.</source>
        <translation>No se pudo leer el archivo; comprueba que existe.</translation>
    </message>
    <message>
        <source>The file is larger than 25 MB; attach a smaller copy or an extract.</source>
        <translation>El archivo ocupa más de 25 MB; adjunta una copia más pequeña o un extracto.</translation>
    </message>
    <message>
        <source>the file stored in the vault</source>
        <translation>el archivo guardado en la bóveda</translation>
    </message>
    <message>
        <source>this evidence file</source>
        <translation>este archivo de prueba</translation>
    </message>
</context>
<context>
    <name>ExchangeForm</name>
    <message>
        <source>&amp;Confirmed:</source>
        <translation>&amp;Confirmado:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Giver:</source>
        <translation>&amp;Quien da:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Horas:</translation>
    </message>
    <message>
        <source>&amp;Receiver:</source>
        <translation>&amp;Quien recibe:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Qué:</translation>
    </message>
    <message>
        <source>1.5 or 1:30</source>
        <translation>1,5 o 1:30</translation>
    </message>
    <message>
        <source>An hour is an hour, whatever the work.</source>
        <translation>Una hora es una hora, sea cual sea el trabajo.</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Confirmado por</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Giver</source>
        <translation>Quien da</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Quien recibe</translation>
    </message>
    <message>
        <source>Record a time-bank exchange</source>
        <translation>Registrar un intercambio del banco de tiempo</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Qué se hizo</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Export the grievance list</source>
        <translation>Exportar la lista de quejas</translation>
    </message>
    <message>
        <source>Export the people list</source>
        <translation>Exportar la lista de personas</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Include people and cases marked sensitive</source>
        <translation>Incluir personas y casos marcados como sensibles</translation>
    </message>
    <message>
        <source>The rows: the list as the page shows it, with its filters and in its order.</source>
        <translation>Las filas: la lista tal como la muestra la página, con sus filtros y en su orden.</translation>
    </message>
    <message>
        <source>The rows: the whole list of the workplace.</source>
        <translation>Las filas: toda la lista del centro de trabajo.</translation>
    </message>
    <message>
        <source>The vault has no workplace yet; add one first.</source>
        <translation>La bóveda todavía no tiene ningún centro de trabajo; añade uno antes.</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>&amp;Agreed on:</source>
        <translation>&amp;Acordada el:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Plazo:</translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation>&amp;Nueva fecha:</translation>
    </message>
    <message>
        <source>Agreed &amp;with:</source>
        <translation>Acordada &amp;con:</translation>
    </message>
    <message>
        <source>Written extension</source>
        <translation>Prórroga por escrito</translation>
    </message>
    <message>
        <source>e.g. HR manager, in writing</source>
        <translation>p. ej. jefa de RR. HH., por escrito</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>A CSV, XLSX or ODS chart: one row per person.</source>
        <translation>Un mapeo en CSV, XLSX u ODS: una fila por persona.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Elige una hoja de cálculo</translation>
    </message>
    <message>
        <source>Choose the encoding above, then Next.</source>
        <translation>Elija la codificación arriba y luego Siguiente.</translation>
    </message>
    <message>
        <source>Dates like 03/04/2025 are day/month (3 April)</source>
        <translation>Fechas como 03/04/2025 son día/mes (3 de abril)</translation>
    </message>
    <message>
        <source>Detect (asks when unsure)</source>
        <translation>Detectar (pregunta si hay dudas)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Text encoding (CSV)</source>
        <translation>Codificación del texto (CSV)</translation>
    </message>
    <message>
        <source>The file could not be read; choose another file.</source>
        <translation>No se pudo leer el archivo; elige otro.</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Centro de trabajo</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>{day}  overdue</source>
        <translation>{day}  vencido</translation>
    </message>
</context>
<context>
    <name>FormBase</name>
    <message>
        <source>Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
</context>
<context>
    <name>ForumForm</name>
    <message>
        <source>Count grievances marked &amp;sensitive</source>
        <translation>Contar las quejas marcadas como &amp;sensibles</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Cifras a fecha de</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Foro</translation>
    </message>
    <message>
        <source>Off: cases marked sensitive are left out of the grievance counts, as the briefing says. Tick only when the forum agreed to report them.</source>
        <translation>Desactivado: los casos marcados como sensibles quedan fuera del recuento de quejas, como dice el informe. Márcalo solo si el foro acordó informar de ellos.</translation>
    </message>
    <message>
        <source>forum: the vault has no forum yet; add one under Assemblies.</source>
        <translation>foro: la bóveda todavía no tiene ningún foro; añade uno en Asambleas.</translation>
    </message>
</context>
<context>
    <name>FundEntryForm</name>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Miembro:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Entries are never edited: a mistake is corrected by reversing the entry.</source>
        <translation>Los asientos nunca se editan: un error se corrige con un asiento inverso.</translation>
    </message>
    <message>
        <source>For the &amp;need:</source>
        <translation>Para la &amp;necesidad:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>M&amp;emo:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <source>Post to the fund</source>
        <translation>Asentar en el fondo</translation>
    </message>
</context>
<context>
    <name>GlossaryTip</name>
    <message>
        <source>F1: the guide for this page</source>
        <translation>F1: la guía de esta página</translation>
    </message>
</context>
<context>
    <name>GrievanceChart</name>
    <message>
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <source>Grievance chart</source>
        <translation>Gráfica de quejas</translation>
    </message>
    <message>
        <source>Median days from the first filing to the outcome</source>
        <translation>Mediana de días desde la primera presentación hasta el resultado</translation>
    </message>
    <message>
        <source>Open at the month&apos;s end</source>
        <translation>Abiertas a fin de mes</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Won, % of the cases closed</source>
        <translation>Ganadas, % de las quejas cerradas</translation>
    </message>
</context>
<context>
    <name>GrievanceEditor</name>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Pruebas</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>&amp;Cartas</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <source>&amp;Steps and deadlines</source>
        <translation>&amp;Pasos y plazos</translation>
    </message>
    <message>
        <source>Choose a contract first (set one up with “Contract…”).</source>
        <translation>Elige primero un convenio (créalo con “Convenio…”).</translation>
    </message>
    <message>
        <source>New grievance</source>
        <translation>Nueva queja</translation>
    </message>
    <message>
        <source>Your unsaved changes are back; save them when ready.</source>
        <translation>Tus cambios sin guardar han vuelto; guárdalos cuando quieras.</translation>
    </message>
</context>
<context>
    <name>GrievanceEvidence</name>
    <message>
        <source>Add evidence</source>
        <translation>Añadir pruebas</translation>
    </message>
    <message>
        <source>Save a copy (not encrypted)</source>
        <translation>Guardar una copia (sin cifrar)</translation>
    </message>
</context>
<context>
    <name>GrievanceLists</name>
    <message>
        <source>Closed: {outcome}</source>
        <translation>Cerrada: {outcome}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
</context>
<context>
    <name>GrievanceReviewView</name>
    <message>
        <source> · {n} marked sensitive left out</source>
        <translation> · {n} marcadas como sensibles, excluidas</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>Centro de &amp;trabajo:</translation>
    </message>
    <message>
        <source>&lt;b&gt;{open} open&lt;/b&gt; ({overdue} overdue, {soon} due within a few working days) · &lt;b&gt;{closed} closed&lt;/b&gt; since {start}: won {won}, settled {settled}, withdrawn {withdrawn}, lost {lost}, lapsed {lapsed} · win rate &lt;b&gt;{rate}&lt;/b&gt; · median {days} days to resolution</source>
        <translation>&lt;b&gt;{open} abiertas&lt;/b&gt; ({overdue} vencidas, {soon} vencen en pocos días hábiles) · &lt;b&gt;{closed} cerradas&lt;/b&gt; desde el {start}: ganadas {won}, acordadas {settled}, retiradas {withdrawn}, perdidas {lost}, caducadas {lapsed} · tasa de éxito &lt;b&gt;{rate}&lt;/b&gt; · mediana de {days} días hasta la resolución</translation>
    </message>
    <message>
        <source>As o&amp;f:</source>
        <translation>A &amp;fecha de:</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>A fecha de</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Preparando el informe…</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>By steward, step, area, article</source>
        <translation>Por representante, paso, área y artículo</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfica</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <source>Closed &amp;since:</source>
        <translation>Cerradas &amp;desde:</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Quejas cerradas</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>Every workplace</source>
        <translation>Todos los centros de trabajo</translation>
    </message>
    <message>
        <source>Include cases marked &amp;sensitive</source>
        <translation>Incluir las quejas marcadas como &amp;sensibles</translation>
    </message>
    <message>
        <source>Name &amp;grievants</source>
        <translation>Nombrar a los &amp;afectados</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Quejas abiertas</translation>
    </message>
    <message>
        <source>Outcomes and months</source>
        <translation>Resultados y meses</translation>
    </message>
    <message>
        <source>Outcomes by article</source>
        <translation>Resultados por artículo</translation>
    </message>
    <message>
        <source>Outcomes by type</source>
        <translation>Resultados por tipo</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periodo desde</translation>
    </message>
    <message>
        <source>Protect with a password</source>
        <translation>Proteger con contraseña</translation>
    </message>
    <message>
        <source>Report saved.</source>
        <translation>Informe guardado.</translation>
    </message>
    <message>
        <source>Save report &amp;PDF…</source>
        <translation>Guardar el informe en &amp;PDF…</translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation>No se pudieron leer las cifras.</translation>
    </message>
    <message>
        <source>The period starts after its end; choose an earlier “Closed since” date.</source>
        <translation>El periodo empieza después de terminar; elija una fecha «Cerradas desde» anterior.</translation>
    </message>
    <message>
        <source>Win rate: won as a share of the cases closed (settlements counted apart). Days: from the first filing to the outcome.</source>
        <translation>Tasa de éxito: ganadas sobre las quejas cerradas (los acuerdos aparte). Días: desde la primera presentación hasta el resultado.</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Centro de trabajo</translation>
    </message>
</context>
<context>
    <name>Grievances</name>
    <message>
        <source>Export deadlines to a calendar file</source>
        <translation>Exportar los plazos a un archivo de calendario</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>GrievancesPage</name>
    <message numerus="yes">
        <source>%n deadline(s) exported.</source>
        <translation>
            <numerusform>%n plazo exportado.</numerusform>
            <numerusform>%n plazos exportados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grievances</source>
        <translation>
            <numerusform>%n queja</numerusform>
            <numerusform>%n quejas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencida</numerusform>
            <numerusform>%n vencidas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>Á&amp;rea:</translation>
    </message>
    <message>
        <source>&amp;Contract…</source>
        <translation>&amp;Convenio…</translation>
    </message>
    <message>
        <source>&amp;New grievance</source>
        <translation>&amp;Nueva queja</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>1 grievance</source>
        <translation>1 queja</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation>Cualquier área</translation>
    </message>
    <message>
        <source>Any step</source>
        <translation>Cualquier paso</translation>
    </message>
    <message>
        <source>Any steward</source>
        <translation>Cualquier representante</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Quejas</translation>
    </message>
    <message>
        <source>Committee re&amp;view</source>
        <translation>Re&amp;visión del comité</translation>
    </message>
    <message>
        <source>E&amp;xport deadlines (.ics)…</source>
        <translation>E&amp;xportar plazos (.ics)…</translation>
    </message>
    <message>
        <source>Grievances</source>
        <translation>Quejas</translation>
    </message>
    <message>
        <source>Letter te&amp;mplates…</source>
        <translation>Plan&amp;tillas de cartas…</translation>
    </message>
    <message>
        <source>No deadline overdue</source>
        <translation>Ningún plazo vencido</translation>
    </message>
    <message>
        <source>S&amp;tep:</source>
        <translation>&amp;Paso:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Ste&amp;ward:</source>
        <translation>&amp;Representante:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Representante</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>include grievants&apos; names</source>
        <translation>incluir los nombres de los afectados</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n overdue</source>
        <translation>
            <numerusform>⚠ %n vencida</numerusform>
            <numerusform>⚠ %n vencidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrowthChart</name>
    <message>
        <source>Growth chart</source>
        <translation>Gráfica de crecimiento</translation>
    </message>
    <message>
        <source>{label}: nobody works in these areas yet</source>
        <translation>{label}: todavía nadie trabaja en estas áreas</translation>
    </message>
</context>
<context>
    <name>GrowthLists</name>
    <message>
        <source>below 1:10</source>
        <translation>bajo 1:10</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>bien</translation>
    </message>
</context>
<context>
    <name>GrowthPage</name>
    <message numerus="yes">
        <source>%n areas ticked; the chart compares the first {max} (untick some to choose).</source>
        <translation>
            <numerusform>%n área marcada; la gráfica compara las primeras {max} (desmarca alguna para elegir).</numerusform>
            <numerusform>%n áreas marcadas; la gráfica compara las primeras {max} (desmarca algunas para elegir).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;A fecha de:</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>&amp;Cifra:</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>Centro de &amp;trabajo:</translation>
    </message>
    <message>
        <source>Areas to compare</source>
        <translation>Áreas a comparar</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>A fecha de</translation>
    </message>
    <message numerus="yes">
        <source>Compare areas (up to %n):</source>
        <translation>
            <numerusform>Comparar áreas (hasta %n):</numerusform>
            <numerusform>Comparar áreas (hasta %n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Every area as of {day}: {below} below the 1:10 committee target (listed first).</source>
        <translation>Todas las áreas a fecha de {day}: {below} por debajo del objetivo del comité 1:10 (aparecen primero).</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Figures by area</source>
        <translation>Cifras por área</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Centro de trabajo</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contenido</translation>
    </message>
    <message>
        <source>For&amp;ward</source>
        <translation>&amp;Adelante</translation>
    </message>
    <message>
        <source>Forum Kit guide</source>
        <translation>Guía de Forum Kit</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Texto de la guía</translation>
    </message>
    <message>
        <source>Making the quick start…</source>
        <translation>Preparando la guía rápida…</translation>
    </message>
    <message>
        <source>Parts of the guide</source>
        <translation>Partes de la guía</translation>
    </message>
    <message>
        <source>Save the &amp;quick start (PDF)…</source>
        <translation>Guardar la guía &amp;rápida (PDF)…</translation>
    </message>
    <message numerus="yes">
        <source>Saved the quick start (%n page(s)) to {path}.</source>
        <translation>
            <numerusform>Guía rápida guardada (%n página) en {path}.</numerusform>
            <numerusform>Guía rápida guardada (%n páginas) en {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The quick start was not saved: {error}</source>
        <translation>No se guardó la guía rápida: {error}</translation>
    </message>
</context>
<context>
    <name>HazardsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <source>Dealt with &amp;today</source>
        <translation>Resuelto &amp;hoy</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <source>Hazards of the area</source>
        <translation>Riesgos del área</translation>
    </message>
    <message>
        <source>New hazard</source>
        <translation>Nuevo riesgo</translation>
    </message>
    <message>
        <source>Note a hazard:</source>
        <translation>Anote un riesgo:</translation>
    </message>
    <message>
        <source>Noted on</source>
        <translation>Anotado el</translation>
    </message>
    <message>
        <source>e.g. loading bay over 30 °C in summer</source>
        <translation>p. ej. muelle de carga a más de 30 °C en verano</translation>
    </message>
</context>
<context>
    <name>HazardsModel</name>
    <message>
        <source>not yet</source>
        <comment>a hazard not dealt with yet</comment>
        <translation>todavía no</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Guide for this page</source>
        <translation>&amp;Guía de esta página</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>First ste&amp;ps (walk-through)…</source>
        <translation>&amp;Primeros pasos (recorrido guiado)…</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>G&amp;losario</translation>
    </message>
    <message>
        <source>Getting &amp;started</source>
        <translation>&amp;Para empezar</translation>
    </message>
    <message>
        <source>Safety &amp;first</source>
        <translation>La &amp;seguridad primero</translation>
    </message>
    <message>
        <source>Save the &amp;quick start (PDF)…</source>
        <translation>Guardar la guía &amp;rápida (PDF)…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Elige una hoja de cálculo</translation>
    </message>
    <message>
        <source>Import a chart</source>
        <translation>Importar un mapeo</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.ods *.txt *.tsv);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx *.ods *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Grievance:</source>
        <translation>&amp;Queja:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Miembro:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Add a &amp;witness…</source>
        <translation>Añadir un &amp;testigo…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Grievance</source>
        <translation>Queja</translation>
    </message>
    <message>
        <source>Log retaliation</source>
        <translation>Registrar una represalia</translation>
    </message>
    <message>
        <source>Member targeted</source>
        <translation>Miembro atacado</translation>
    </message>
    <message>
        <source>Sensitive (kept out of exports and bundles unless chosen)</source>
        <translation>Sensible (fuera de exportaciones y paquetes salvo que se elija)</translation>
    </message>
    <message>
        <source>W&amp;hat happened:</source>
        <translation>&amp;Qué pasó:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Who from ma&amp;nagement:</source>
        <translation>Quién de la di&amp;rección:</translation>
    </message>
    <message>
        <source>Who from management</source>
        <translation>Quién de la dirección</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Testigos</translation>
    </message>
    <message>
        <source>Witnesses:</source>
        <translation>Testigos:</translation>
    </message>
</context>
<context>
    <name>KeeperDialog</name>
    <message>
        <source>Trust a chart keeper</source>
        <translation>Confiar en un custodio del mapa</translation>
    </message>
</context>
<context>
    <name>LeafletForm</name>
    <message numerus="yes">
        <source>&apos;{code}&apos; (second language): %n word(s)</source>
        <translation>
            <numerusform>&apos;{code}&apos; (segundo idioma): %n palabra</numerusform>
            <numerusform>&apos;{code}&apos; (segundo idioma): %n palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;{code}&apos;: %n word(s)</source>
        <translation>
            <numerusform>&apos;{code}&apos;: %n palabra</numerusform>
            <numerusform>&apos;{code}&apos;: %n palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>A blank line separates paragraphs</source>
        <translation>Una línea en blanco separa los párrafos</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>How to reach you: a phone, an e-mail, a name</source>
        <translation>Cómo contactaros: un teléfono, un correo, un nombre</translation>
    </message>
    <message>
        <source>Image file…</source>
        <translation>Archivo de imagen…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <source>On the back</source>
        <translation>Al dorso</translation>
    </message>
    <message>
        <source>One demand per line</source>
        <translation>Una demanda por línea</translation>
    </message>
    <message>
        <source>PNG or JPEG file</source>
        <translation>Archivo PNG o JPEG</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Segundo idioma</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Lado a lado</translation>
    </message>
    <message>
        <source>Who we are, in this language</source>
        <translation>Quiénes somos, en este idioma</translation>
    </message>
    <message>
        <source>Words of the leaflet</source>
        <translation>Palabras del volante</translation>
    </message>
    <message>
        <source>e.g. The night shift committee of the depot</source>
        <translation>p. ej. El comité del turno de noche del almacén</translation>
    </message>
    <message>
        <source>visual: choose an image file, or a pictogram.</source>
        <translation>imagen: elige un archivo de imagen o un pictograma.</translation>
    </message>
    <message>
        <source>words: Forum Kit has no leaflet words in {languages} yet. Write them in that language under “Words of the leaflet” (marked in red); nothing is printed in English instead.</source>
        <translation>palabras: Forum Kit todavía no tiene palabras del volante en {languages}. Escríbelas en ese idioma en “Palabras del volante” (marcadas en rojo); no se imprime nada en inglés en su lugar.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source> with a password (AES-256)</source>
        <translation> con contraseña (AES-256)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Information asked for:</source>
        <translation>&amp;Información solicitada:</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Carta:</translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation>&amp;Nueva fecha:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Record as sent</source>
        <translation>&amp;Registrar como enviada</translation>
    </message>
    <message>
        <source>&amp;Reply by:</source>
        <translation>&amp;Responder antes del:</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>&amp;Terms agreed:</source>
        <translation>&amp;Términos acordados:</translation>
    </message>
    <message>
        <source>Agreed &amp;with:</source>
        <translation>Acordada &amp;con:</translation>
    </message>
    <message>
        <source>Agreed o&amp;n:</source>
        <translation>Acordada e&amp;l:</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>P&amp;lazo:</translation>
    </message>
    <message>
        <source>Fill &amp;again from the case</source>
        <translation>Rellenar &amp;de nuevo desde la queja</translation>
    </message>
    <message>
        <source>Grievance letter</source>
        <translation>Carta de queja</translation>
    </message>
    <message>
        <source>Keep this letter on the case, dated as above</source>
        <translation>Guardar esta carta en la queja, con la fecha de arriba</translation>
    </message>
    <message>
        <source>Letter te&amp;xt:</source>
        <translation>Te&amp;xto de la carta:</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Texto de la carta</translation>
    </message>
    <message>
        <source>Pages sent to the printer: {n}.</source>
        <translation>Páginas enviadas a la impresora: {n}.</translation>
    </message>
    <message>
        <source>Protect with a &amp;password</source>
        <translation>Proteger con &amp;contraseña</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>As&amp;unto:</translation>
    </message>
    <message>
        <source>Saved{how}.</source>
        <translation>Guardado{how}.</translation>
    </message>
    <message>
        <source>Sent on {day}. {effect}</source>
        <translation>Enviada el {day}. {effect}</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>The earliest open deadline</source>
        <translation>El plazo abierto más próximo</translation>
    </message>
    <message>
        <source>The employer&apos;s answer</source>
        <translation>La respuesta de la empresa</translation>
    </message>
    <message>
        <source>The letter could not be built.</source>
        <translation>No se pudo preparar la carta.</translation>
    </message>
    <message>
        <source>The text keeps your edits; “Fill again” replaces them.</source>
        <translation>El texto conserva sus cambios; «Rellenar de nuevo» los sustituye.</translation>
    </message>
    <message>
        <source>The union&apos;s filing or appeal</source>
        <translation>La presentación o apelación del sindicato</translation>
    </message>
    <message>
        <source>When recording, also: {effect}</source>
        <translation>Al registrarla, además: {effect}</translation>
    </message>
    <message>
        <source>e.g. HR manager, in writing</source>
        <translation>p. ej. jefa de RR. HH., por escrito</translation>
    </message>
    <message>
        <source>one item a line, e.g. the overtime sheets for March</source>
        <translation>un elemento por línea, p. ej. las hojas de horas extra de marzo</translation>
    </message>
    <message>
        <source>⚠ Not filled from the case: {words}. The letter prints “[missing: …]” there: fill them in the case or in the letter.</source>
        <translation>⚠ No se ha rellenado desde la queja: {words}. La carta imprime «[falta: …]» ahí: rellénelos en la queja o en la carta.</translation>
    </message>
</context>
<context>
    <name>LettersPanel</name>
    <message>
        <source>&amp;New letter…</source>
        <translation>&amp;Nueva carta…</translation>
    </message>
    <message>
        <source>(what it recorded on the case, such as a filing or an appeal, stays)</source>
        <translation>(lo que registró en la queja, como una presentación o una apelación, se mantiene)</translation>
    </message>
    <message>
        <source>Building the fact sheet…</source>
        <translation>Preparando la ficha de la queja…</translation>
    </message>
    <message>
        <source>Case &amp;fact sheet…</source>
        <translation>&amp;Ficha de la queja…</translation>
    </message>
    <message>
        <source>Fact sheet saved.</source>
        <translation>Ficha de la queja guardada.</translation>
    </message>
    <message>
        <source>Letter recorded on the case.</source>
        <translation>Carta registrada en la queja.</translation>
    </message>
    <message>
        <source>Letters are filled from the case with the contract&apos;s own dates. Change the wording of each kind of letter with “Letter templates…” on the Grievances page.</source>
        <translation>Las cartas se rellenan con los datos de la queja y las fechas del propio convenio. Cambie la redacción de cada tipo de carta con «Plantillas de cartas…» en la página Quejas.</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Cartas enviadas</translation>
    </message>
    <message>
        <source>Open / print a&amp;gain…</source>
        <translation>Abrir / imprimir de &amp;nuevo…</translation>
    </message>
    <message>
        <source>Protect the fact sheet with a password</source>
        <translation>Proteger la ficha con una contraseña</translation>
    </message>
    <message>
        <source>Take off the &amp;record…</source>
        <translation>Quitar del &amp;registro…</translation>
    </message>
    <message>
        <source>The fact sheet could not be built.</source>
        <translation>No se pudo preparar la ficha de la queja.</translation>
    </message>
    <message>
        <source>The letter is no longer on the case&apos;s record.</source>
        <translation>La carta ya no está en el registro de la queja.</translation>
    </message>
    <message>
        <source>the copy of the letter kept on the case</source>
        <translation>la copia de la carta guardada en la queja</translation>
    </message>
    <message>
        <source>this letter&apos;s record</source>
        <translation>el registro de esta carta</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About Forum Kit</source>
        <translation>&amp;Acerca de Forum Kit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Search everything</source>
        <translation>&amp;Buscar en todo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>Its files, its folder or the disk cannot be written.</source>
        <translation>No se puede escribir en sus archivos, su carpeta o el disco.</translation>
    </message>
    <message>
        <source>Quit Forum Kit</source>
        <translation>Salir de Forum Kit</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F)</source>
        <translation>Buscar en todo (Ctrl+F)</translation>
    </message>
    <message>
        <source>This kind of item has no page yet.</source>
        <translation>Este tipo de elemento todavía no tiene página.</translation>
    </message>
    <message>
        <source>This vault is read-only: it is open for reading only and nothing in it can be changed. To make changes, copy the vault folder to a place you can write to.</source>
        <translation>Esta bóveda es de solo lectura: está abierta solo para leer y no se puede cambiar nada en ella. Para hacer cambios, copie la carpeta de la bóveda a un lugar donde pueda escribir.</translation>
    </message>
    <message>
        <source>Vault: {name} — {state}</source>
        <translation>Bóveda: {name} — {state}</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>desbloqueada</translation>
    </message>
    <message>
        <source>unlocked, read-only</source>
        <translation>desbloqueada, solo lectura</translation>
    </message>
    <message>
        <source>{name} — Forum Kit</source>
        <translation>{name} — Forum Kit</translation>
    </message>
</context>
<context>
    <name>MandateDialog</name>
    <message>
        <source>&amp;Figure to hold:</source>
        <translation>&amp;Cifra a defender:</translation>
    </message>
    <message>
        <source>&amp;Instruction:</source>
        <translation>&amp;Instrucción:</translation>
    </message>
    <message>
        <source>&amp;Red lines:</source>
        <translation>Líneas &amp;rojas:</translation>
    </message>
    <message>
        <source>(no motion recorded)</source>
        <translation>(no hay moción registrada)</translation>
    </message>
    <message>
        <source>Council agenda &amp;item:</source>
        <translation>&amp;Punto del orden del día del consejo:</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>&amp;Vence el:</translation>
    </message>
    <message>
        <source>Forum&apos;s &amp;motion:</source>
        <translation>&amp;Moción del foro:</translation>
    </message>
    <message>
        <source>Pass a mandate</source>
        <translation>Aprobar un mandato</translation>
    </message>
    <message>
        <source>What the delegate must never agree to</source>
        <translation>Lo que el delegado nunca debe aceptar</translation>
    </message>
    <message>
        <source>e.g. 5% pay rise, no fewer than 12 on the line</source>
        <translation>p. ej. 5 % de subida, no menos de 12 en la línea</translation>
    </message>
</context>
<context>
    <name>MandateState</name>
    <message>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Rendido</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>none yet</source>
        <translation>todavía ninguno</translation>
    </message>
    <message>
        <source>{members} of {target} needed ({ratio}, target 1:{ten})</source>
        <translation>{members} de {target} necesarios ({ratio}, objetivo 1:{ten})</translation>
    </message>
    <message>
        <source>{members} of {target} needed ({ratio}, target 1:{ten}) — {short} short</source>
        <translation>{members} de {target} necesarios ({ratio}, objetivo 1:{ten}) — faltan {short}</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add area…</source>
        <translation>&amp;Añadir área…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Mover…</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>Centro de &amp;trabajo:</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <source>Add &amp;below…</source>
        <translation>Añadir &amp;debajo…</translation>
    </message>
    <message>
        <source>Add &amp;person here…</source>
        <translation>Añadir &amp;persona aquí…</translation>
    </message>
    <message>
        <source>Add a workplace to start.</source>
        <translation>Añade un centro de trabajo para empezar.</translation>
    </message>
    <message>
        <source>Add an area (department, line, shift…).</source>
        <translation>Añade un área (departamento, línea, turno…).</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>Añadir área</translation>
    </message>
    <message>
        <source>Add neighbourhood</source>
        <translation>Añadir barrio</translation>
    </message>
    <message>
        <source>Add neighbourhood…</source>
        <translation>Añadir barrio…</translation>
    </message>
    <message>
        <source>Add wor&amp;kplace…</source>
        <translation>Añadir centro de &amp;trabajo…</translation>
    </message>
    <message>
        <source>Add workplace</source>
        <translation>Añadir centro de trabajo</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>C&amp;overage</source>
        <translation>C&amp;obertura</translation>
    </message>
    <message>
        <source>Cha&amp;rt</source>
        <translation>Ma&amp;pa</translation>
    </message>
    <message>
        <source>Chart of the area</source>
        <translation>Mapeo del área</translation>
    </message>
    <message>
        <source>Delete neighbo&amp;urhood…</source>
        <translation>Eliminar &amp;barrio…</translation>
    </message>
    <message>
        <source>Delete workpla&amp;ce…</source>
        <translation>Borrar centro de tra&amp;bajo…</translation>
    </message>
    <message>
        <source>Door-knocks, last 90 days:</source>
        <translation>Visitas puerta a puerta, últimos 90 días:</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <source>Headcount:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>Name of the street, estate or building:</source>
        <translation>Nombre de la calle, la urbanización o el edificio:</translation>
    </message>
    <message>
        <source>Name of the workplace:</source>
        <translation>Nombre del centro de trabajo:</translation>
    </message>
    <message>
        <source>Ne&amp;ighbourhood:</source>
        <translation>&amp;Barrio:</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>One-on-ones, last 90 days:</source>
        <translation>Conversaciones uno a uno, últimos 90 días:</translation>
    </message>
    <message>
        <source>Pictur&amp;e</source>
        <translation>Dib&amp;ujo</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nombrar…</translation>
    </message>
    <message>
        <source>Rename area</source>
        <translation>Renombrar área</translation>
    </message>
    <message>
        <source>Residents:</source>
        <translation>Residentes:</translation>
    </message>
    <message>
        <source>Structure &amp;tests…</source>
        <translation>&amp;Pruebas de estructura…</translation>
    </message>
    <message>
        <source>Supporters (%1):</source>
        <translation>Apoyos (%1):</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Centro de trabajo</translation>
    </message>
    <message numerus="yes">
        <source>nothing about its %n person(s) or grievance(s): they move to an area you choose</source>
        <translation>
            <numerusform>nada de su %n persona o queja: pasa a un área que elijas</numerusform>
            <numerusform>nada de sus %n personas o quejas: pasan a un área que elijas</numerusform>
        </translation>
    </message>
    <message>
        <source>this area</source>
        <translation>esta área</translation>
    </message>
    <message>
        <source>this neighbourhood</source>
        <translation>este barrio</translation>
    </message>
    <message>
        <source>this workplace</source>
        <translation>este centro de trabajo</translation>
    </message>
</context>
<context>
    <name>MapPicture</name>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zona:</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Arrange &amp;tiles</source>
        <translation>Ordenar &amp;mosaicos</translation>
    </message>
    <message>
        <source>B&amp;y headcount</source>
        <translation>Por &amp;plantilla</translation>
    </message>
    <message>
        <source>Click a tile to choose an area.</source>
        <translation>Pulse un mosaico para elegir un área.</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Danger zone</source>
        <translation>Zona de peligro</translation>
    </message>
    <message>
        <source>Drag a tile to move it; drag its lower right corner to resize it.</source>
        <translation>Arrastre un mosaico para moverlo; arrastre su esquina inferior derecha para cambiar su tamaño.</translation>
    </message>
    <message>
        <source>Floor &amp;plan</source>
        <translation>&amp;Plano</translation>
    </message>
    <message>
        <source>Free zone</source>
        <translation>Zona libre</translation>
    </message>
    <message>
        <source>Hazard&amp;s (%1)…</source>
        <translation>Riesgo&amp;s (%1)…</translation>
    </message>
    <message>
        <source>Hazard&amp;s…</source>
        <translation>Riesgo&amp;s…</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Líderes</translation>
    </message>
    <message>
        <source>No zone</source>
        <translation>Sin zona</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Dibujo:</translation>
    </message>
    <message>
        <source>Show &amp;its chart</source>
        <translation>Mostrar &amp;su mapa</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Lazos</translation>
    </message>
    <message>
        <source>Unreached</source>
        <translation>Sin alcanzar</translation>
    </message>
    <message>
        <source>Why the zone is free or dangerous, e.g. the supervisor&apos;s office looks onto it</source>
        <translation>Por qué la zona es libre o peligrosa, p. ej. la oficina del supervisor da a ella</translation>
    </message>
    <message>
        <source>Why the zone is marked</source>
        <translation>Por qué está marcada la zona</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <source>why?</source>
        <translation>¿por qué?</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check what each column holds. Unmatched columns are ignored.</source>
        <translation>Revisa qué contiene cada columna. Las columnas sin asignar se ignoran.</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <source>a guess</source>
        <translation>una suposición</translation>
    </message>
    <message>
        <source>the mapping you used last time</source>
        <translation>la asignación que usaste la última vez</translation>
    </message>
    <message>
        <source>{n} rows read; header on line {line}. Columns matched by {how}.</source>
        <translation>{n} filas leídas; encabezado en la línea {line}. Columnas asignadas según {how}.</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— no se importa —</translation>
    </message>
</context>
<context>
    <name>MatchForm</name>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>&amp;Seguimiento el:</translation>
    </message>
    <message>
        <source>&amp;Help on:</source>
        <translation>&amp;Ayuda el:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>(the chosen offer&apos;s member)</source>
        <translation>(el miembro de la oferta elegida)</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Seguimiento el</translation>
    </message>
    <message>
        <source>Help on</source>
        <translation>Ayuda el</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>Colaborador</translation>
    </message>
    <message>
        <source>Match a need</source>
        <translation>Emparejar una necesidad</translation>
    </message>
    <message>
        <source>No standing offer fits: ask a member directly.</source>
        <translation>Ninguna oferta permanente encaja: pregunte directamente a un miembro.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Offers that fit</source>
        <translation>Ofertas que encajan</translation>
    </message>
    <message>
        <source>Offers that fit, nearest first:</source>
        <translation>Ofertas que encajan, las más cercanas primero:</translation>
    </message>
    <message>
        <source>Or a &amp;member:</source>
        <translation>O un &amp;miembro:</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Fecha y hora:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>Schedule a meeting</source>
        <translation>Convocar una reunión</translation>
    </message>
    <message>
        <source>e.g. union hall, canteen after the late shift</source>
        <translation>p. ej. local sindical, comedor después del turno de tarde</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n asistente</numerusform>
            <numerusform>%n asistentes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save minutes</source>
        <translation>&amp;Guardar acta</translation>
    </message>
    <message numerus="yes">
        <source>, %n guest(s)</source>
        <translation>
            <numerusform>, %n invitado</numerusform>
            <numerusform>, %n invitados</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;ttendance…</source>
        <translation>A&amp;sistencia…</translation>
    </message>
    <message>
        <source>Add agenda &amp;item…</source>
        <translation>Añadir &amp;punto del orden del día…</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punto del orden del día</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistieron</translation>
    </message>
    <message>
        <source>Choose a meeting, or schedule one.</source>
        <translation>Elige una reunión, o convoca una.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Motions</source>
        <translation>Mociones</translation>
    </message>
    <message>
        <source>Motions and results</source>
        <translation>Mociones y resultados</translation>
    </message>
    <message>
        <source>Record a &amp;motion…</source>
        <translation>Registrar una &amp;moción…</translation>
    </message>
    <message>
        <source>Title of the agenda item:</source>
        <translation>Título del punto del orden del día:</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>&amp;Workplace:</source>
        <translation>Centro de &amp;trabajo:</translation>
    </message>
    <message>
        <source>(not in the chart)</source>
        <translation>(no está en el mapa)</translation>
    </message>
    <message>
        <source>Add a steward to the committee</source>
        <translation>Añadir un delegado al comité</translation>
    </message>
    <message>
        <source>Areas of the scope</source>
        <translation>Áreas del alcance</translation>
    </message>
    <message>
        <source>Change a member&apos;s scope</source>
        <translation>Cambiar el alcance de un miembro</translation>
    </message>
    <message>
        <source>May see people, notes and cases marked &amp;sensitive</source>
        <translation>Puede ver personas, notas y casos marcados como &amp;sensibles</translation>
    </message>
    <message>
        <source>Only these &amp;areas (with all under them):</source>
        <translation>Solo estas &amp;áreas (con todo lo que cuelga de ellas):</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Alcance:</translation>
    </message>
    <message>
        <source>The &amp;whole workplace</source>
        <translation>&amp;Todo el centro de trabajo</translation>
    </message>
    <message>
        <source>The steward &amp;is:</source>
        <translation>El delegado &amp;es:</translation>
    </message>
    <message>
        <source>The steward in the chart</source>
        <translation>El delegado en el mapa</translation>
    </message>
</context>
<context>
    <name>MotionDialog</name>
    <message>
        <source>&amp;Counted vote</source>
        <translation>&amp;Votación con recuento</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;A favor:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Motion:</source>
        <translation>&amp;Moción:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>(no agenda item)</source>
        <translation>(sin punto del orden del día)</translation>
    </message>
    <message>
        <source>A&amp;bstain:</source>
        <translation>A&amp;bstención:</translation>
    </message>
    <message>
        <source>A&amp;gainst:</source>
        <translation>En &amp;contra:</translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation>&amp;Punto del orden del día:</translation>
    </message>
    <message>
        <source>Record a motion</source>
        <translation>Registrar una moción</translation>
    </message>
    <message>
        <source>The motion as put to the meeting</source>
        <translation>La moción tal como se presentó en la reunión</translation>
    </message>
    <message>
        <source>Vote:</source>
        <translation>Votación:</translation>
    </message>
</context>
<context>
    <name>MutualAidPage</name>
    <message>
        <source> with a password (AES-256)</source>
        <translation> con contraseña (AES-256)</translation>
    </message>
    <message>
        <source>&amp;Close…</source>
        <translation>&amp;Cerrar…</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <source>&amp;Log an incident…</source>
        <translation>&amp;Registrar un incidente…</translation>
    </message>
    <message>
        <source>&amp;Match…</source>
        <translation>&amp;Emparejar…</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>&amp;Necesidades</translation>
    </message>
    <message>
        <source>&amp;Offers</source>
        <translation>&amp;Ofertas</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Plan a check-in…</source>
        <translation>&amp;Planificar un seguimiento…</translation>
    </message>
    <message>
        <source>&amp;Post…</source>
        <translation>&amp;Asentar…</translation>
    </message>
    <message>
        <source>&amp;Print for a lawyer…</source>
        <translation>&amp;Imprimir para un abogado…</translation>
    </message>
    <message>
        <source>&amp;Record exchange…</source>
        <translation>&amp;Registrar intercambio…</translation>
    </message>
    <message>
        <source>&amp;Retaliation log</source>
        <translation>&amp;Registro de represalias</translation>
    </message>
    <message>
        <source>&amp;Statement…</source>
        <translation>&amp;Extracto…</translation>
    </message>
    <message>
        <source>&amp;Time bank</source>
        <translation>&amp;Banco de tiempo</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <source>: nobody has called yet.</source>
        <translation>: nadie ha llamado todavía.</translation>
    </message>
    <message>
        <source>Add a workplace or a neighbourhood on the Map page.</source>
        <translation>Añada un centro de trabajo o un barrio en la página Mapa.</translation>
    </message>
    <message>
        <source>An hour is an hour; accounts may go {floor} below zero.</source>
        <translation>Una hora es una hora; las cuentas pueden bajar {floor} por debajo de cero.</translation>
    </message>
    <message>
        <source>Asks and offers &amp;sheet…</source>
        <translation>&amp;Hoja de pedidos y ofertas…</translation>
    </message>
    <message>
        <source>Balance {b} · in {i} · out {o}</source>
        <translation>Saldo {b} · entradas {i} · salidas {o}</translation>
    </message>
    <message>
        <source>Chec&amp;k-ins</source>
        <translation>Segui&amp;mientos</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Choose a member&apos;s account first.</source>
        <translation>Elija primero la cuenta de un miembro.</translation>
    </message>
    <message>
        <source>Choose a place first (add one on the Map page).</source>
        <translation>Elija primero un lugar (añada uno en la página Mapa).</translation>
    </message>
    <message>
        <source>Choose a place first.</source>
        <translation>Elija primero un lugar.</translation>
    </message>
    <message>
        <source>Choose an exchange in the list.</source>
        <translation>Elija un intercambio de la lista.</translation>
    </message>
    <message>
        <source>Choose the member to check on.</source>
        <translation>Elija al miembro al que hacer el seguimiento.</translation>
    </message>
    <message>
        <source>Choose who gave the hours and who received them.</source>
        <translation>Elija quién dio las horas y quién las recibió.</translation>
    </message>
    <message>
        <source>Close &amp;account</source>
        <translation>Cerrar la &amp;cuenta</translation>
    </message>
    <message>
        <source>Close the account</source>
        <translation>Cerrar la cuenta</translation>
    </message>
    <message>
        <source>E&amp;xport needs and offers…</source>
        <translation>E&amp;xportar necesidades y ofertas…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Intercambios</translation>
    </message>
    <message>
        <source>Export &amp;sensitive incidents too (each one is sensitive unless said otherwise)</source>
        <translation>Exportar también los incidentes &amp;sensibles (cada uno es sensible salvo que se diga lo contrario)</translation>
    </message>
    <message>
        <source>Export needs and offers</source>
        <translation>Exportar necesidades y ofertas</translation>
    </message>
    <message>
        <source>Export the retaliation log</source>
        <translation>Exportar el registro de represalias</translation>
    </message>
    <message>
        <source>F&amp;igures</source>
        <translation>C&amp;ifras</translation>
    </message>
    <message>
        <source>F&amp;und</source>
        <translation>F&amp;ondo</translation>
    </message>
    <message>
        <source>Follow-up &amp;done</source>
        <translation>Seguimiento &amp;hecho</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Fund entries</source>
        <translation>Asientos del fondo</translation>
    </message>
    <message>
        <source>Fund:</source>
        <translation>Fondo:</translation>
    </message>
    <message>
        <source>Incidents are evidence for a lawyer or a tribunal: date, what happened, who from management, and the coworkers who saw it.</source>
        <translation>Los incidentes son pruebas para un abogado o un tribunal: fecha, qué pasó, quién de la dirección y los compañeros que lo vieron.</translation>
    </message>
    <message>
        <source>Matc&amp;hes</source>
        <translation>Empare&amp;jamientos</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Emparejamientos</translation>
    </message>
    <message>
        <source>Mutual aid figures</source>
        <translation>Cifras de ayuda mutua</translation>
    </message>
    <message>
        <source>Name of the fund:</source>
        <translation>Nombre del fondo:</translation>
    </message>
    <message>
        <source>Name of the time bank:</source>
        <translation>Nombre del banco de tiempo:</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>Needs raised, needs met within a week of being raised, people who helped and the fund&apos;s grants, per {area} and month; the rows marked &quot;Whole place&quot; add money in and out of the fund.</source>
        <translation>Necesidades planteadas, necesidades cubiertas en la semana siguiente, personas que ayudaron y ayudas del fondo, por {area} y mes; las filas marcadas «Todo el lugar» suman el dinero que entra y sale del fondo.</translation>
    </message>
    <message>
        <source>New &amp;fund…</source>
        <translation>Nuevo &amp;fondo…</translation>
    </message>
    <message>
        <source>New &amp;need…</source>
        <translation>Nueva &amp;necesidad…</translation>
    </message>
    <message>
        <source>New &amp;offer…</source>
        <translation>Nueva &amp;oferta…</translation>
    </message>
    <message>
        <source>New fund</source>
        <translation>Nuevo fondo</translation>
    </message>
    <message>
        <source>New time &amp;bank…</source>
        <translation>Nuevo &amp;banco de tiempo…</translation>
    </message>
    <message>
        <source>New time bank</source>
        <translation>Nuevo banco de tiempo</translation>
    </message>
    <message>
        <source>No fund yet: open one with New fund.</source>
        <translation>Aún no hay fondo: abra uno con Nuevo fondo.</translation>
    </message>
    <message>
        <source>No time bank yet: open one with New time bank.</source>
        <translation>Aún no hay banco de tiempo: abra uno con Nuevo banco de tiempo.</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>Open &amp;person</source>
        <translation>Abrir &amp;persona</translation>
    </message>
    <message>
        <source>Open a fund first (New fund).</source>
        <translation>Abra primero un fondo (Nuevo fondo).</translation>
    </message>
    <message>
        <source>Open a time bank first (New time bank).</source>
        <translation>Abra primero un banco de tiempo (Nuevo banco de tiempo).</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Print &amp;names (only of members who agreed)</source>
        <translation>Imprimir los &amp;nombres (solo de los miembros que aceptaron)</translation>
    </message>
    <message>
        <source>Re&amp;verse</source>
        <translation>&amp;Anular</translation>
    </message>
    <message>
        <source>Record &amp;outcome…</source>
        <translation>Registrar el &amp;resultado…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Retaliation log</source>
        <translation>Registro de represalias</translation>
    </message>
    <message>
        <source>Reverse an entry</source>
        <translation>Anular un asiento</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Saved {path}{how}. It carries {what}.</source>
        <translation>Guardado {path}{how}. Contiene {what}.</translation>
    </message>
    <message>
        <source>Show &amp;done ones too</source>
        <translation>Mostrar también los &amp;hechos</translation>
    </message>
    <message>
        <source>The member left? Their account takes no new exchanges; its history is kept.</source>
        <translation>¿El miembro se fue? Su cuenta no admite nuevos intercambios; se conserva su historial.</translation>
    </message>
    <message>
        <source>The retaliation log names members and witnesses: it is saved only with a password (AES-256). Give the password to the lawyer separately.</source>
        <translation>El registro de represalias nombra a miembros y testigos: solo se guarda con contraseña (AES-256). Dé la contraseña al abogado por separado.</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was saved.</source>
        <translation>Las dos contraseñas no coinciden; no se guardó nada.</translation>
    </message>
    <message>
        <source>Time bank</source>
        <translation>Banco de tiempo</translation>
    </message>
    <message>
        <source>Time bank:</source>
        <translation>Banco de tiempo:</translation>
    </message>
    <message>
        <source>Time-bank accounts</source>
        <translation>Cuentas del banco de tiempo</translation>
    </message>
    <message>
        <source>Why is it corrected?</source>
        <translation>¿Por qué se corrige?</translation>
    </message>
    <message>
        <source>Witnesses: {w}</source>
        <translation>Testigos: {w}</translation>
    </message>
    <message>
        <source>Wrote {rows} to {path}.</source>
        <translation>Escritas {rows} en {path}.</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>un miembro</translation>
    </message>
    <message>
        <source>check-in overdue</source>
        <translation>seguimiento atrasado</translation>
    </message>
    <message>
        <source>check-ins overdue</source>
        <translation>seguimientos atrasados</translation>
    </message>
    <message>
        <source>no names: only what members agreed the assembly may see</source>
        <translation>sin nombres: solo lo que los miembros aceptaron que la asamblea vea</translation>
    </message>
    <message>
        <source>open need</source>
        <translation>necesidad abierta</translation>
    </message>
    <message>
        <source>open needs</source>
        <translation>necesidades abiertas</translation>
    </message>
    <message>
        <source>row</source>
        <translation>fila</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>filas</translation>
    </message>
    <message>
        <source>standing offer</source>
        <translation>oferta permanente</translation>
    </message>
    <message>
        <source>standing offers</source>
        <translation>ofertas permanentes</translation>
    </message>
    <message>
        <source>street or area</source>
        <translation>calle o zona</translation>
    </message>
    <message>
        <source>the member&apos;s name and the names of those they exchanged hours with</source>
        <translation>el nombre del miembro y los de quienes intercambiaron horas con él</translation>
    </message>
    <message>
        <source>the names of members targeted and of witnesses</source>
        <translation>los nombres de los miembros atacados y de los testigos</translation>
    </message>
    <message>
        <source>the names of members who agreed to be named</source>
        <translation>los nombres de los miembros que aceptaron ser nombrados</translation>
    </message>
    <message>
        <source>{kind} for {who}: {what}</source>
        <translation>{kind} para {who}: {what}</translation>
    </message>
</context>
<context>
    <name>NeedOfferForm</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Miembro:</translation>
    </message>
    <message>
        <source>&amp;Seen by:</source>
        <translation>&amp;Lo ve:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgencia:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Dónde:</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>(nadie nombrado)</translation>
    </message>
    <message>
        <source>(the member&apos;s area)</source>
        <translation>(el área del miembro)</translation>
    </message>
    <message>
        <source>Anonymous to the committee (nobody named at all)</source>
        <translation>Anónimo para el comité (sin nombrar a nadie)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Available &amp;from:</source>
        <translation>Disponible &amp;desde:</translation>
    </message>
    <message>
        <source>Available &amp;until:</source>
        <translation>Disponible &amp;hasta:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Needed &amp;by:</source>
        <translation>Necesaria &amp;antes del:</translation>
    </message>
    <message>
        <source>Needed &amp;from:</source>
        <translation>Necesaria &amp;desde:</translation>
    </message>
    <message>
        <source>New need</source>
        <translation>Nueva necesidad</translation>
    </message>
    <message>
        <source>New offer</source>
        <translation>Nueva oferta</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>&amp;Qué:</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>Qué se necesita</translation>
    </message>
    <message>
        <source>What is offered</source>
        <translation>Qué se ofrece</translation>
    </message>
    <message>
        <source>Who may see it</source>
        <translation>Quién puede verla</translation>
    </message>
</context>
<context>
    <name>OpenPanel</name>
    <message>
        <source>&amp;Open a vault…</source>
        <translation>&amp;Abrir una bóveda…</translation>
    </message>
    <message>
        <source>&amp;Recent vaults</source>
        <translation>Bóvedas &amp;recientes</translation>
    </message>
    <message>
        <source>No recent vaults on this computer yet.</source>
        <translation>Todavía no hay bóvedas recientes en esta computadora.</translation>
    </message>
    <message>
        <source>Open &amp;selected</source>
        <translation>Abrir la &amp;seleccionada</translation>
    </message>
    <message>
        <source>Open a vault (a folder ending in .forumkit)</source>
        <translation>Abrir una bóveda (una carpeta que termina en .forumkit)</translation>
    </message>
</context>
<context>
    <name>OutcomeForm</name>
    <message>
        <source>&amp;Done on:</source>
        <translation>&amp;Hecho el:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Hecho el</translation>
    </message>
    <message>
        <source>How did the check-in go?</source>
        <translation>¿Cómo fue el seguimiento?</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>C&amp;lose with this outcome</source>
        <translation>&amp;Cerrar con este resultado</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Cerrada.</translation>
    </message>
    <message>
        <source>Closed: {o} {d}</source>
        <translation>Cerrada: {o} {d}</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>Fe&amp;cha:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Re&amp;abrir</translation>
    </message>
    <message>
        <source>Reopened; its deadlines count again.</source>
        <translation>Reabierta; sus plazos vuelven a contar.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
</context>
<context>
    <name>PackForm</name>
    <message>
        <source>&amp;Forum:</source>
        <translation>&amp;Foro:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>C&amp;hart sheets:</source>
        <translation>&amp;Hojas de mapeo:</translation>
    </message>
    <message>
        <source>Chart sheets</source>
        <translation>Hojas de mapeo</translation>
    </message>
    <message>
        <source>Chart sheets show:</source>
        <translation>Las hojas de mapeo muestran:</translation>
    </message>
    <message>
        <source>Council &amp;meetings:</source>
        <translation>&amp;Reuniones del consejo:</translation>
    </message>
    <message>
        <source>Council meetings</source>
        <translation>Reuniones del consejo</translation>
    </message>
    <message>
        <source>Default: the forum&apos;s name</source>
        <translation>Por defecto: el nombre del foro</translation>
    </message>
    <message>
        <source>Figures &amp;as of:</source>
        <translation>Cifras &amp;a fecha de:</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>items: tick at least one council meeting or one chart sheet.</source>
        <translation>puntos: marca al menos una reunión del consejo o una hoja de mapeo.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Otra vez</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>Frase de contraseña &amp;actual</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Again: the two new passphrases differ. Type the same one twice.</source>
        <translation>Otra vez: las dos frases de contraseña nuevas no coinciden. Escribe la misma dos veces.</translation>
    </message>
    <message>
        <source>Backup files you wrote elsewhere still open with the old passphrase: delete them, or keep them as safe as it.</source>
        <translation>Los archivos de copia que guardaste en otros sitios todavía se abren con la frase de contraseña antigua: bórralos, o guárdalos con el mismo cuidado que ella.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Deriving the new key… about a second.</source>
        <translation>Derivando la clave nueva… alrededor de un segundo.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>Crear una nueva clave de recuperación</translation>
    </message>
    <message>
        <source>New passphrase: it is the current one. Choose another.</source>
        <translation>Nueva frase de contraseña: es la actual. Elige otra.</translation>
    </message>
    <message>
        <source>New passphrase: use at least {n} characters.</source>
        <translation>Nueva frase de contraseña: usa al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>Set a new passphrase</source>
        <translation>Poner una frase de contraseña nueva</translation>
    </message>
    <message numerus="yes">
        <source>The %n automatic backups, still under the old passphrase, are replaced by one made now. {elsewhere}</source>
        <translation>
            <numerusform>%n copia automática, todavía con la frase de contraseña antigua, se sustituye por una hecha ahora. {elsewhere}</numerusform>
            <numerusform>Las %n copias automáticas, todavía con la frase de contraseña antigua, se sustituyen por una hecha ahora. {elsewhere}</numerusform>
        </translation>
    </message>
    <message>
        <source>The automatic backups could not be renewed ({message}): those in the vault&apos;s backups folder still open with the old passphrase. {elsewhere}</source>
        <translation>No se pudieron renovar las copias automáticas ({message}): las de la carpeta de copias de la bóveda todavía se abren con la frase de contraseña antigua. {elsewhere}</translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Nothing was changed; try again.</source>
        <translation>La frase de contraseña actual es incorrecta. No se cambió nada; vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The new one is shown once: write it down or print it.</source>
        <translation>La nueva se muestra una sola vez: anótala o imprímela.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed (unexpected {kind}). Nothing was changed.</source>
        <translation>No se pudo cambiar la frase de contraseña (error inesperado {kind}). No se cambió nada.</translation>
    </message>
    <message>
        <source>The passphrase is changed. </source>
        <translation>La frase de contraseña está cambiada. </translation>
    </message>
    <message>
        <source>The recovery key was not accepted. Nothing was changed.</source>
        <translation>No se aceptó la clave de recuperación. No se cambió nada.</translation>
    </message>
    <message>
        <source>The recovery key you have now stops working at once.</source>
        <translation>La clave de recuperación que tienes ahora deja de funcionar en el acto.</translation>
    </message>
    <message>
        <source>The vault&apos;s data is not re-encrypted: only the passphrase that unlocks it changes. Backups made before today still open with the old passphrase.</source>
        <translation>Los datos de la bóveda no se vuelven a cifrar: solo cambia la frase de contraseña que la desbloquea. Las copias hechas antes de hoy se siguen abriendo con la frase antigua.</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Escribe la frase de contraseña actual.</translation>
    </message>
    <message>
        <source>You unlocked the vault with its recovery key. Set a new passphrase now, so that you can open it without the key next time. The recovery key keeps working.</source>
        <translation>Desbloqueaste la bóveda con su clave de recuperación. Pon ahora una frase de contraseña nueva, para poder abrirla sin la clave la próxima vez. La clave de recuperación sigue funcionando.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Otra vez:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Protect with a password</source>
        <translation>Proteger con contraseña</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Document preview</source>
        <translation>Vista previa del documento</translation>
    </message>
    <message>
        <source>The preview appears here.</source>
        <translation>La vista previa aparece aquí.</translation>
    </message>
</context>
<context>
    <name>PdfSave</name>
    <message>
        <source>Anyone who gets the file can read it.</source>
        <translation>Cualquiera que reciba el archivo puede leerlo.</translation>
    </message>
    <message>
        <source>Save a PDF with {what} without a password?</source>
        <translation>¿Guardar un PDF con {what} sin contraseña?</translation>
    </message>
    <message>
        <source>Tick &apos;Protect with a password&apos; to encrypt it.</source>
        <translation>Marca &apos;Proteger con contraseña&apos; para cifrarlo.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete person…</source>
        <translation>&amp;Borrar persona…</translation>
    </message>
    <message>
        <source>&amp;Log conversation…</source>
        <translation>&amp;Registrar conversación…</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Nueva persona</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <source>Add a workplace on the Map page first.</source>
        <translation>Añade primero un centro de trabajo en la página Mapa.</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Todas las áreas</translation>
    </message>
    <message>
        <source>Any assessment</source>
        <translation>Cualquier evaluación</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <source>Area filter</source>
        <translation>Filtro de área</translation>
    </message>
    <message>
        <source>Assessment filter</source>
        <translation>Filtro de evaluación</translation>
    </message>
    <message>
        <source>Committee filter</source>
        <translation>Filtro de comité</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>Filtro de idioma</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Search names, jobs, notes…</source>
        <translation>Nombres, puestos, notas…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Stale filter</source>
        <translation>Filtro de desactualización</translation>
    </message>
    <message>
        <source>The person you were editing was deleted while the vault was locked; your unsaved changes were dropped.</source>
        <translation>La persona que estabas editando se borró mientras la bóveda estaba bloqueada; se descartaron tus cambios sin guardar.</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Centro de trabajo</translation>
    </message>
    <message>
        <source>their assessment history</source>
        <translation>su historial de evaluaciones</translation>
    </message>
    <message>
        <source>their conversations and ties</source>
        <translation>sus conversaciones y vínculos</translation>
    </message>
    <message>
        <source>their details and notes</source>
        <translation>sus datos y notas</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>esta persona</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>leader</source>
        <translation>líder</translation>
    </message>
    <message>
        <source>unreached</source>
        <translation>sin alcanzar</translation>
    </message>
</context>
<context>
    <name>PersonField</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>PickContactDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Elige una persona</translation>
    </message>
    <message>
        <source>part of a name</source>
        <translation>parte de un nombre</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is not built yet. It will arrive in a later version; nothing here is stored or shown from your vault.</source>
        <translation>Esta página todavía no está hecha. Llegará en una versión posterior; aquí no se guarda ni se muestra nada de tu bóveda.</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>It adds: {fields}.</source>
        <translation>Añade: {fields}.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Revisar antes de importar</translation>
    </message>
    <message>
        <source>Checking {n} rows… nothing is written yet.</source>
        <translation>Revisando {n} filas… todavía no se escribe nada.</translation>
    </message>
    <message>
        <source>Import the good rows and skip the rejected (and unsettled) ones</source>
        <translation>Importar las filas correctas y omitir las rechazadas (y las no resueltas)</translation>
    </message>
    <message>
        <source>The dry run failed; nothing was changed. Go back and check the file and columns.</source>
        <translation>La simulación falló; no se cambió nada. Vuelve atrás y revisa el archivo y las columnas.</translation>
    </message>
    <message>
        <source>These rows are a person an earlier row names, but say something else. Choose which values to keep, or that they are two people:</source>
        <translation>Estas filas son una persona que ya nombra una fila anterior, pero dicen otra cosa. Elija qué valores conservar, o que son dos personas:</translation>
    </message>
    <message>
        <source>{add} to add, {upd} to update, {same} unchanged, {rej} rejected; {areas} new areas; {merged} merged into an earlier row of the same person, {conflicts} to choose.</source>
        <translation>{add} por añadir, {upd} por actualizar, {same} sin cambios, {rej} rechazadas; {areas} áreas nuevas; {merged} unidas a una fila anterior de la misma persona, {conflicts} por elegir.</translation>
    </message>
</context>
<context>
    <name>ProvenanceLabel</name>
    <message>
        <source>Reported by</source>
        <translation>Informado por</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <source>Recall &amp;motion:</source>
        <translation>&amp;Moción de revocación:</translation>
    </message>
    <message>
        <source>Recall the delegate</source>
        <translation>Revocar al delegado</translation>
    </message>
    <message>
        <source>Term &amp;ends on:</source>
        <translation>El mandato &amp;termina el:</translation>
    </message>
    <message>
        <source>That recall motion was not carried, so it cannot end the term: choose a carried recall motion.</source>
        <translation>Esa moción de revocación no se aprobó, así que no puede terminar el mandato: elige una moción de revocación aprobada.</translation>
    </message>
    <message>
        <source>The recall date is before the delegate&apos;s term started ({day}).</source>
        <translation>La fecha de revocación es anterior al inicio del mandato del delegado ({day}).</translation>
    </message>
    <message>
        <source>The recall date is before the meeting that voted the recall ({day}): choose that day or a later one.</source>
        <translation>La fecha de revocación es anterior a la reunión que votó la revocación ({day}): elige ese día o uno posterior.</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>Forum Kit recovery key

Vault: {vault_name}

{recovery_key}

Keep this page somewhere safe and away from the computer. Anyone holding it and the vault folder can open the vault.</source>
        <translation>Clave de recuperación de Forum Kit

Bóveda: {vault_name}

{recovery_key}

Guarda esta hoja en un lugar seguro y lejos de la computadora. Quien tenga esta hoja y la carpeta de la bóveda puede abrir la bóveda.</translation>
    </message>
    <message>
        <source>Save the recovery key page</source>
        <translation>Guardar la hoja de la clave de recuperación</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>&amp;Copy the key</source>
        <translation>&amp;Copiar la clave</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Copied. Paste it where you will write it down: the clipboard is cleared in 30 seconds.</source>
        <translation>Copiada. Pégala donde vayas a anotarla: el portapapeles se vacía en 30 segundos.</translation>
    </message>
    <message>
        <source>I have &amp;written it down or printed it</source>
        <translation>La he &amp;anotado o impreso</translation>
    </message>
    <message>
        <source>No printer is set up on this computer, so nothing was printed. Save the page as a PDF to print it elsewhere, or copy the key and write it down.</source>
        <translation>No hay ninguna impresora configurada en esta computadora, así que no se imprimió nada. Guarda la hoja como PDF para imprimirla en otro sitio, o copia la clave y anótala.</translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation>No se imprimió.</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Saved as a PDF. The file holds the key unencrypted: print it, then delete it (and empty the bin).</source>
        <translation>Guardada como PDF. El archivo contiene la clave sin cifrar: imprímelo y después bórralo (y vacía la papelera).</translation>
    </message>
    <message>
        <source>Sent to the printer. Check that the page came out, and keep it safe, before you tick the box.</source>
        <translation>Enviada a la impresora. Comprueba que la hoja salió, y guárdala bien, antes de marcar la casilla.</translation>
    </message>
    <message>
        <source>The PDF could not be written there. Choose another folder.</source>
        <translation>No se pudo escribir el PDF ahí. Elige otra carpeta.</translation>
    </message>
    <message>
        <source>The printer reported an error: the page may not have printed. Check the printer, or save the page as a PDF.</source>
        <translation>La impresora informó de un error: puede que la hoja no se haya impreso. Revisa la impresora, o guarda la hoja como PDF.</translation>
    </message>
    <message>
        <source>This recovery key opens the vault if you forget the passphrase. It is shown only now. Write it down or print it, and keep it away from the computer.</source>
        <translation>Esta clave de recuperación abre la bóveda si olvidas la frase de contraseña. Solo se muestra ahora. Anótala o imprímela, y guárdala lejos de la computadora.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
</context>
<context>
    <name>ReportBackModel</name>
    <message>
        <source>{vote} (not as mandated)</source>
        <translation>{vote} (no según el mandato)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>&amp;Delegate:</source>
        <translation>&amp;Delegado:</translation>
    </message>
    <message>
        <source>&amp;Mandate:</source>
        <translation>&amp;Mandato:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(no registrado)</translation>
    </message>
    <message>
        <source>Report back on the mandate</source>
        <translation>Rendir cuentas del mandato</translation>
    </message>
    <message>
        <source>Reported &amp;on:</source>
        <translation>Rendido &amp;el:</translation>
    </message>
    <message>
        <source>The delegate&apos;s notes (stay in this vault)</source>
        <translation>Las notas del delegado (se quedan en esta bóveda)</translation>
    </message>
    <message>
        <source>What the council decided</source>
        <translation>Lo que decidió el consejo</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source> (needs change {n})</source>
        <translation> (necesita el cambio {n})</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>&amp;Keep yours</source>
        <translation>&amp;Quedarse con lo suyo</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>Aceptar &amp;todo</translation>
    </message>
    <message>
        <source>Anyone who gets the file can read it.</source>
        <translation>Cualquiera que reciba el archivo puede leerlo.</translation>
    </message>
    <message>
        <source>Appl&amp;y decisions</source>
        <translation>Apl&amp;icar las decisiones</translation>
    </message>
    <message>
        <source>Change {n} cannot be applied: {why}. Decline it.</source>
        <translation>El cambio {n} no se puede aplicar: {why}. Recházelo.</translation>
    </message>
    <message>
        <source>Change {n} needs change {m}, which you declined.</source>
        <translation>El cambio {n} necesita el cambio {m}, que usted rechazó.</translation>
    </message>
    <message>
        <source>Changes applied: {a}; declined: {d}. Declined changes go back to the steward, marked declined, in their next copy.</source>
        <translation>Cambios aplicados: {a}; rechazados: {d}. Los cambios rechazados vuelven al delegado, marcados como rechazados, en su próxima copia.</translation>
    </message>
    <message>
        <source>Changes in the report</source>
        <translation>Cambios del informe</translation>
    </message>
    <message>
        <source>Decide every change first ({n} left).</source>
        <translation>Decida primero cada cambio (quedan {n}).</translation>
    </message>
    <message>
        <source>Decline all</source>
        <translation>Rechazar todo</translation>
    </message>
    <message>
        <source>Every change with its state, the three values and your decisions so far, on paper for the committee meeting</source>
        <translation>Cada cambio con su estado, los tres valores y sus decisiones hasta ahora, en papel para la reunión del comité</translation>
    </message>
    <message>
        <source>Report from {steward}, written {written}. Changes: {n}; conflicts: {conflicts}. Nothing is written until you apply your decisions.</source>
        <translation>Informe de {steward}, escrito el {written}. Cambios: {n}; conflictos: {conflicts}. No se escribe nada hasta que aplique sus decisiones.</translation>
    </message>
    <message>
        <source>Review a field report</source>
        <translation>Revisar un informe de campo</translation>
    </message>
    <message>
        <source>Review sheet saved: {path}</source>
        <translation>Hoja de revisión guardada: {path}</translation>
    </message>
    <message>
        <source>Save a PDF with coworkers&apos; full names without a password?</source>
        <translation>¿Guardar un PDF con nombres completos de compañeros sin contraseña?</translation>
    </message>
    <message>
        <source>Save review &amp;sheet (PDF)…</source>
        <translation>Guardar la &amp;hoja de revisión (PDF)…</translation>
    </message>
    <message>
        <source>Saving the review sheet…</source>
        <translation>Guardando la hoja de revisión…</translation>
    </message>
    <message>
        <source>Take the &amp;steward&apos;s</source>
        <translation>Tomar lo del &amp;delegado</translation>
    </message>
    <message>
        <source>The review sheet could not be saved. Check the folder and try again.</source>
        <translation>No se pudo guardar la hoja de revisión. Compruebe la carpeta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Values of the change</source>
        <translation>Valores del cambio</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Imported: {add} added, {upd} updated, {merged} merged, {skip} skipped.</source>
        <translation>Importado: {add} añadidas, {upd} actualizadas, {merged} unidas, {skip} omitidas.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Importing… the vault changes only when all rows are in.</source>
        <translation>Importando… la bóveda solo cambia cuando están todas las filas.</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed.</source>
        <translation>La importación falló y no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <source>%1 to %2 levels, strongest support at the top; ticked levels count as support (now: %3). Taking a level off the scale never changes its history: it reads as the level you choose.</source>
        <translation>De %1 a %2 niveles, el apoyo más fuerte arriba; los niveles marcados cuentan como apoyo (ahora: %3). Retirar un nivel de la escala nunca cambia su historial: se lee como el nivel que usted elija.</translation>
    </message>
    <message>
        <source>&amp;Add a level</source>
        <translation>&amp;Añadir un nivel</translation>
    </message>
    <message>
        <source>1 is the strongest opposition</source>
        <translation>1 es la oposición más fuerte</translation>
    </message>
    <message>
        <source>1 is the strongest support</source>
        <translation>1 es el apoyo más fuerte</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Counts as support</source>
        <translation>Cuenta como apoyo</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Label of level %1</source>
        <translation>Etiqueta del nivel %1</translation>
    </message>
    <message>
        <source>Label of unassessed</source>
        <translation>Etiqueta de sin evaluar</translation>
    </message>
    <message>
        <source>Meaning of level %1</source>
        <translation>Significado del nivel %1</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>N&amp;umbers:</source>
        <translation>N&amp;úmeros:</translation>
    </message>
    <message>
        <source>New level</source>
        <translation>Nuevo nivel</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Numeración</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Restituir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>What %1 reads as</source>
        <translation>Como qué se lee %1</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <source>its history reads as</source>
        <translation>su historial se lee como</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Nothing matches. Search looks at names, job titles, shifts, languages, notes, conversations, grievances and areas. Case and accents do not matter, and names can be typed in plain letters: lukasz finds Łukasz, strasse Straße, ivan Иван.</source>
        <translation>No hay coincidencias. La búsqueda mira nombres, puestos, turnos, idiomas, notas, conversaciones, quejas y áreas. Mayúsculas y acentos dan igual, y los nombres se pueden escribir con letras simples: lukasz encuentra Łukasz, strasse Straße, ivan Иван.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search is not available in this version yet.</source>
        <translation>La búsqueda todavía no está disponible en esta versión.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Still indexing the copy&apos;s one-on-one notes: some conversations may be missing. Search again in a moment.</source>
        <translation>Aún se indexan las notas de las conversaciones uno a uno de la copia: puede faltar alguna conversación. Busque de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Type in the search box and press Enter.</source>
        <translation>Escribe en la caja de búsqueda y pulsa Intro.</translation>
    </message>
    <message>
        <source>{n} found. Press Enter or double-click to open one.</source>
        <translation>{n} encontrados. Pulsa Intro o haz doble clic para abrir uno.</translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message numerus="yes">
        <source>%n checks failed: reinstall Forum Kit.</source>
        <translation>
            <numerusform>%n comprobación fallida: vuelva a instalar Forum Kit.</numerusform>
            <numerusform>%n comprobaciones fallidas: vuelva a instalar Forum Kit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything needed is in place.</source>
        <translation>Todo lo necesario está en su sitio.</translation>
    </message>
    <message>
        <source>Forum Kit self-check (Qt platform: {platform})</source>
        <translation>Autocomprobación de Forum Kit (plataforma Qt: {platform})</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>charts</source>
        <translation>gráficas</translation>
    </message>
    <message>
        <source>encryption</source>
        <translation>cifrado</translation>
    </message>
    <message>
        <source>licences</source>
        <translation>licencias</translation>
    </message>
    <message>
        <source>memory after a lock</source>
        <translation>memoria tras un bloqueo</translation>
    </message>
    <message>
        <source>no application icon in the resources folder</source>
        <translation>no hay icono de la aplicación en la carpeta de recursos</translation>
    </message>
    <message>
        <source>no licence texts in the resources folder</source>
        <translation>no hay textos de licencias en la carpeta de recursos</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>impresión</translation>
    </message>
    <message>
        <source>program files</source>
        <translation>archivos del programa</translation>
    </message>
    <message>
        <source>vault schema</source>
        <translation>esquema de la bóveda</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Setting &apos;{key}&apos; must be a {name}.</source>
        <translation>El ajuste &apos;{key}&apos; debe ser de tipo {name}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; must be at least {minimum}.</source>
        <translation>El ajuste &apos;{key}&apos; debe ser al menos {minimum}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; must be at most {maximum}.</source>
        <translation>El ajuste &apos;{key}&apos; debe ser como mucho {maximum}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; must be one of: {choices}.</source>
        <translation>El ajuste &apos;{key}&apos; debe ser uno de: {choices}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; needs a value.</source>
        <translation>El ajuste &apos;{key}&apos; necesita un valor.</translation>
    </message>
    <message>
        <source>Unknown setting &apos;{key}&apos;.</source>
        <translation>Ajuste desconocido &apos;{key}&apos;.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Lock after idle (minutes)</source>
        <translation>&amp;Bloquear tras inactividad (minutos)</translation>
    </message>
    <message>
        <source>&amp;Nobody</source>
        <translation>&amp;Nadie</translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation>(nadie elegido)</translation>
    </message>
    <message>
        <source>(none: ask each time)</source>
        <translation>(ninguno: preguntar cada vez)</translation>
    </message>
    <message>
        <source>A new language applies the next time Forum Kit starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se abra Forum Kit.</translation>
    </message>
    <message>
        <source>Assessment is &amp;stale after (days)</source>
        <translation>La evaluación queda &amp;desactualizada tras (días)</translation>
    </message>
    <message>
        <source>Assessment scale</source>
        <translation>Escala de evaluación</translation>
    </message>
    <message>
        <source>Automatic &amp;backup every (hours)</source>
        <translation>Copia &amp;automática cada (horas)</translation>
    </message>
    <message>
        <source>Automatic backups &amp;kept</source>
        <translation>Copias automáticas &amp;conservadas</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>Deadline is &amp;due soon within (working days)</source>
        <translation>El plazo &amp;vence pronto dentro de (días laborables)</translation>
    </message>
    <message>
        <source>Default &amp;workplace</source>
        <translation>Centro de &amp;trabajo predeterminado</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Make a new &amp;recovery key…</source>
        <translation>Crear una nueva &amp;clave de recuperación…</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Predeterminado del sistema ({language})</translation>
    </message>
    <message>
        <source>The person in this vault who uses it: preselected as who talked in a one-on-one, and recorded as who made an assessment.</source>
        <translation>La persona de esta bóveda que la usa: preseleccionada como quien habló en un uno a uno, y registrada como quien hizo una evaluación.</translation>
    </message>
    <message>
        <source>The scale cannot be edited yet.</source>
        <translation>La escala todavía no se puede editar.</translation>
    </message>
    <message>
        <source>Vault and me</source>
        <translation>La bóveda y yo</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Unknown setting &apos;{key}&apos;.</source>
        <translation>Ajuste desconocido &apos;{key}&apos;.</translation>
    </message>
</context>
<context>
    <name>SmallNumbers</name>
    <message>
        <source>at least {n}</source>
        <translation>al menos {n}</translation>
    </message>
    <message>
        <source>fewer than {n}</source>
        <translation>menos de {n}</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <source>A&amp;ppeal to next step…</source>
        <translation>A&amp;pelar al siguiente paso…</translation>
    </message>
    <message>
        <source>Add e&amp;xtension…</source>
        <translation>Añadir &amp;prórroga…</translation>
    </message>
    <message>
        <source>Appeal filed on:</source>
        <translation>Apelación presentada el:</translation>
    </message>
    <message>
        <source>Appeal to the next step</source>
        <translation>Apelar al siguiente paso</translation>
    </message>
    <message>
        <source>Appealed; deadlines recomputed from the contract.</source>
        <translation>Apelada; plazos recalculados según el convenio.</translation>
    </message>
    <message>
        <source>Current step: {step} (contract: {contract})</source>
        <translation>Paso actual: {step} (convenio: {contract})</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Employer&apos;s answer deadline</source>
        <translation>Plazo de respuesta de la empresa</translation>
    </message>
    <message>
        <source>Extension recorded; the deadline moved.</source>
        <translation>Prórroga registrada; el plazo cambió.</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Prórrogas</translation>
    </message>
    <message>
        <source>Filing / appeal deadline</source>
        <translation>Plazo de presentación / apelación</translation>
    </message>
    <message>
        <source>Open deadlines</source>
        <translation>Plazos abiertos</translation>
    </message>
    <message>
        <source>Record &amp;answer…</source>
        <translation>Registrar &amp;respuesta…</translation>
    </message>
    <message>
        <source>Record &amp;filing…</source>
        <translation>Registrar &amp;presentación…</translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation>Registrar respuesta</translation>
    </message>
    <message>
        <source>Record filing</source>
        <translation>Registrar presentación</translation>
    </message>
    <message>
        <source>Recorded; deadlines recomputed.</source>
        <translation>Registrado; plazos recalculados.</translation>
    </message>
    <message>
        <source>Step history</source>
        <translation>Historial de pasos</translation>
    </message>
    <message>
        <source>Written extensions</source>
        <translation>Prórrogas por escrito</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>It contains common words, keyboard runs or repeated characters.</source>
        <translation>Contiene palabras comunes, secuencias del teclado o caracteres repetidos.</translation>
    </message>
    <message>
        <source>It uses only a few different characters.</source>
        <translation>Usa solo unos pocos caracteres distintos.</translation>
    </message>
    <message>
        <source>Long and varied.</source>
        <translation>Larga y variada.</translation>
    </message>
    <message>
        <source>Too short: use at least {n} characters.</source>
        <translation>Demasiado corta: usa al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Escribe una frase de contraseña.</translation>
    </message>
    <message>
        <source>Use several unrelated words, or mix letters, digits and symbols.</source>
        <translation>Usa varias palabras sin relación, o mezcla letras, cifras y símbolos.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Use at least 12 characters; four or more unrelated words are easy to remember and hard to guess.</source>
        <translation>Usa al menos 12 caracteres; cuatro o más palabras sin relación son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
</context>
<context>
    <name>StrengthWords</name>
    <message numerus="yes">
        <source>%n unrelated words; each extra word makes it much stronger.</source>
        <translation>
            <numerusform>%n palabra sin relación; cada palabra más la hace mucho más fuerte.</numerusform>
            <numerusform>%n palabras sin relación; cada palabra más la hace mucho más fuerte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StructureTestDialog</name>
    <message>
        <source>Structure tests</source>
        <translation>Pruebas de estructura</translation>
    </message>
</context>
<context>
    <name>StructureTestLists</name>
    <message>
        <source>below</source>
        <translation>por debajo</translation>
    </message>
    <message>
        <source>meets it</source>
        <translation>lo alcanza</translation>
    </message>
</context>
<context>
    <name>StructureTestPanel</name>
    <message>
        <source>&amp;Create test</source>
        <translation>&amp;Crear prueba</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Termina:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Empieza:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Area to record</source>
        <translation>Área a registrar</translation>
    </message>
    <message>
        <source>Create a test to start recording.</source>
        <translation>Crea una prueba para empezar a registrar.</translation>
    </message>
    <message>
        <source>Keys: P participated · A asked · R refused (moves to the next person).</source>
        <translation>Teclas: P participó · A se le pidió · R se negó (pasa a la siguiente persona).</translation>
    </message>
    <message>
        <source>New structure test</source>
        <translation>Nueva prueba de estructura</translation>
    </message>
    <message>
        <source>People asked</source>
        <translation>Personas a las que se pidió</translation>
    </message>
    <message>
        <source>Record in &amp;area:</source>
        <translation>Registrar en el &amp;área:</translation>
    </message>
    <message>
        <source>Results by area</source>
        <translation>Resultados por área</translation>
    </message>
    <message>
        <source>Structure tests</source>
        <translation>Pruebas de estructura</translation>
    </message>
    <message>
        <source>T&amp;hreshold:</source>
        <translation>&amp;Umbral:</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Whole workplace</source>
        <translation>Todo el centro de trabajo</translation>
    </message>
    <message>
        <source>below the threshold</source>
        <translation>por debajo del umbral</translation>
    </message>
    <message>
        <source>meets the threshold</source>
        <translation>alcanza el umbral</translation>
    </message>
    <message>
        <source>{name}: {p} of {n} participated ({pct:.0f} %), threshold {t} % — {verdict}</source>
        <translation>{name}: participaron {p} de {n} ({pct:.0f} %), umbral {t} % — {verdict}</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Fill in the form first.</source>
        <translation>Rellena primero el formulario.</translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <source>, decided {how}</source>
        <translation>, decidido {how}</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source> Not saved yet.</source>
        <translation> Aún sin guardar.</translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation>&amp;Convenio:</translation>
    </message>
    <message>
        <source>&amp;Insert field</source>
        <translation>&amp;Insertar campo</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Carta:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Back to the &amp;default…</source>
        <translation>Volver al texto &amp;predeterminado…</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Fields are filled from the case when a letter is made. Write {{ and }} for a brace.</source>
        <translation>Los campos se rellenan con los datos de la queja al hacer una carta. Escriba {{ y }} para una llave.</translation>
    </message>
    <message>
        <source>Letter te&amp;xt:</source>
        <translation>Te&amp;xto de la carta:</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Plantillas de cartas</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Texto de la carta</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>As&amp;unto:</translation>
    </message>
    <message>
        <source>Saved: letters of this kind under this contract use it now.</source>
        <translation>Guardado: las cartas de este tipo con este convenio lo usan a partir de ahora.</translation>
    </message>
    <message>
        <source>Set up a contract first (“Contract…” on the Grievances page).</source>
        <translation>Primero configure un convenio («Convenio…» en la página Quejas).</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>The default wording</source>
        <translation>El texto predeterminado</translation>
    </message>
    <message>
        <source>This contract&apos;s own wording</source>
        <translation>El texto propio de este convenio</translation>
    </message>
    <message>
        <source>the default wording is used again</source>
        <translation>se vuelve a usar el texto predeterminado</translation>
    </message>
    <message>
        <source>the subject and text typed since the last save</source>
        <translation>el asunto y el texto escritos desde la última vez que se guardó</translation>
    </message>
    <message>
        <source>this contract&apos;s own wording of this letter</source>
        <translation>el texto propio de este convenio para esta carta</translation>
    </message>
    <message>
        <source>your changes to this template</source>
        <translation>sus cambios en esta plantilla</translation>
    </message>
    <message>
        <source>✓ Every field is known.</source>
        <translation>✓ Se conocen todos los campos.</translation>
    </message>
</context>
<context>
    <name>TileMap</name>
    <message>
        <source>Committee: </source>
        <translation>Comité: </translation>
    </message>
    <message>
        <source>No areas yet: add them beside the picture.</source>
        <translation>Aún no hay áreas: añádalas junto al dibujo.</translation>
    </message>
    <message>
        <source>Organic leaders: </source>
        <translation>Líderes naturales: </translation>
    </message>
    <message>
        <source>Picture of the workplace</source>
        <translation>Dibujo del centro de trabajo</translation>
    </message>
    <message>
        <source>Zone: </source>
        <translation>Zona: </translation>
    </message>
    <message>
        <source>blue lines: ties between areas (how many)</source>
        <translation>líneas azules: lazos entre áreas (cuántos)</translation>
    </message>
    <message>
        <source>green border: free zone, red dashes: danger zone</source>
        <translation>borde verde: zona libre, trazos rojos: zona de peligro</translation>
    </message>
    <message>
        <source>hatched: committee below 1 in 10</source>
        <translation>rayado: comité por debajo de 1 de cada 10</translation>
    </message>
    <message>
        <source>no one mapped</source>
        <translation>nadie en el mapa</translation>
    </message>
    <message>
        <source>★ an organic leader</source>
        <translation>★ un líder natural</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>&amp;Body in this vault:</source>
        <translation>&amp;Órgano en esta bóveda:</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>&amp;Tarjeta:</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;Huella:</translation>
    </message>
    <message>
        <source>&amp;Is a:</source>
        <translation>&amp;Es un:</translation>
    </message>
    <message>
        <source>&amp;Name here:</source>
        <translation>&amp;Nombre aquí:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Leave empty to use the card&apos;s name</source>
        <translation>Déjalo vacío para usar el nombre de la tarjeta</translation>
    </message>
    <message>
        <source>Paste the card: &apos;Forum Kit public key card v1&apos; …</source>
        <translation>Pega la tarjeta: &apos;Forum Kit public key card v1&apos; …</translation>
    </message>
    <message>
        <source>Trust a key card</source>
        <translation>Confiar en una tarjeta de clave</translation>
    </message>
    <message>
        <source>Type the fingerprint you compared</source>
        <translation>Escribe la huella que comparasteis</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>Not enough memory to derive the key. Close other programs and try again.</source>
        <translation>No hay memoria suficiente para derivar la clave. Cierra otros programas y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The vault could not be opened (unexpected {name}). Nothing was changed.</source>
        <translation>No se pudo abrir la bóveda (error inesperado {name}). No se cambió nada.</translation>
    </message>
    <message>
        <source>Wrong passphrase — try again</source>
        <translation>Frase de contraseña incorrecta: inténtalo de nuevo</translation>
    </message>
    <message>
        <source>Wrong recovery key — try again</source>
        <translation>Clave de recuperación incorrecta: inténtalo de nuevo</translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>Clave de &amp;recuperación</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Demo vault: the passphrase is &apos;{p}&apos;</source>
        <translation>Bóveda de demostración: la frase de contraseña es &apos;{p}&apos;</translation>
    </message>
    <message>
        <source>Deriving the key… this takes about a second.</source>
        <translation>Derivando la clave… tarda alrededor de un segundo.</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Escribe antes la frase de contraseña.</translation>
    </message>
    <message>
        <source>Unlock “{name}”</source>
        <translation>Desbloquear “{name}”</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation>Usar la clave de &amp;recuperación en su lugar</translation>
    </message>
</context>
<context>
    <name>VoteTally</name>
    <message>
        <source>For</source>
        <comment>votes for a motion</comment>
        <translation>A favor</translation>
    </message>
</context>
<context>
    <name>WalkthroughDialog</name>
    <message>
        <source>&amp;Area name:</source>
        <translation>&amp;Nombre del área:</translation>
    </message>
    <message>
        <source>&amp;Bring in a chart…</source>
        <translation>&amp;Importar un mapeo…</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Save and continue</source>
        <translation>&amp;Guardar y continuar</translation>
    </message>
    <message>
        <source>&amp;Save the one-on-one</source>
        <translation>&amp;Guardar el uno a uno</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>Centro de &amp;trabajo:</translation>
    </message>
    <message>
        <source>1. Your workplace</source>
        <translation>1. Tu centro de trabajo</translation>
    </message>
    <message>
        <source>2. Your first area</source>
        <translation>2. Tu primera área</translation>
    </message>
    <message>
        <source>3. The first people</source>
        <translation>3. Las primeras personas</translation>
    </message>
    <message>
        <source>4. Your first one-on-one</source>
        <translation>4. Tu primera conversación uno a uno</translation>
    </message>
    <message>
        <source>A new workplace</source>
        <translation>Un centro de trabajo nuevo</translation>
    </message>
    <message>
        <source>A&amp;dd this person</source>
        <translation>&amp;Añadir a esta persona</translation>
    </message>
    <message>
        <source>Add at least one person, or bring in a chart.</source>
        <translation>Añade al menos una persona o importa un mapeo.</translation>
    </message>
    <message>
        <source>Add the coworkers you know, one by one, with their &lt;b&gt;personal&lt;/b&gt; phone (never a work one) and where you think they stand. Or bring in a chart you already keep as a spreadsheet (CSV, XLSX or ODS): the import shows every row before it writes.</source>
        <translation>Añade a los compañeros que conoces, de uno en uno, con su teléfono &lt;b&gt;personal&lt;/b&gt; (nunca el del trabajo) y dónde crees que están. O importa un mapeo que ya lleves en una hoja de cálculo (CSV, XLSX u ODS): la importación muestra cada fila antes de escribir nada.</translation>
    </message>
    <message>
        <source>Assess&amp;ment:</source>
        <translation>Evalua&amp;ción:</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Four short steps set up your chart, each saved as soon as you do it:&lt;ol&gt;&lt;li&gt;your &lt;b&gt;workplace&lt;/b&gt;;&lt;/li&gt;&lt;li&gt;your first &lt;b&gt;area&lt;/b&gt; (a department, line, shift or ward);&lt;/li&gt;&lt;li&gt;the first &lt;b&gt;people&lt;/b&gt;, typed in or brought in from a chart you already keep;&lt;/li&gt;&lt;li&gt;your first &lt;b&gt;one-on-one&lt;/b&gt;, the AEIOU way.&lt;/li&gt;&lt;/ol&gt;Skip it whenever you like: what you saved stays. Press F1 on any page for its part of the guide.&lt;br&gt;&lt;br&gt;Before the first name: coworkers&apos; jobs can depend on this chart. Keep it on your own computer, never on the employer&apos;s, and read &lt;b&gt;Safety first&lt;/b&gt; (Help menu).</source>
        <translation>Cuatro pasos cortos ponen en marcha tu mapeo, y cada uno se guarda en cuanto lo haces:&lt;ol&gt;&lt;li&gt;tu &lt;b&gt;centro de trabajo&lt;/b&gt;;&lt;/li&gt;&lt;li&gt;tu primera &lt;b&gt;área&lt;/b&gt; (un departamento, una línea, un turno o una planta);&lt;/li&gt;&lt;li&gt;las primeras &lt;b&gt;personas&lt;/b&gt;, escritas a mano o importadas de un mapeo que ya lleves;&lt;/li&gt;&lt;li&gt;tu primera &lt;b&gt;conversación uno a uno&lt;/b&gt;, al estilo AEIOU.&lt;/li&gt;&lt;/ol&gt;Sáltatelo cuando quieras: lo que guardaste se queda. Pulsa F1 en cualquier página para ver su parte de la guía.&lt;br&gt;&lt;br&gt;Antes del primer nombre: el empleo de tus compañeros puede depender de este mapeo. Guárdalo en tu propia computadora, nunca en la de la empresa, y lee &lt;b&gt;La seguridad primero&lt;/b&gt; (menú Ayuda).</translation>
    </message>
    <message>
        <source>Log a conversation you had: what they are angry about (&lt;b&gt;Agitate&lt;/b&gt;), what would fix it and who decides (&lt;b&gt;Educate&lt;/b&gt;), what the boss will do next (&lt;b&gt;Inoculate&lt;/b&gt;), the &lt;b&gt;ask&lt;/b&gt; and their &lt;b&gt;answer&lt;/b&gt;, how they connect to the group (&lt;b&gt;Unite&lt;/b&gt;), and where they stand now.</source>
        <translation>Registra una conversación que tuviste: qué le indigna (&lt;b&gt;Agitar&lt;/b&gt;), qué lo arreglaría y quién decide (&lt;b&gt;Educar&lt;/b&gt;), qué hará después el jefe (&lt;b&gt;Inocular&lt;/b&gt;), la &lt;b&gt;petición&lt;/b&gt; y su &lt;b&gt;respuesta&lt;/b&gt;, cómo se une al grupo (&lt;b&gt;Unir&lt;/b&gt;) y dónde está ahora.</translation>
    </message>
    <message>
        <source>Map the workplace as its workers know it: a department, a line, a shift, a ward. Start with the area you work in; on the Map, &lt;b&gt;Add below&lt;/b&gt; goes deeper (department, then line, then shift).</source>
        <translation>Mapea el centro de trabajo como lo conocen quienes trabajan en él: un departamento, una línea, un turno, una planta. Empieza por el área en la que trabajas; en el Mapa, &lt;b&gt;Añadir debajo&lt;/b&gt; baja un nivel (departamento, luego línea, luego turno).</translation>
    </message>
    <message>
        <source>Next: map the other areas on the &lt;b&gt;Map&lt;/b&gt;, read &lt;b&gt;Safety first&lt;/b&gt; in the guide (Help), and keep talking: each one-on-one you log moves the Map&apos;s figures.</source>
        <translation>Ahora: mapea las demás áreas en el &lt;b&gt;Mapa&lt;/b&gt;, lee &lt;b&gt;La seguridad primero&lt;/b&gt; en la guía (Ayuda) y sigue hablando: cada conversación uno a uno que registras mueve las cifras del Mapa.</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Todavía sin evaluar</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>People in this workplace</source>
        <translation>Personas de este centro de trabajo</translation>
    </message>
    <message numerus="yes">
        <source>People in this workplace so far: %n</source>
        <translation>
            <numerusform>Personas de este centro de trabajo hasta ahora: %n</numerusform>
            <numerusform>Personas de este centro de trabajo hasta ahora: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: a workplace, an area, %n person(s) and a one-on-one.</source>
        <translation>
            <numerusform>Guardado: un centro de trabajo, un área, %n persona y una conversación uno a uno.</numerusform>
            <numerusform>Guardado: un centro de trabajo, un área, %n personas y una conversación uno a uno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ski&amp;p the walk-through</source>
        <translation>&amp;Saltar el recorrido</translation>
    </message>
    <message numerus="yes">
        <source>Step %n of 4</source>
        <translation>
            <numerusform>Paso %n de 4</numerusform>
            <numerusform>Paso %n de 4</numerusform>
        </translation>
    </message>
    <message>
        <source>The site you organise: a depot, a hospital, a call centre. The Map shows one workplace at a time; add others later with &lt;b&gt;Add workplace&lt;/b&gt;.</source>
        <translation>El lugar que organizas: un almacén, un hospital, un centro de llamadas. El Mapa muestra un centro de trabajo cada vez; añade otros más tarde con &lt;b&gt;Añadir centro de trabajo&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Welcome to your new vault</source>
        <translation>Te damos la bienvenida a tu nueva bóveda</translation>
    </message>
    <message>
        <source>What you saved stays; the walk-through is not offered again (Help &gt; First steps opens it).</source>
        <translation>Lo que guardaste se queda; el recorrido no se vuelve a ofrecer (Ayuda &gt; Primeros pasos lo abre).</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Centro de trabajo</translation>
    </message>
    <message>
        <source>Your chart has begun</source>
        <translation>Tu mapeo ya está en marcha</translation>
    </message>
    <message>
        <source>e.g. Loading bay</source>
        <translation>p. ej. Muelle de carga</translation>
    </message>
    <message>
        <source>e.g. Parcelco Ltd (optional)</source>
        <translation>p. ej. Paquetería S.A. (opcional)</translation>
    </message>
    <message>
        <source>e.g. Riverside depot</source>
        <translation>p. ej. Almacén Ribera</translation>
    </message>
    <message>
        <source>e.g. department, line, shift, ward</source>
        <translation>p. ej. departamento, línea, turno, planta</translation>
    </message>
    <message>
        <source>personal phone (optional)</source>
        <translation>teléfono personal (opcional)</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>This folder is synced by {service}. The vault stays encrypted, but the synced copy leaves this computer, and pages deleted from it may persist in the service&apos;s file history. Use a folder that is not synced unless you mean this.</source>
        <translation>Esta carpeta la sincroniza {service}. La bóveda sigue cifrada, pero la copia sincronizada sale de esta computadora, y las páginas borradas pueden quedar en el historial de archivos del servicio. Usa una carpeta que no se sincronice, salvo que sea eso lo que quieres.</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Create new</source>
        <translation>Crear nueva</translation>
    </message>
    <message>
        <source>Creating the vault and deriving its keys…</source>
        <translation>Creando la bóveda y derivando sus claves…</translation>
    </message>
    <message>
        <source>Forum Kit</source>
        <translation>Forum Kit</translation>
    </message>
    <message>
        <source>Made-up people in many languages, to look around safely.</source>
        <translation>Personas inventadas en muchos idiomas, para mirar sin riesgo.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Try the &amp;demo vault</source>
        <translation>Probar la bóveda de &amp;demostración</translation>
    </message>
    <message>
        <source>Your organising records, encrypted on this computer.</source>
        <translation>Tus registros de organización, cifrados en esta computadora.</translation>
    </message>
</context>
<context>
    <name>WordsBox</name>
    <message>
        <source>Forum Kit has no leaflet words in &apos;{code}&apos; yet. Write each one in that language (missing: {n}).</source>
        <translation>Forum Kit todavía no tiene las palabras del volante en &apos;{code}&apos;. Escribe cada una en ese idioma (faltan: {n}).</translation>
    </message>
    <message>
        <source>The words printed besides yours; change any of them.</source>
        <translation>Las palabras que se imprimen junto a las tuyas; cambia las que quieras.</translation>
    </message>
</context>
</TS>
