<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source> — 1:10 target</source>
        <translation> — meta 1:10</translation>
    </message>
    <message>
        <source>&amp;Agitate</source>
        <translation>&amp;Agitar</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contato:</translation>
    </message>
    <message>
        <source>&amp;Demands:</source>
        <translation>&amp;Reivindicações:</translation>
    </message>
    <message>
        <source>&amp;Educate</source>
        <translation>&amp;Educar</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Manchete:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Paragraphs:</source>
        <translation>&amp;Parágrafos:</translation>
    </message>
    <message>
        <source>&amp;Participated</source>
        <translation>&amp;Participou</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planejar</translation>
    </message>
    <message>
        <source>&amp;Refused</source>
        <translation>&amp;Recusou</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>&amp;Unite</source>
        <translation>&amp;Unir</translation>
    </message>
    <message>
        <source>&amp;Visual:</source>
        <translation>&amp;Imagem:</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(não registrado)</translation>
    </message>
    <message>
        <source>1 per sheet</source>
        <translation>1 por folha</translation>
    </message>
    <message>
        <source>1:10 target</source>
        <translation>meta 1:10</translation>
    </message>
    <message>
        <source>1:1s (90 d)</source>
        <translation>Um a um (90 d)</translation>
    </message>
    <message>
        <source>1:1s, 90 days</source>
        <translation>Conversas individuais, 90 dias</translation>
    </message>
    <message>
        <source>2 per sheet (handbills)</source>
        <translation>2 por folha (panfletinhos)</translation>
    </message>
    <message>
        <source>4 per sheet (handbills)</source>
        <translation>4 por folha (panfletinhos)</translation>
    </message>
    <message>
        <source>A grievance deadline this many working days away or fewer counts as due soon.</source>
        <translation>Um prazo de reclamação a este número de dias úteis ou menos conta como próximo do vencimento.</translation>
    </message>
    <message>
        <source>A&amp;nswer</source>
        <translation>Res&amp;posta</translation>
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
        <translation>Abstenção</translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation>Absteve-se</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contra</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Item de pauta</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Acordado em</translation>
    </message>
    <message>
        <source>Agreed with</source>
        <translation>Acordado com</translation>
    </message>
    <message>
        <source>Alternate</source>
        <translation>Suplente</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>An assessment older than this many days counts as stale.</source>
        <translation>Uma avaliação com mais dias do que este conta como desatualizada.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Answer days</source>
        <translation>Dias para resposta</translation>
    </message>
    <message>
        <source>Answer unit</source>
        <translation>Unidade da resposta</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Respondida por</translation>
    </message>
    <message>
        <source>Any assessment date</source>
        <translation>Qualquer data de avaliação</translation>
    </message>
    <message>
        <source>Any committee role</source>
        <translation>Qualquer papel na comissão</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Setores</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Em</translation>
    </message>
    <message>
        <source>As&amp;k</source>
        <translation>&amp;Pedir</translation>
    </message>
    <message>
        <source>As&amp;ked</source>
        <translation>&amp;Foi pedido</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Foi pedido</translation>
    </message>
    <message>
        <source>Asked, no answer</source>
        <translation>Foi pedido, sem resposta</translation>
    </message>
    <message>
        <source>Assemblies</source>
        <translation>Assembleias</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Avaliados</translation>
    </message>
    <message>
        <source>Assessed %</source>
        <translation>% avaliados</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Presentes</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Pasta de informes</translation>
    </message>
    <message>
        <source>Button / sticker day</source>
        <translation>Dia de bottons / adesivos</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>C or CH</source>
        <translation>C ou CH</translation>
    </message>
    <message>
        <source>Call to action, &amp;what:</source>
        <translation>Chamada para a ação, &amp;o quê:</translation>
    </message>
    <message>
        <source>Call to action, what:</source>
        <translation>Chamada para a ação, o quê:</translation>
    </message>
    <message>
        <source>Card signed</source>
        <translation>Ficha assinada</translation>
    </message>
    <message>
        <source>Carried</source>
        <translation>Aprovada</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>Cumprido</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Cases by month: opened, closed, open at the month&apos;s end</source>
        <translation>Casos por mês: abertos, encerrados e abertos no fim do mês</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Alterações</translation>
    </message>
    <message>
        <source>Chart sheet</source>
        <translation>Folha de mapeamento</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerrada</translation>
    </message>
    <message>
        <source>Collection (money in)</source>
        <translation>Coleta (entrada)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comissão</translation>
    </message>
    <message>
        <source>Committee (C)</source>
        <translation>Comissão (C)</translation>
    </message>
    <message>
        <source>Committee helper (CH)</source>
        <translation>Colaborador da comissão (CH)</translation>
    </message>
    <message>
        <source>Committee member (C)</source>
        <translation>Membro da comissão (C)</translation>
    </message>
    <message>
        <source>Committee members (◆ 1:10 target)</source>
        <translation>Membros da comissão (◆ meta 1:10)</translation>
    </message>
    <message>
        <source>Committee target</source>
        <translation>Meta da comissão</translation>
    </message>
    <message>
        <source>Confirmed by both</source>
        <translation>Confirmado por ambos</translation>
    </message>
    <message>
        <source>Confirmed by the giver only (waits)</source>
        <translation>Confirmado só por quem dá (aguardando)</translation>
    </message>
    <message>
        <source>Confirmed by the receiver only (waits)</source>
        <translation>Confirmado só por quem recebe (aguardando)</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Contract article</source>
        <translation>Artigo do acordo coletivo</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Cópia</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Conselho</translation>
    </message>
    <message>
        <source>Council meeting</source>
        <translation>Reunião do conselho</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Contado a partir de</translation>
    </message>
    <message>
        <source>Counts from</source>
        <translation>Conta a partir de</translation>
    </message>
    <message>
        <source>Counts from: incident, knew of it (the first step); filed, answer received, answer due (appeals to a later step). Separate with commas.</source>
        <translation>Conta a partir de: incidente, ciência do fato (a primeira etapa); apresentação, resposta recebida, vencimento da resposta (recursos a uma etapa posterior). Separe com vírgulas.</translation>
    </message>
    <message>
        <source>DUE SOON</source>
        <translation>VENCE EM BREVE</translation>
    </message>
    <message>
        <source>DUE TODAY</source>
        <translation>VENCE HOJE</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dias</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Dealt with</source>
        <translation>Resolvido</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Recusada</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegado</translation>
    </message>
    <message>
        <source>Delegate briefing</source>
        <translation>Informe para o delegado</translation>
    </message>
    <message>
        <source>Demands:</source>
        <translation>Reivindicações:</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Punição disciplinar</translation>
    </message>
    <message>
        <source>Discipline / discharge</source>
        <translation>Advertência / demissão</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Donation (money in)</source>
        <translation>Doação (entrada)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Due today or overdue</source>
        <translation>Vencem hoje ou já vencidos</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Vencem em até 30 dias</translation>
    </message>
    <message>
        <source>Due within a week</source>
        <translation>Vencem em até uma semana</translation>
    </message>
    <message>
        <source>Due within a year</source>
        <translation>Vencem em até um ano</translation>
    </message>
    <message>
        <source>Dues (money in)</source>
        <translation>Mensalidades (entrada)</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Eleição</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Entered by the committee</source>
        <translation>Lançado pela comissão</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Lançamento</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Every grievance with its step, its next deadline counted from the contract, and the fact sheet to print for the meeting.</source>
        <translation>Cada reclamação com sua etapa, seu próximo prazo contado pelo acordo coletivo e a ficha de fatos para imprimir para a reunião.</translation>
    </message>
    <message>
        <source>Everyone at the workplace: who they are, where they work, how they were assessed and when someone last talked to them.</source>
        <translation>Todas as pessoas do local de trabalho: quem são, onde trabalham, como foram avaliadas e quando alguém conversou com elas pela última vez.</translation>
    </message>
    <message>
        <source>Eviction notice</source>
        <translation>Aviso de despejo</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Provas</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemplo</translation>
    </message>
    <message>
        <source>Expense (money out)</source>
        <translation>Despesa (saída)</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>FT/PT</source>
        <translation>TI/TP</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Figure to hold</source>
        <translation>Número a defender</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>File/appeal days</source>
        <translation>Dias para apresentar/recorrer</translation>
    </message>
    <message>
        <source>Filed / appealed</source>
        <translation>Apresentada / recorrida</translation>
    </message>
    <message>
        <source>Filing / appeal</source>
        <translation>Apresentação / recurso</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Impressão digital</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>Demissão</translation>
    </message>
    <message>
        <source>First filed</source>
        <translation>Primeira apresentação</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Acompanhar</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Acompanhamentos pendentes</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Fórum</translation>
    </message>
    <message>
        <source>Forum Kit bundles, agendas and decisions (*.fkbundle *.fkagenda *.fkdecisions);;All files (*)</source>
        <translation>Pacotes, pautas e decisões do Forum Kit (*.fkbundle *.fkagenda *.fkdecisions);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Forum or council</source>
        <translation>Fórum ou conselho</translation>
    </message>
    <message>
        <source>Forums</source>
        <translation>Fóruns</translation>
    </message>
    <message>
        <source>Forums and councils: meetings, motions, mandates and the delegates who carry them, with their report-backs.</source>
        <translation>Fóruns e conselhos: reuniões, moções, mandatos e os delegados que os levam, com suas prestações de contas.</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Livre</translation>
    </message>
    <message>
        <source>Free vote</source>
        <translation>Voto livre</translation>
    </message>
    <message>
        <source>Fresh</source>
        <translation>Atualizada</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Full names</source>
        <translation>Nomes completos</translation>
    </message>
    <message>
        <source>Full time</source>
        <translation>Tempo integral</translation>
    </message>
    <message>
        <source>Fund in</source>
        <translation>Entradas do fundo</translation>
    </message>
    <message>
        <source>Fund out</source>
        <translation>Saídas do fundo</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Dadas</translation>
    </message>
    <message>
        <source>Giver</source>
        <translation>Quem dá</translation>
    </message>
    <message>
        <source>Grant to a member (money out)</source>
        <translation>Auxílio a um membro (saída)</translation>
    </message>
    <message>
        <source>Grievance</source>
        <translation>Reclamação</translation>
    </message>
    <message>
        <source>Grievances</source>
        <translation>Reclamações</translation>
    </message>
    <message>
        <source>Grievant</source>
        <translation>Reclamante</translation>
    </message>
    <message>
        <source>Grievants</source>
        <translation>Reclamantes</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Coletiva</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Crescimento</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Risco</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Efetivo</translation>
    </message>
    <message>
        <source>Headline:</source>
        <translation>Manchete:</translation>
    </message>
    <message>
        <source>Health and safety</source>
        <translation>Saúde e segurança</translation>
    </message>
    <message>
        <source>Help on</source>
        <translation>Ajuda com</translation>
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
        <translation>Horas trocadas</translation>
    </message>
    <message>
        <source>How many automatic backups to keep.</source>
        <translation>Quantos backups automáticos manter.</translation>
    </message>
    <message>
        <source>How the committee and the support for it grow over time, area by area, counted from the assessment history.</source>
        <translation>Como a comissão e o apoio a ela crescem ao longo do tempo, setor por setor, contados a partir do histórico de avaliações.</translation>
    </message>
    <message>
        <source>How they connect to the group</source>
        <translation>Como a pessoa se liga ao grupo</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>Doença</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Importa como</translation>
    </message>
    <message>
        <source>In the steward&apos;s copy</source>
        <translation>Na cópia do representante</translation>
    </message>
    <message>
        <source>In your chart now</source>
        <translation>No seu mapeamento agora</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Initials only</source>
        <translation>Só iniciais</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>Lesão</translation>
    </message>
    <message>
        <source>Inocu&amp;late</source>
        <translation>&amp;Vacinar</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instrução</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Manter</translation>
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
        <translation>Idioma da interface (na próxima inicialização).</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Last 2 years</source>
        <translation>Últimos 2 anos</translation>
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
        <translation>Último contato</translation>
    </message>
    <message>
        <source>Last copy sent</source>
        <translation>Última cópia enviada</translation>
    </message>
    <message>
        <source>Last structure test: participation %</source>
        <translation>Último teste de estrutura: participação %</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Último teste</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Último ano</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Disposição:</translation>
    </message>
    <message>
        <source>Leaflet</source>
        <translation>Panfleto</translation>
    </message>
    <message>
        <source>Leaflets, briefings and packs printed from the vault, encrypted when they are saved.</source>
        <translation>Panfletos, informes e pastas impressos a partir do cofre, criptografados ao serem salvos.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Lock the vault after this many minutes without input.</source>
        <translation>Bloquear o cofre após este número de minutos sem atividade.</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Rejeitada</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
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
        <translation>Marcha até o patrão</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Combinada</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Combinações</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>Dias (média)</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Dias (mediana)</translation>
    </message>
    <message>
        <source>Median days to resolution by type</source>
        <translation>Mediana de dias até a resolução, por tipo</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Members active</source>
        <translation>Membros ativos</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Met within a week</source>
        <translation>Atendidas em uma semana</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Seg</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Moção</translation>
    </message>
    <message>
        <source>Motions</source>
        <translation>Moções</translation>
    </message>
    <message>
        <source>Mutual aid</source>
        <translation>Ajuda mútua</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necessidade</translation>
    </message>
    <message>
        <source>Needed at 1:10</source>
        <translation>Necessários a 1:10</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Necessária até</translation>
    </message>
    <message>
        <source>Needs raised</source>
        <translation>Necessidades levantadas</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>Nova data</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Próximo prazo</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos passos</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Not carried out</source>
        <translation>Não cumprido</translation>
    </message>
    <message>
        <source>Not on committee</source>
        <translation>Fora da comissão</translation>
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
        <translation>Oferecida</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Em</translation>
    </message>
    <message>
        <source>One-on-one conversations written up with the AEIOU structure, their issues and the follow-ups due.</source>
        <translation>Conversas individuais registradas com a estrutura AEIOU, seus problemas e os acompanhamentos pendentes.</translation>
    </message>
    <message>
        <source>One-on-ones in the last 90 days</source>
        <translation>Conversas individuais nos últimos 90 dias</translation>
    </message>
    <message>
        <source>One-on-ones, last 90 days</source>
        <translation>Conversas individuais, últimos 90 dias</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abertas</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>Abertas e encerradas</translation>
    </message>
    <message>
        <source>Open at the month&apos;s end</source>
        <translation>Abertas no fim do mês</translation>
    </message>
    <message>
        <source>Open grievances</source>
        <translation>Reclamações abertas</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abertas</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Ordinária</translation>
    </message>
    <message>
        <source>Organic leader</source>
        <translation>Liderança natural</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Our delegate&apos;s vote</source>
        <translation>Voto do nosso delegado</translation>
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
        <translation>Parágrafos:</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>Tempo parcial</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>Participou</translation>
    </message>
    <message>
        <source>Partly carried out</source>
        <translation>Cumprido em parte</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>People helping</source>
        <translation>Pessoas ajudando</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Personal data in this bundle: none.</source>
        <translation>Dados pessoais neste pacote: nenhum.</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Abaixo-assinado</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Photo board</source>
        <translation>Mural de fotos</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Sobre política da empresa</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Levantada</translation>
    </message>
    <message>
        <source>Re&amp;medy sought</source>
        <translation>Re&amp;paração pedida</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Alcançado</translation>
    </message>
    <message>
        <source>Reason or change</source>
        <translation>Motivo ou mudança</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Revogação</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebidas</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Quem recebe</translation>
    </message>
    <message>
        <source>Recorded with it</source>
        <translation>O que ela registrou</translation>
    </message>
    <message>
        <source>Red lines</source>
        <translation>Linhas vermelhas</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusou</translation>
    </message>
    <message>
        <source>Report-back</source>
        <translation>Prestação de contas</translation>
    </message>
    <message>
        <source>Reports waiting</source>
        <translation>Relatórios aguardando</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Estornado</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Row numbers only (no names)</source>
        <translation>Só números de linha (sem nomes)</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sáb</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Escopo</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Visto por</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sigiloso</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Resolvida por acordo</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Faltam</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Desatualizada</translation>
    </message>
    <message>
        <source>Start counts from</source>
        <translation>O início conta a partir de</translation>
    </message>
    <message>
        <source>Start days</source>
        <translation>Dias do início</translation>
    </message>
    <message>
        <source>Start unit</source>
        <translation>Unidade do início</translation>
    </message>
    <message>
        <source>Start whichever</source>
        <translation>Início: o que ocorrer</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Começa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Step no.</source>
        <translation>Nº da etapa</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Representante</translation>
    </message>
    <message>
        <source>Strike vote</source>
        <translation>Votação de greve</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoio</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Apoiadores</translation>
    </message>
    <message>
        <source>Supporters %</source>
        <translation>% de apoiadores</translation>
    </message>
    <message>
        <source>Talked by</source>
        <translation>Quem conversou</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Target (1:10)</source>
        <translation>Meta (1:10)</translation>
    </message>
    <message>
        <source>Term from</source>
        <translation>Mandato de</translation>
    </message>
    <message>
        <source>Term to</source>
        <translation>Mandato até</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Teste</translation>
    </message>
    <message>
        <source>The assembly, with the name (the member agreed)</source>
        <translation>A assembleia, com o nome (o membro concordou)</translation>
    </message>
    <message>
        <source>The assembly, without the name</source>
        <translation>A assembleia, sem o nome</translation>
    </message>
    <message>
        <source>The committee only</source>
        <translation>Só a comissão</translation>
    </message>
    <message>
        <source>The concrete ask</source>
        <translation>O pedido concreto</translation>
    </message>
    <message>
        <source>The rows differ in</source>
        <translation>As linhas diferem em</translation>
    </message>
    <message>
        <source>The steward&apos;s</source>
        <translation>A do representante</translation>
    </message>
    <message>
        <source>The workplace map: areas, headcounts and how each person is assessed, so you can see where the committee is strong and where nobody has talked to anyone yet.</source>
        <translation>O mapa do local de trabalho: setores, efetivos e a avaliação de cada pessoa, para você ver onde a comissão é forte e onde ninguém conversou com ninguém ainda.</translation>
    </message>
    <message>
        <source>The workplace pages open with.</source>
        <translation>O local de trabalho com que as páginas abrem.</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>A resposta deles</translation>
    </message>
    <message>
        <source>This bundle is older than the last one imported from the same forum (it may be a replayed copy); nothing was imported.</source>
        <translation>Este pacote é mais antigo que o último importado do mesmo fórum (pode ser uma cópia reenviada); nada foi importado.</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Vínculos</translation>
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
        <translation>Ter</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Unknown sender: compare fingerprints with the forum in person and trust its key card first (Trust a key card…); nothing was imported.</source>
        <translation>Remetente desconhecido: compare as impressões digitais pessoalmente com o fórum e confie primeiro no cartão de chave dele (Confiar em um cartão de chave…); nada foi importado.</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgência</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Voto</translation>
    </message>
    <message>
        <source>Vote against</source>
        <translation>Votar contra</translation>
    </message>
    <message>
        <source>Vote for</source>
        <translation>Votar a favor</translation>
    </message>
    <message>
        <source>Voted against</source>
        <translation>Votou contra</translation>
    </message>
    <message>
        <source>Voted for</source>
        <translation>Votou a favor</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>W&amp;hat happened</source>
        <translation>O &amp;que aconteceu</translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation>&amp;Quem</translation>
    </message>
    <message>
        <source>W&amp;ho we are:</source>
        <translation>&amp;Quem somos:</translation>
    </message>
    <message>
        <source>W&amp;hy</source>
        <translation>&amp;Por quê</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Qua</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>What are they angry about?</source>
        <translation>Com o que a pessoa está revoltada?</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>O que vence</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>O que contém</translation>
    </message>
    <message>
        <source>What will the boss say and do next?</source>
        <translation>O que o patrão vai dizer e fazer em seguida?</translation>
    </message>
    <message>
        <source>What would fix it, and who decides?</source>
        <translation>O que resolveria isso, e quem decide?</translation>
    </message>
    <message>
        <source>Whe&amp;re</source>
        <translation>On&amp;de</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quando:</translation>
    </message>
    <message>
        <source>Where it matched</source>
        <translation>Onde houve correspondência</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Onde:</translation>
    </message>
    <message>
        <source>Whichever</source>
        <translation>O que ocorrer</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>Quem age</translation>
    </message>
    <message>
        <source>Who checks</source>
        <translation>Quem acompanha</translation>
    </message>
    <message>
        <source>Who from management</source>
        <translation>Quem da chefia</translation>
    </message>
    <message>
        <source>Who we are:</source>
        <translation>Quem somos:</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taxa de êxito</translation>
    </message>
    <message>
        <source>Win rate by contract article</source>
        <translation>Taxa de êxito por artigo do acordo coletivo</translation>
    </message>
    <message>
        <source>Win rate by type of grievance</source>
        <translation>Taxa de êxito por tipo de reclamação</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Com</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Testemunhas</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganha</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Local de trabalho</translation>
    </message>
    <message>
        <source>Workplaces</source>
        <translation>Locais de trabalho</translation>
    </message>
    <message>
        <source>Write an encrypted backup into the vault&apos;s backups folder this often (hours; 0 = off).</source>
        <translation>Gravar um backup criptografado na pasta de backups do cofre com esta frequência (horas; 0 = desativado).</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <source>already so</source>
        <translation>já era assim</translation>
    </message>
    <message>
        <source>answer due</source>
        <translation>vencimento da resposta</translation>
    </message>
    <message>
        <source>answer received</source>
        <translation>resposta recebida</translation>
    </message>
    <message>
        <source>assembly, named</source>
        <translation>assembleia, com nome</translation>
    </message>
    <message>
        <source>assembly, no name</source>
        <translation>assembleia, sem nome</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>avaliação</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>presença</translation>
    </message>
    <message>
        <source>cannot apply</source>
        <translation>não pode ser aplicada</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>committee only</source>
        <translation>só a comissão</translation>
    </message>
    <message>
        <source>conflict: choose</source>
        <translation>conflito: escolha</translation>
    </message>
    <message>
        <source>coworkers&apos; full names</source>
        <translation>nomes completos de colegas</translation>
    </message>
    <message>
        <source>coworkers&apos; initials</source>
        <translation>iniciais de colegas</translation>
    </message>
    <message>
        <source>declined by the keeper</source>
        <translation>recusada pelo guardião</translation>
    </message>
    <message>
        <source>filed</source>
        <translation>apresentada</translation>
    </message>
    <message>
        <source>font (PDFs)</source>
        <translation>fonte (PDFs)</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incidente</translation>
    </message>
    <message>
        <source>knew of it</source>
        <translation>ciência do fato</translation>
    </message>
    <message>
        <source>library</source>
        <translation>biblioteca</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumprido</translation>
    </message>
    <message>
        <source>new</source>
        <translation>novo</translation>
    </message>
    <message>
        <source>one-on-one</source>
        <translation>conversa individual</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aberta</translation>
    </message>
    <message>
        <source>partly met</source>
        <translation>parcialmente atendida</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>person added</source>
        <translation>pessoa adicionada</translation>
    </message>
    <message>
        <source>reviewed before</source>
        <translation>revisado antes</translation>
    </message>
    <message>
        <source>runtime</source>
        <translation>ambiente de execução</translation>
    </message>
    <message>
        <source>sent, waiting for review</source>
        <translation>enviado, aguardando revisão</translation>
    </message>
    <message>
        <source>step event</source>
        <translation>evento da etapa</translation>
    </message>
    <message>
        <source>street assembly</source>
        <translation>assembleia de rua</translation>
    </message>
    <message>
        <source>structure-test outcome</source>
        <translation>resultado do teste de estrutura</translation>
    </message>
    <message>
        <source>the article, law or practice violated</source>
        <translation>a cláusula, a lei ou a prática violada</translation>
    </message>
    <message>
        <source>the earlier row&apos;s values</source>
        <translation>os valores da linha anterior</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>o programa</translation>
    </message>
    <message>
        <source>this row&apos;s values</source>
        <translation>os valores desta linha</translation>
    </message>
    <message>
        <source>two different people</source>
        <translation>duas pessoas diferentes</translation>
    </message>
    <message>
        <source>unmet</source>
        <translation>não atendida</translation>
    </message>
    <message>
        <source>workers&apos; forum</source>
        <translation>fórum dos trabalhadores</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— escolha —</translation>
    </message>
    <message>
        <source>“Start days” is the filing limit for grievance types that start at that step (a discharge filed straight at step 3 counts from the incident or knowledge, not from the step 2 answer); leave it empty where no type starts.</source>
        <translation>“Dias do início” é o prazo de apresentação para os tipos de reclamação que começam nessa etapa (uma demissão apresentada direto na etapa 3 conta a partir do incidente ou da ciência, não da resposta da etapa 2); deixe em branco onde nenhum tipo começa.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Forum Kit</source>
        <translation>Sobre o Forum Kit</translation>
    </message>
    <message>
        <source>Forum Kit {version}
Organising records kept encrypted on this computer.
Free software under the {licence}.
Qt {qt} through PySide6 {pyside}.</source>
        <translation>Forum Kit {version}
Registros de organização guardados criptografados neste computador.
Software livre sob a {licence}.
Qt {qt} por meio do PySide6 {pyside}.</translation>
    </message>
    <message>
        <source>Parts shipped with Forum Kit and their licences (choose one to read its licence):</source>
        <translation>Componentes distribuídos com o Forum Kit e suas licenças (escolha um para ler a licença):</translation>
    </message>
    <message>
        <source>The Qt libraries are separate files in Forum Kit&apos;s program folder: under the LGPL you may replace them with your own build of the same Qt version.</source>
        <translation>As bibliotecas Qt são arquivos separados na pasta do programa do Forum Kit: pela LGPL, você pode substituí-las por sua própria compilação da mesma versão do Qt.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Preparing the demo vault (a minute at most)…</source>
        <translation>Preparando o cofre de demonstração (no máximo um minuto)…</translation>
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
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>department, line, shift, ward…</source>
        <translation>departamento, linha, turno, ala…</translation>
    </message>
</context>
<context>
    <name>AreaDialogWords</name>
    <message numerus="yes">
        <source>%n people or grievances are in this area (or its sub-areas). Choose the area to move them to before it is deleted, or cancel.</source>
        <translation>
            <numerusform>%n pessoa ou reclamação está neste setor (ou em seus subsetores). Escolha para qual setor movê-la antes de excluí-lo, ou cancele.</numerusform>
            <numerusform>%n pessoas ou reclamações estão neste setor (ou em seus subsetores). Escolha para qual setor movê-las antes de excluí-lo, ou cancele.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AreaDialogs</name>
    <message>
        <source>(top level)</source>
        <translation>(nível superior)</translation>
    </message>
    <message>
        <source>Delete area</source>
        <translation>Excluir setor</translation>
    </message>
    <message>
        <source>Move area</source>
        <translation>Mover setor</translation>
    </message>
    <message>
        <source>Move the area (with its sub-areas) under:</source>
        <translation>Mover o setor (com seus subsetores) para baixo de:</translation>
    </message>
</context>
<context>
    <name>Assemblies</name>
    <message>
        <source>A delegate is elected to a council, and there is no council yet.</source>
        <translation>Um delegado é eleito para um conselho, e ainda não há nenhum conselho.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Create the council now; then the election form opens.</source>
        <translation>Crie o conselho agora; depois o formulário de eleição será aberto.</translation>
    </message>
    <message>
        <source>Create the council…</source>
        <translation>Criar o conselho…</translation>
    </message>
    <message>
        <source>Go ahead</source>
        <translation>Prosseguir</translation>
    </message>
    <message>
        <source>No council yet</source>
        <translation>Ainda não há conselho</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Isto não pode ser desfeito.</translation>
    </message>
</context>
<context>
    <name>AssembliesPage</name>
    <message>
        <source> — member of {council}</source>
        <translation> — membro de {council}</translation>
    </message>
    <message numerus="yes">
        <source>%n forums or councils are members of “{name}”: attach them to another council (Edit…) or delete them first.</source>
        <translation>
            <numerusform>%n fórum ou conselho é membro de “{name}”: vincule-o a outro conselho (Editar…) ou exclua-o antes.</numerusform>
            <numerusform>%n fóruns ou conselhos são membros de “{name}”: vincule-os a outro conselho (Editar…) ou exclua-os antes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Bundles</source>
        <translation>&amp;Pacotes</translation>
    </message>
    <message>
        <source>&amp;Delegates</source>
        <translation>&amp;Delegados</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Reuniões</translation>
    </message>
    <message>
        <source>&amp;Schedule a meeting…</source>
        <translation>&amp;Convocar uma reunião…</translation>
    </message>
    <message>
        <source>Choose a forum or council.</source>
        <translation>Escolha um fórum ou conselho.</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Excluir…</translation>
    </message>
    <message>
        <source>Delete meeti&amp;ng…</source>
        <translation>Excluir reu&amp;nião…</translation>
    </message>
    <message>
        <source>Delete the meeting of {day}?</source>
        <translation>Excluir a reunião de {day}?</translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>Excluir “{name}”?</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <source>Fi&amp;x time or place…</source>
        <translation>Corri&amp;gir hora ou local…</translation>
    </message>
    <message>
        <source>Fix the meeting&apos;s time or place</source>
        <translation>Corrigir a hora ou o local da reunião</translation>
    </message>
    <message>
        <source>Forums and councils</source>
        <translation>Fóruns e conselhos</translation>
    </message>
    <message>
        <source>Forums&apos; mandates on its agenda are deleted with it.</source>
        <translation>Os mandatos dos fóruns na pauta dele são excluídos junto.</translation>
    </message>
    <message>
        <source>It has no attendance, agenda or motions recorded.</source>
        <translation>Ela não tem presença, pauta nem moções registradas.</translation>
    </message>
    <message>
        <source>It has no meetings, delegates or mandates.</source>
        <translation>Ele não tem reuniões, delegados nem mandatos.</translation>
    </message>
    <message>
        <source>M&amp;andates</source>
        <translation>M&amp;andatos</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniões</translation>
    </message>
    <message>
        <source>New &amp;forum…</source>
        <translation>Novo &amp;fórum…</translation>
    </message>
    <message>
        <source>New c&amp;ouncil…</source>
        <translation>Novo c&amp;onselho…</translation>
    </message>
    <message>
        <source>Rename the chosen forum or council, or attach it to another council</source>
        <translation>Renomear o fórum ou conselho escolhido, ou vinculá-lo a outro conselho</translation>
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
        <translation>Em exercício</translation>
    </message>
    <message>
        <source>Ended {day}</source>
        <translation>Terminou em {day}</translation>
    </message>
    <message>
        <source>Not in term</source>
        <translation>Fora do mandato</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Revogado</translation>
    </message>
    <message>
        <source>Recalled {day}</source>
        <translation>Revogado em {day}</translation>
    </message>
    <message>
        <source>{yes} for, {no} against</source>
        <translation>{yes} a favor, {no} contra</translation>
    </message>
    <message>
        <source>{yes} for, {no} against, {abstained} abstained</source>
        <translation>{yes} a favor, {no} contra, {abstained} abstenções</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message numerus="yes">
        <source>%n more match; type more of the name.</source>
        <translation>
            <numerusform>Mais %n resultado; digite mais letras do nome.</numerusform>
            <numerusform>Mais %n resultados; digite mais letras do nome.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>%n marcado</numerusform>
            <numerusform>%n marcados</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find by name:</source>
        <translation>&amp;Buscar por nome:</translation>
    </message>
    <message>
        <source>&amp;Guests (not in the vault):</source>
        <translation>&amp;Convidados (fora do cofre):</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presença</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Automatic backup written.</source>
        <translation>Backup automático feito.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %s</source>
        <translation>O backup automático falhou: %s</translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>erro inesperado</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nível:</translation>
    </message>
    <message>
        <source>&amp;Member of:</source>
        <translation>&amp;Membro de:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Recall rule:</source>
        <translation>Regra de &amp;revogação:</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>&amp;Local de trabalho:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>(top of the tree)</source>
        <translation>(topo da árvore)</translation>
    </message>
    <message>
        <source>Edit the council</source>
        <translation>Editar o conselho</translation>
    </message>
    <message>
        <source>Edit the forum</source>
        <translation>Editar o fórum</translation>
    </message>
    <message>
        <source>New council</source>
        <translation>Novo conselho</translation>
    </message>
    <message>
        <source>New forum</source>
        <translation>Novo fórum</translation>
    </message>
    <message>
        <source>e.g. Delegates recallable at any meeting; notice a week before.</source>
        <translation>ex.: Delegados revogáveis em qualquer reunião; aviso com uma semana de antecedência.</translation>
    </message>
    <message>
        <source>e.g. area, workplace, city, region</source>
        <translation>ex.: setor, local de trabalho, cidade, região</translation>
    </message>
</context>
<context>
    <name>BriefingForm</name>
    <message>
        <source>&amp;Areas:</source>
        <translation>&amp;Setores:</translation>
    </message>
    <message>
        <source>&amp;Forum:</source>
        <translation>&amp;Fórum:</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Perguntas:</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Setores</translation>
    </message>
    <message>
        <source>Council &amp;meeting:</source>
        <translation>&amp;Reunião do conselho:</translation>
    </message>
    <message>
        <source>Council meeting</source>
        <translation>Reunião do conselho</translation>
    </message>
    <message>
        <source>Figures &amp;as of:</source>
        <translation>Números &amp;em:</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>Uma pergunta por linha</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>meeting: this forum has no council meeting to brief on yet.</source>
        <translation>meeting: este fórum ainda não tem reunião do conselho para a qual preparar informe.</translation>
    </message>
</context>
<context>
    <name>BundleDialogs</name>
    <message>
        <source>Bundle for {council}. Personal data in it:</source>
        <translation>Pacote para {council}. Dados pessoais nele:</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Escolher onde salvar…</translation>
    </message>
    <message>
        <source>Give this card to the other vault&apos;s holder; compare the fingerprint in person.</source>
        <translation>Entregue este cartão a quem cuida do outro cofre; comparem a impressão digital pessoalmente.</translation>
    </message>
    <message>
        <source>Import a council bundle</source>
        <translation>Importar um pacote do conselho</translation>
    </message>
    <message>
        <source>Import it anyway?</source>
        <translation>Importar mesmo assim?</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nenhum.</translation>
    </message>
    <message>
        <source>Save the council bundle</source>
        <translation>Salvar o pacote do conselho</translation>
    </message>
    <message>
        <source>Send a council bundle</source>
        <translation>Enviar um pacote ao conselho</translation>
    </message>
    <message>
        <source>This vault&apos;s public key card</source>
        <translation>Cartão de chave pública deste cofre</translation>
    </message>
</context>
<context>
    <name>BundlesPanel</name>
    <message>
        <source>&amp;Check personal data</source>
        <translation>&amp;Verificar dados pessoais</translation>
    </message>
    <message>
        <source>&amp;Import a bundle, agenda or decisions…</source>
        <translation>&amp;Importar um pacote, uma pauta ou decisões…</translation>
    </message>
    <message>
        <source>&amp;Save bundle…</source>
        <translation>&amp;Salvar pacote…</translation>
    </message>
    <message>
        <source>&amp;Trust a key card…</source>
        <translation>&amp;Confiar em um cartão de chave…</translation>
    </message>
    <message>
        <source>Bundle saved for {council}, meeting of {day}.</source>
        <translation>Pacote salvo para {council}, reunião de {day}.</translation>
    </message>
    <message>
        <source>Conflicting mandates</source>
        <translation>Mandatos divergentes</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Divergências</translation>
    </message>
    <message>
        <source>Council &amp;key:</source>
        <translation>&amp;Chave do conselho:</translation>
    </message>
    <message>
        <source>Council &amp;meeting:</source>
        <translation>&amp;Reunião do conselho:</translation>
    </message>
    <message>
        <source>Council decisions</source>
        <translation>Decisões do conselho</translation>
    </message>
    <message>
        <source>Council key</source>
        <translation>Chave do conselho</translation>
    </message>
    <message>
        <source>Council meeting</source>
        <translation>Reunião do conselho</translation>
    </message>
    <message>
        <source>Decisions and report-backs</source>
        <translation>Decisões e prestações de contas</translation>
    </message>
    <message>
        <source>Figures over time</source>
        <translation>Números ao longo do tempo</translation>
    </message>
    <message>
        <source>Figures per forum</source>
        <translation>Números por fórum</translation>
    </message>
    <message>
        <source>Import from a member or a council</source>
        <translation>Importar de um membro ou de um conselho</translation>
    </message>
    <message>
        <source>Imported the agenda of {council}, meeting of {day} (items: {n}), ready for mandates (see the council&apos;s Meetings tab).</source>
        <translation>Pauta de {council} importada, reunião de {day} (itens: {n}), pronta para os mandatos (veja a aba Reuniões do conselho).</translation>
    </message>
    <message>
        <source>Imported the bundle from {forum} (trusted as &apos;{peer}&apos;): council meeting {day}; mandates: {m}, areas: {a}, delegates: {d}.</source>
        <translation>Pacote de {forum} importado (confiável como &apos;{peer}&apos;): reunião do conselho de {day}; mandatos: {m}, setores: {a}, delegados: {d}.</translation>
    </message>
    <message>
        <source>Imported the decisions of {council}, meeting of {day}. Items: {n}; report-back drafts filled: {d}.</source>
        <translation>Decisões de {council} importadas, reunião de {day}. Itens: {n}; rascunhos de prestação de contas preenchidos: {d}.</translation>
    </message>
    <message>
        <source>Include the retaliation log (nobody named)</source>
        <translation>Incluir o registro de retaliações (sem nomes)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Chaves</translation>
    </message>
    <message>
        <source>Mandates and report-backs: {m}; areas of figures: {a}.</source>
        <translation>Mandatos e prestações de contas: {m}; setores com números: {a}.</translation>
    </message>
    <message>
        <source>Mandates per agenda item</source>
        <translation>Mandatos por item de pauta</translation>
    </message>
    <message>
        <source>Mandates per item</source>
        <translation>Mandatos por item</translation>
    </message>
    <message>
        <source>Mutual aid and time bank</source>
        <translation>Ajuda mútua e banco de tempo</translation>
    </message>
    <message>
        <source>No council meeting yet: schedule it on the council&apos;s Meetings tab</source>
        <translation>Nenhuma reunião do conselho ainda: agende-a na aba Reuniões do conselho</translation>
    </message>
    <message>
        <source>No coworker names, notes, phones or e-mails are ever included.</source>
        <translation>Nunca são incluídos nomes, notas, telefones ou e-mails de colegas.</translation>
    </message>
    <message>
        <source>No trusted council yet: use Trust a key card…</source>
        <translation>Nenhum conselho confiável ainda: use Confiar em um cartão de chave…</translation>
    </message>
    <message>
        <source>Our delegate voted against the mandate on: {items}.</source>
        <translation>Nosso delegado votou contra o mandato em: {items}.</translation>
    </message>
    <message>
        <source>Personal data in this bundle:</source>
        <translation>Dados pessoais neste pacote:</translation>
    </message>
    <message>
        <source>Roll-up of what members sent, and the decisions received</source>
        <translation>Consolidado do que os membros enviaram e decisões recebidas</translation>
    </message>
    <message>
        <source>Send a bundle up (choose a forum or a council on the left)</source>
        <translation>Enviar um pacote para cima (escolha um fórum ou um conselho à esquerda)</translation>
    </message>
    <message>
        <source>Send the members&apos; figures only in &amp;total</source>
        <translation>Enviar os números dos membros só no &amp;total</translation>
    </message>
    <message>
        <source>This vault has no keys yet (made on first use).</source>
        <translation>Este cofre ainda não tem chaves (criadas no primeiro uso).</translation>
    </message>
    <message>
        <source>This vault&apos;s &amp;key card…</source>
        <translation>&amp;Cartão de chave deste cofre…</translation>
    </message>
    <message>
        <source>This vault&apos;s fingerprint: {fp}</source>
        <translation>Impressão digital deste cofre: {fp}</translation>
    </message>
    <message>
        <source>Trusted: {name}.</source>
        <translation>Confiável: {name}.</translation>
    </message>
</context>
<context>
    <name>CareFollowUps</name>
    <message>
        <source>Done…</source>
        <translation>Feito…</translation>
    </message>
    <message>
        <source>Mutual aid and check-ins due</source>
        <translation>Ajuda mútua e contatos de apoio pendentes</translation>
    </message>
    <message>
        <source>Open the member</source>
        <translation>Abrir o membro</translation>
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
        <translation>Escolha uma pessoa para ver os cuidados com ela.</translation>
    </message>
    <message>
        <source>Log retaliation…</source>
        <translation>Registrar retaliação…</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Nada registrado.</translation>
    </message>
    <message>
        <source>Plan a check-in…</source>
        <translation>Agendar contato de apoio…</translation>
    </message>
    <message>
        <source>check-in due {day}{late}</source>
        <translation>contato de apoio até {day}{late}</translation>
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
        <translation>necessidade aberta</translation>
    </message>
    <message>
        <source>open needs</source>
        <translation>necessidades abertas</translation>
    </message>
    <message>
        <source>retaliation incident logged</source>
        <translation>incidente de retaliação registrado</translation>
    </message>
    <message>
        <source>retaliation incidents logged</source>
        <translation>incidentes de retaliação registrados</translation>
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
        <translation>Nenhum contato atrasado</translation>
    </message>
    <message>
        <source>open need</source>
        <translation>necessidade aberta</translation>
    </message>
    <message>
        <source>open needs</source>
        <translation>necessidades abertas</translation>
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
        <translation>&amp;Setor:</translation>
    </message>
    <message>
        <source>&amp;Incident on:</source>
        <translation>&amp;Incidente em:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>(title hidden from calendar exports)</source>
        <translation>(título oculto nas exportações de calendário)</translation>
    </message>
    <message>
        <source>Add &amp;grievant…</source>
        <translation>Adicionar &amp;reclamante…</translation>
    </message>
    <message>
        <source>Already filed, on:</source>
        <translation>Já apresentada, em:</translation>
    </message>
    <message>
        <source>C&amp;hoose steward…</source>
        <translation>Escol&amp;her representante…</translation>
    </message>
    <message>
        <source>Co&amp;ntract:</source>
        <translation>Acordo &amp;coletivo:</translation>
    </message>
    <message>
        <source>Contract a&amp;rticle:</source>
        <translation>&amp;Cláusula do acordo coletivo:</translation>
    </message>
    <message>
        <source>Grievants</source>
        <translation>Reclamantes</translation>
    </message>
    <message>
        <source>Grievants:</source>
        <translation>Reclamantes:</translation>
    </message>
    <message>
        <source>Knew later, on:</source>
        <translation>Soube depois, em:</translation>
    </message>
    <message>
        <source>No steward</source>
        <translation>Sem representante</translation>
    </message>
    <message>
        <source>Remove grievant</source>
        <translation>Remover reclamante</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sigiloso</translation>
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
        <translation>O título fica oculto nas exportações de calendário.</translation>
    </message>
    <message>
        <source>automatic (G-YEAR-NNN)</source>
        <translation>automático (G-ANO-NNN)</translation>
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
        <translation>&amp;Comissão:</translation>
    </message>
    <message>
        <source>&amp;FT/PT:</source>
        <translation>&amp;TI/TP:</translation>
    </message>
    <message>
        <source>&amp;Stale:</source>
        <translation>&amp;Desatualizada:</translation>
    </message>
    <message>
        <source>&amp;Unreached only (tied to nobody on the committee)</source>
        <translation>&amp;Só não alcançados (sem vínculo com ninguém da comissão)</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>&amp;Palavras:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Qualquer</translation>
    </message>
    <message>
        <source>Assessment:</source>
        <translation>Avaliação:</translation>
    </message>
    <message>
        <source>C&amp;lear all</source>
        <translation>&amp;Limpar tudo</translation>
    </message>
    <message>
        <source>Filter the chart</source>
        <translation>Filtrar o mapeamento</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Organic &amp;leaders only</source>
        <translation>Só &amp;lideranças naturais</translation>
    </message>
    <message>
        <source>names, jobs, notes…</source>
        <translation>nomes, funções, notas…</translation>
    </message>
</context>
<context>
    <name>ChartFilters</name>
    <message>
        <source>assessed lately</source>
        <translation>avaliados recentemente</translation>
    </message>
    <message>
        <source>organic leaders</source>
        <translation>lideranças naturais</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>desatualizados</translation>
    </message>
    <message>
        <source>unreached</source>
        <translation>não alcançados</translation>
    </message>
</context>
<context>
    <name>ChartSheetForm</name>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Setor:</translation>
    </message>
    <message>
        <source>&amp;Blank rows:</source>
        <translation>Linhas em &amp;branco:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation>&amp;Em:</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Em</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>area: the vault has no areas yet; add them on the Map page.</source>
        <translation>setor: o cofre ainda não tem setores; adicione-os na página Mapa.</translation>
    </message>
</context>
<context>
    <name>ChartViewBar</name>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Visão:</translation>
    </message>
    <message>
        <source>A view named “%1” exists. Replace it with this one?</source>
        <translation>Já existe uma visão chamada “%1”. Substituí-la por esta?</translation>
    </message>
    <message>
        <source>Chart view</source>
        <translation>Visão do mapeamento</translation>
    </message>
    <message>
        <source>Col&amp;umns…</source>
        <translation>Col&amp;unas…</translation>
    </message>
    <message>
        <source>Delete this view</source>
        <translation>Excluir esta visão</translation>
    </message>
    <message>
        <source>F&amp;ilter…</source>
        <translation>F&amp;iltrar…</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nome da visão:</translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation>Só: %1</translation>
    </message>
    <message>
        <source>Replace view</source>
        <translation>Substituir visão</translation>
    </message>
    <message>
        <source>Save as a view…</source>
        <translation>Salvar como visão…</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Salvar visão</translation>
    </message>
    <message>
        <source>View&amp;s</source>
        <translation>&amp;Visões</translation>
    </message>
    <message>
        <source>only the view, no one&apos;s data</source>
        <translation>só a visão, nenhum dado de ninguém</translation>
    </message>
    <message>
        <source>the view “%1”</source>
        <translation>a visão “%1”</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <source>&amp;After:</source>
        <translation>&amp;Depois:</translation>
    </message>
    <message>
        <source>&amp;Grievance:</source>
        <translation>&amp;Reclamação:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Membro:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Em:</translation>
    </message>
    <message>
        <source>&amp;Who checks in:</source>
        <translation>&amp;Quem faz o contato:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Check in &amp;by:</source>
        <translation>Contato &amp;até:</translation>
    </message>
    <message>
        <source>Check in by</source>
        <translation>Contato até</translation>
    </message>
    <message>
        <source>Event on</source>
        <translation>Evento em</translation>
    </message>
    <message>
        <source>Grievance</source>
        <translation>Reclamação</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Plan a check-in</source>
        <translation>Agendar contato de apoio</translation>
    </message>
    <message>
        <source>W&amp;hat happened:</source>
        <translation>O que &amp;aconteceu:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>Who checks in</source>
        <translation>Quem faz o contato</translation>
    </message>
</context>
<context>
    <name>CloseNeedForm</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Ended:</source>
        <translation>&amp;Como terminou:</translation>
    </message>
    <message>
        <source>&amp;Reason (for unmet):</source>
        <translation>&amp;Motivo (se não atendida):</translation>
    </message>
    <message>
        <source>Close a need</source>
        <translation>Encerrar uma necessidade</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Encerrada em</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Como terminou</translation>
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
        <translation>Escolha uma cor</translation>
    </message>
</context>
<context>
    <name>CommitteeDialogs</name>
    <message>
        <source>&amp;Card:</source>
        <translation>&amp;Cartão:</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;Impressão digital:</translation>
    </message>
    <message>
        <source>&amp;Load a card file…</source>
        <translation>&amp;Carregar cartão…</translation>
    </message>
    <message>
        <source>&amp;Name here:</source>
        <translation>&amp;Nome aqui:</translation>
    </message>
    <message>
        <source>Key card</source>
        <translation>Cartão de chave</translation>
    </message>
    <message>
        <source>Leave empty to use the card&apos;s name</source>
        <translation>Deixe em branco para usar o nome do cartão</translation>
    </message>
    <message>
        <source>Paste the card: &apos;Forum Kit public key card v1&apos; …</source>
        <translation>Cole o cartão: &apos;Forum Kit public key card v1&apos; …</translation>
    </message>
    <message>
        <source>Save the review sheet</source>
        <translation>Salvar a folha de revisão</translation>
    </message>
    <message>
        <source>Type the fingerprint you compared</source>
        <translation>Digite a impressão digital que vocês compararam</translation>
    </message>
</context>
<context>
    <name>CommitteeLists</name>
    <message>
        <source>reviewed: {accepted} accepted, {declined} declined</source>
        <translation>revisado: {accepted} aceitos, {declined} recusados</translation>
    </message>
    <message>
        <source>waiting for review</source>
        <translation>aguardando revisão</translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message numerus="yes">
        <source>%n copies written to {folder}. Give each steward theirs (a stick, a message): it opens only in their vault.</source>
        <translation>
            <numerusform>%n cópia gravada em {folder}. Entregue-a ao representante (um pendrive, uma mensagem): ela só abre no cofre dele.</numerusform>
            <numerusform>%n cópias gravadas em {folder}. Entregue a cada representante a sua (um pendrive, uma mensagem): ela só abre no cofre dele.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add a steward…</source>
        <translation>&amp;Adicionar representante…</translation>
    </message>
    <message>
        <source>&amp;Back to my chart</source>
        <translation>&amp;Voltar ao meu mapeamento</translation>
    </message>
    <message>
        <source>&amp;Grievance step…</source>
        <translation>&amp;Etapa da reclamação…</translation>
    </message>
    <message>
        <source>&amp;My copies</source>
        <translation>&amp;Minhas cópias</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>&amp;Novo contato…</translation>
    </message>
    <message>
        <source>&amp;Open a copy file…</source>
        <translation>&amp;Abrir arquivo de cópia…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remover…</translation>
    </message>
    <message>
        <source>&amp;Send my report…</source>
        <translation>&amp;Enviar meu relatório…</translation>
    </message>
    <message>
        <source>&amp;Take in a report…</source>
        <translation>&amp;Receber relatório…</translation>
    </message>
    <message>
        <source>Atten&amp;dance…</source>
        <translation>&amp;Presença…</translation>
    </message>
    <message>
        <source>Change &amp;scope…</source>
        <translation>Alterar &amp;escopo…</translation>
    </message>
    <message>
        <source>Co&amp;rrect details…</source>
        <translation>Co&amp;rrigir dados…</translation>
    </message>
    <message>
        <source>Committee members</source>
        <translation>Membros da comissão</translation>
    </message>
    <message>
        <source>Copies from {name} open here now (Open a copy file…).</source>
        <translation>As cópias de {name} agora abrem aqui (Abrir arquivo de cópia…).</translation>
    </message>
    <message>
        <source>Copies held</source>
        <translation>Cópias mantidas</translation>
    </message>
    <message>
        <source>Field reports</source>
        <translation>Relatórios de campo</translation>
    </message>
    <message>
        <source>Folder for the copies</source>
        <translation>Pasta para as cópias</translation>
    </message>
    <message>
        <source>Grievance te&amp;xt…</source>
        <translation>&amp;Texto da reclamação…</translation>
    </message>
    <message>
        <source>Keep the &amp;chart</source>
        <translation>Manter o &amp;mapeamento</translation>
    </message>
    <message>
        <source>My report</source>
        <translation>Meu relatório</translation>
    </message>
    <message>
        <source>My report (show a copy to log what you did in it)</source>
        <translation>Meu relatório (abra uma cópia para registrar o que fez nela)</translation>
    </message>
    <message>
        <source>My report (what you logged in the copy shown)</source>
        <translation>Meu relatório (o que você registrou na cópia exibida)</translation>
    </message>
    <message>
        <source>My report in the copy shown ({label})</source>
        <translation>Meu relatório na cópia exibida ({label})</translation>
    </message>
    <message>
        <source>No more copies for them; what they reported stays, with who reported it.</source>
        <translation>Não haverá mais cópias para essa pessoa; o que ela relatou fica, com o nome de quem relatou.</translation>
    </message>
    <message>
        <source>One-on-&amp;one…</source>
        <translation>Conversa &amp;individual…</translation>
    </message>
    <message>
        <source>Open a committee copy</source>
        <translation>Abrir uma cópia da comissão</translation>
    </message>
    <message>
        <source>Re&amp;view report…</source>
        <translation>Re&amp;visar relatório…</translation>
    </message>
    <message>
        <source>Remove entr&amp;y</source>
        <translation>Remover &amp;lançamento</translation>
    </message>
    <message>
        <source>S&amp;how this copy</source>
        <translation>&amp;Mostrar esta cópia</translation>
    </message>
    <message>
        <source>Save your field report</source>
        <translation>Salvar seu relatório de campo</translation>
    </message>
    <message>
        <source>Send &amp;copies…</source>
        <translation>Enviar &amp;cópias…</translation>
    </message>
    <message>
        <source>Show my &amp;key card…</source>
        <translation>Mostrar meu &amp;cartão de chave…</translation>
    </message>
    <message>
        <source>Stewards of the committee get a copy of their scope, encrypted to their key card alone, and send back field reports you review change by change.</source>
        <translation>Os representantes da comissão recebem uma cópia do seu escopo, criptografada só para o cartão de chave deles, e devolvem relatórios de campo que você revisa alteração por alteração.</translation>
    </message>
    <message>
        <source>Structure t&amp;est…</source>
        <translation>Teste de es&amp;trutura…</translation>
    </message>
    <message>
        <source>Take in a field report</source>
        <translation>Receber um relatório de campo</translation>
    </message>
    <message>
        <source>Take {name} off the committee</source>
        <translation>Tirar {name} da comissão</translation>
    </message>
    <message>
        <source>The keeper accepted {a} of your entries and declined {d}.</source>
        <translation>O guardião aceitou {a} dos seus registros e recusou {d}.</translation>
    </message>
    <message>
        <source>The scope changes with the next copy.</source>
        <translation>O escopo muda com a próxima cópia.</translation>
    </message>
    <message>
        <source>This vault&apos;s key card: {name}, fingerprint {fp}</source>
        <translation>Cartão de chave deste cofre: {name}, impressão digital {fp}</translation>
    </message>
    <message>
        <source>Trust a &amp;keeper…</source>
        <translation>Confiar em um &amp;guardião…</translation>
    </message>
    <message>
        <source>Your report ({n} entries) for {keeper} is in {file}: give it to them (a stick, a message); it opens only in their vault.</source>
        <translation>Seu relatório ({n} registros) para {keeper} está em {file}: entregue a essa pessoa (um pendrive, uma mensagem); ele só abre no cofre dela.</translation>
    </message>
    <message>
        <source>{label} opened: {people} people.</source>
        <translation>{label} aberta: {people} pessoas.</translation>
    </message>
    <message>
        <source>{name} is off the committee.</source>
        <translation>{name} saiu da comissão.</translation>
    </message>
    <message>
        <source>{name} is on the committee. Send them a copy (Send copies…).</source>
        <translation>{name} está na comissão. Envie uma cópia a essa pessoa (Enviar cópias…).</translation>
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
        <translation>Não foi possível salvar a alteração. Nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>CommunityLists</name>
    <message>
        <source>yes</source>
        <translation>sim</translation>
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
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete {what}?</source>
        <translation>Excluir {what}?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Isto não pode ser desfeito.</translation>
    </message>
    <message>
        <source>This will be lost:</source>
        <translation>Isto será perdido:</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Setor</translation>
    </message>
    <message>
        <source>&amp;Committee</source>
        <translation>&amp;Comissão</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Função</translation>
    </message>
    <message>
        <source>&amp;Organic leader</source>
        <translation>&amp;Liderança natural</translation>
    </message>
    <message>
        <source>&amp;Remove tie</source>
        <translation>&amp;Remover vínculo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>A&amp;ppend assessment</source>
        <translation>A&amp;crescentar avaliação</translation>
    </message>
    <message>
        <source>Add &amp;tie…</source>
        <translation>Adicionar &amp;vínculo…</translation>
    </message>
    <message>
        <source>Add a workplace on the Map page.</source>
        <translation>Adicione um local de trabalho na página Mapa.</translation>
    </message>
    <message>
        <source>Add an area on the Map page first.</source>
        <translation>Adicione primeiro um setor na página Mapa.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Avaliado em</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Assessment history</source>
        <translation>Histórico de avaliações</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Antes: %1</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <source>Card signed</source>
        <translation>Ficha assinada</translation>
    </message>
    <message>
        <source>Card signed on</source>
        <translation>Ficha assinada em</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>Emplo&amp;yment</source>
        <translation>&amp;Vínculo</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>Matrícula</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>Número de matrícula</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Provas</translation>
    </message>
    <message>
        <source>F&amp;irst name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>Lang&amp;uage</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>Last nam&amp;e</source>
        <translation>&amp;Sobrenome</translation>
    </message>
    <message>
        <source>New assessment level</source>
        <translation>Novo nível de avaliação</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nova pessoa</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Ainda não avaliado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Save (Ctrl+S; Enter in a one-line field)</source>
        <translation>Salvar (Ctrl+S; Enter num campo de uma linha)</translation>
    </message>
    <message>
        <source>Sensiti&amp;ve (never printed or exported)</source>
        <translation>Sigilo&amp;so (nunca impresso nem exportado)</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Assinada em</translation>
    </message>
    <message>
        <source>Talks to</source>
        <translation>Conversa com</translation>
    </message>
    <message>
        <source>Talks to (social ties)</source>
        <translation>Conversa com (vínculos sociais)</translation>
    </message>
    <message>
        <source>evidence (which conversation or action)</source>
        <translation>prova (qual conversa ou ação)</translation>
    </message>
    <message>
        <source>personal, never the company&apos;s</source>
        <translation>pessoal, nunca o da empresa</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Typical procedure</source>
        <translation>Procedimento &amp;típico</translation>
    </message>
    <message>
        <source>(no regions)</source>
        <translation>(sem regiões)</translation>
    </message>
    <message>
        <source>(whole country)</source>
        <translation>(país inteiro)</translation>
    </message>
    <message>
        <source>A calendar-day deadline on a day off moves to the next working day</source>
        <translation>Um prazo em dias corridos que cai em dia de folga passa para o próximo dia útil</translation>
    </message>
    <message>
        <source>Add &amp;holiday</source>
        <translation>Adicionar &amp;feriado</translation>
    </message>
    <message>
        <source>Add &amp;public holidays</source>
        <translation>Adicionar feriados &amp;oficiais</translation>
    </message>
    <message>
        <source>Add &amp;step</source>
        <translation>Adicionar &amp;etapa</translation>
    </message>
    <message>
        <source>Choose the country first.</source>
        <translation>Escolha primeiro o país.</translation>
    </message>
    <message>
        <source>Contract and grievance procedure</source>
        <translation>Acordo coletivo e procedimento de reclamação</translation>
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
        <translation>Data (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Days off (weekend):</source>
        <translation>Dias de folga (fim de semana):</translation>
    </message>
    <message>
        <source>Grievance types that start at a later step</source>
        <translation>Tipos de reclamação que começam numa etapa posterior</translation>
    </message>
    <message>
        <source>Holiday row {value}: write the date like 2026-12-25.</source>
        <translation>Feriado na linha {value}: escreva a data assim: 2026-12-25.</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Feriados</translation>
    </message>
    <message>
        <source>Leave “Answer days” empty when there is no answer limit (arbitration).</source>
        <translation>Deixe “Dias para resposta” em branco quando não houver limite para a resposta (arbitragem).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>No holidays in {year}: deadlines this year may fall on public holidays. Add {year}&apos;s.</source>
        <translation>Nenhum feriado em {year}: os prazos deste ano podem cair em feriados. Adicione os de {year}.</translation>
    </message>
    <message>
        <source>No holidays yet: deadlines may fall on public holidays such as 25 December. Choose the country (and region) and add them.</source>
        <translation>Ainda sem feriados: os prazos podem cair em feriados como 25 de dezembro. Escolha o país (e a região) e adicione-os.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Remove holiday</source>
        <translation>Remover feriado</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Remover etapa</translation>
    </message>
    <message>
        <source>Row {value} of the steps</source>
        <translation>Linha {value} das etapas</translation>
    </message>
    <message>
        <source>Step {ordinal}</source>
        <translation>Etapa {ordinal}</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Steps and time limits</source>
        <translation>Etapas e prazos</translation>
    </message>
    <message>
        <source>That contract no longer exists.</source>
        <translation>Esse acordo coletivo não existe mais.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>first step</source>
        <translation>primeira etapa</translation>
    </message>
    <message>
        <source>{where}: counts from</source>
        <translation>{where}: conta a partir de</translation>
    </message>
    <message>
        <source>{where}: start counts from</source>
        <translation>{where}: o início conta a partir de</translation>
    </message>
    <message>
        <source>{where}: the answer limit</source>
        <translation>{where}: o prazo de resposta</translation>
    </message>
    <message>
        <source>{where}: the filing limit</source>
        <translation>{where}: o prazo de apresentação</translation>
    </message>
    <message>
        <source>{where}: the start limit</source>
        <translation>{where}: o prazo inicial</translation>
    </message>
    <message>
        <source>{where}: the step number</source>
        <translation>{where}: o número da etapa</translation>
    </message>
</context>
<context>
    <name>ContractEditor</name>
    <message>
        <source>{what} must be a whole number of days.</source>
        <translation>{what} deve ser um número inteiro de dias.</translation>
    </message>
    <message>
        <source>{where}: “{part}” is not an event a limit counts from; use {words}.</source>
        <translation>{where}: “{part}” não é um evento a partir do qual um prazo conta; use {words}.</translation>
    </message>
</context>
<context>
    <name>ConversationEditor</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Escolher…</translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation>&amp;Problemas</translation>
    </message>
    <message>
        <source>&amp;Save conversation</source>
        <translation>&amp;Salvar conversa</translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation>(ninguém escolhido)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(não registrado)</translation>
    </message>
    <message>
        <source>Assess&amp;ment after</source>
        <translation>Avalia&amp;ção depois</translation>
    </message>
    <message>
        <source>Assessment after the conversation</source>
        <translation>Avaliação depois da conversa</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Choose &amp;who talked…</source>
        <translation>Escolher &amp;quem conversou…</translation>
    </message>
    <message>
        <source>Choose who the conversation was with.</source>
        <translation>Escolha com quem foi a conversa.</translation>
    </message>
    <message>
        <source>Da&amp;te</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>Follow up &amp;by</source>
        <translation>Acompanhamento &amp;até</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Data de acompanhamento</translation>
    </message>
    <message>
        <source>No new assessment</source>
        <translation>Sem nova avaliação</translation>
    </message>
    <message>
        <source>Sensiti&amp;ve (never printed or exported)</source>
        <translation>Sigilo&amp;so (nunca impresso nem exportado)</translation>
    </message>
    <message>
        <source>That is me (preselect next time)</source>
        <translation>Sou eu (pré-selecionar da próxima vez)</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Com</translation>
    </message>
    <message>
        <source>issues, comma separated: pay, rota, safety</source>
        <translation>problemas: salário, escala, segurança</translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message>
        <source>&amp;Open person</source>
        <translation>&amp;Abrir pessoa</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Todos os setores</translation>
    </message>
    <message>
        <source>Earlier conversations</source>
        <translation>Conversas anteriores</translation>
    </message>
    <message>
        <source>Earlier conversations with this person</source>
        <translation>Conversas anteriores com esta pessoa</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Acompanhamentos pendentes</translation>
    </message>
    <message>
        <source>Follow-ups in area</source>
        <translation>Acompanhamentos no setor</translation>
    </message>
    <message>
        <source>Follow-ups shown</source>
        <translation>Acompanhamentos exibidos</translation>
    </message>
    <message>
        <source>Log a one-on-one</source>
        <translation>Registrar uma conversa individual</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marcar como &amp;feito</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} due follow-ups (earliest first). Choose an area or a shorter time to narrow the list.</source>
        <translation>Mostrando {shown} de {total} acompanhamentos pendentes (os mais antigos primeiro). Escolha um setor ou um período menor para reduzir a lista.</translation>
    </message>
    <message>
        <source>The one-on-one you were writing is not saved.</source>
        <translation>A conversa individual que você estava escrevendo não foi salva.</translation>
    </message>
</context>
<context>
    <name>CopyBanner</name>
    <message>
        <source>Back to my c&amp;hart</source>
        <translation>Voltar ao meu &amp;mapeamento</translation>
    </message>
    <message>
        <source>Chart shown</source>
        <translation>Mapeamento exibido</translation>
    </message>
    <message>
        <source>Send my re&amp;port…</source>
        <translation>Enviar meu re&amp;latório…</translation>
    </message>
    <message>
        <source>{label} · read-only</source>
        <translation>{label} · somente leitura</translation>
    </message>
    <message>
        <source>{label}. Nothing in it can be changed here: what you do on the floor goes into your report (Committee page, My copies).</source>
        <translation>{label}. Nada nela pode ser alterado aqui: o que você fizer no local de trabalho vai para o seu relatório (página Comissão, Minhas cópias).</translation>
    </message>
</context>
<context>
    <name>CopyMode</name>
    <message>
        <source>The copy is ready: search finds its one-on-one notes.</source>
        <translation>A cópia está pronta: a pesquisa encontra as notas das conversas individuais.</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <source>Covered.</source>
        <translation>Coberto.</translation>
    </message>
    <message>
        <source>Short by {short}.</source>
        <translation>Faltam {short}.</translation>
    </message>
    <message>
        <source>The committee has nobody here.</source>
        <translation>A comissão não tem ninguém aqui.</translation>
    </message>
    <message>
        <source>{where}. People: {people}; committee members: {members}; helpers: {helpers}; one in ten needs {needed}.</source>
        <translation>{where}. Pessoas: {people}; membros da comissão: {members}; apoiadores: {helpers}; um em cada dez exige {needed}.</translation>
    </message>
    <message>
        <source>{where}: nobody works here.</source>
        <translation>{where}: ninguém trabalha aqui.</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>%1 people, %2 on the committee (C): one in ten needs %3.</source>
        <translation>%1 pessoas, %2 na comissão (C): uma para cada dez exige %3.</translation>
    </message>
    <message>
        <source>(one grouping)</source>
        <translation>(um agrupamento)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Co&amp;lumns by:</source>
        <translation>Co&amp;lunas por:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>Committee coverage</source>
        <translation>Cobertura da comissão</translation>
    </message>
    <message>
        <source>Every group has someone on the committee.</source>
        <translation>Todos os grupos têm alguém na comissão.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Row&amp;s by:</source>
        <translation>&amp;Linhas por:</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message numerus="yes">
        <source>The committee has nobody in %n group(s), marked red.</source>
        <translation>
            <numerusform>A comissão não tem ninguém em %n grupo, marcado em vermelho.</numerusform>
            <numerusform>A comissão não tem ninguém em %n grupos, marcados em vermelho.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatePanel</name>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;De novo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Criar cofre</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Pasta</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase-senha</translation>
    </message>
    <message>
        <source>A vault is an encrypted folder on this computer. Choose a long passphrase: it cannot be recovered, only replaced with the recovery key shown after creating.</source>
        <translation>Um cofre é uma pasta criptografada neste computador. Escolha uma frase-senha longa: ela não pode ser recuperada, apenas substituída com a chave de recuperação mostrada após a criação.</translation>
    </message>
    <message>
        <source>Again: the two passphrases differ. Type the same one twice.</source>
        <translation>De novo: as duas frases-senha são diferentes. Digite a mesma duas vezes.</translation>
    </message>
    <message>
        <source>Folder for the vault</source>
        <translation>Pasta do cofre</translation>
    </message>
    <message>
        <source>Folder: choose a folder that exists.</source>
        <translation>Pasta: escolha uma pasta que exista.</translation>
    </message>
    <message>
        <source>Name: a vault with that name already exists in this folder.</source>
        <translation>Nome: já existe um cofre com esse nome nesta pasta.</translation>
    </message>
    <message>
        <source>Name: give the vault a name.</source>
        <translation>Nome: dê um nome ao cofre.</translation>
    </message>
    <message>
        <source>Name: use letters, digits, spaces or dashes (no slashes).</source>
        <translation>Nome: use letras, dígitos, espaços ou hifens (sem barras).</translation>
    </message>
    <message>
        <source>Passphrase: use at least {n} characters.</source>
        <translation>Frase-senha: use pelo menos {n} caracteres.</translation>
    </message>
    <message>
        <source>e.g. warehouse-committee</source>
        <translation>ex.: comissao-armazem</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Fazer backup agora…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
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
        <translation>Fazer backup do cofre em</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>O backup falhou</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restaurado</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Backup feito</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Escolha um arquivo de backup</translation>
    </message>
    <message>
        <source>Forum Kit backups (*.fkbackup)</source>
        <translation>Backups do Forum Kit (*.fkbackup)</translation>
    </message>
    <message>
        <source>New vault folder (must not exist)</source>
        <translation>Nova pasta do cofre (não deve existir)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase-senha</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>A restauração falhou</translation>
    </message>
    <message>
        <source>Restored into {path}. Open it from the start screen.</source>
        <translation>Restaurado em {path}. Abra-o na tela inicial.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>The backup was written and verified: {path}</source>
        <translation>O backup foi gravado e verificado: {path}</translation>
    </message>
    <message>
        <source>The operation failed; nothing was changed.</source>
        <translation>A operação falhou; nada foi alterado.</translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase at the time of the backup:</source>
        <translation>A frase-senha do cofre na hora do backup:</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Fazendo o backup…</translation>
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
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>(no motion recorded)</source>
        <translation>(nenhuma moção registrada)</translation>
    </message>
    <message>
        <source>As the forum wants it shown to the council</source>
        <translation>Como o fórum quer que seja apresentado ao conselho</translation>
    </message>
    <message>
        <source>C&amp;ouncil:</source>
        <translation>C&amp;onselho:</translation>
    </message>
    <message>
        <source>Choose the council: there is none yet, so create it first (New council… beside the tree).</source>
        <translation>Escolha o conselho: ainda não há nenhum, então crie-o primeiro (Novo conselho… ao lado da árvore).</translation>
    </message>
    <message>
        <source>Elect a delegate</source>
        <translation>Eleger um delegado</translation>
    </message>
    <message>
        <source>Election &amp;motion:</source>
        <translation>&amp;Moção de eleição:</translation>
    </message>
    <message>
        <source>From &amp;contacts…</source>
        <translation>Dos &amp;contatos…</translation>
    </message>
    <message>
        <source>Give the delegate&apos;s name (or choose them from the contacts).</source>
        <translation>Informe o nome do delegado (ou escolha-o nos contatos).</translation>
    </message>
    <message>
        <source>Term &amp;from:</source>
        <translation>Mandato &amp;de:</translation>
    </message>
    <message>
        <source>Term &amp;to:</source>
        <translation>Mandato &amp;até:</translation>
    </message>
    <message>
        <source>The term ends before it starts: check the term end.</source>
        <translation>O mandato termina antes de começar: verifique o fim do mandato.</translation>
    </message>
    <message>
        <source>There is no council yet. Create the council first (New council… beside the tree).</source>
        <translation>Ainda não há conselho. Crie o conselho primeiro (Novo conselho… ao lado da árvore).</translation>
    </message>
</context>
<context>
    <name>DelegatesAndMandates</name>
    <message>
        <source>&amp;Elect a delegate…</source>
        <translation>&amp;Eleger um delegado…</translation>
    </message>
    <message>
        <source>&amp;Pass a mandate…</source>
        <translation>&amp;Aprovar um mandato…</translation>
    </message>
    <message>
        <source>&amp;Recall…</source>
        <translation>&amp;Revogar…</translation>
    </message>
    <message>
        <source>A mandate is for an agenda item of a council meeting: choose the council, schedule its meeting and add the agenda items first.</source>
        <translation>Um mandato é para um item de pauta de uma reunião de conselho: escolha o conselho, agende a reunião e adicione primeiro os itens de pauta.</translation>
    </message>
    <message>
        <source>A recall is a motion of the forum: record the recall motion and its result in a meeting of this forum first (Meetings tab, Record a motion, kind Recall).</source>
        <translation>A revogação é uma moção do fórum: registre primeiro a moção de revogação e seu resultado numa reunião deste fórum (aba Reuniões, Registrar uma moção, tipo Revogação).</translation>
    </message>
    <message>
        <source>Choose the delegate to recall first.</source>
        <translation>Escolha primeiro o delegado a revogar.</translation>
    </message>
    <message>
        <source>Choose the mandate to report back on first.</source>
        <translation>Escolha primeiro o mandato sobre o qual prestar contas.</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Delegados</translation>
    </message>
    <message>
        <source>Delegates are elected by a forum: choose a forum on the left.</source>
        <translation>Os delegados são eleitos por um fórum: escolha um fórum à esquerda.</translation>
    </message>
    <message>
        <source>Delegates carry the forum&apos;s mandates and can be recalled by a carried recall motion of the forum.</source>
        <translation>Os delegados levam os mandatos do fórum e podem ser revogados por uma moção de revogação aprovada pelo fórum.</translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation>Mandatos</translation>
    </message>
    <message>
        <source>Mandates the forums in this vault gave on this council&apos;s agenda.</source>
        <translation>Mandatos que os fóruns deste cofre deram sobre a pauta deste conselho.</translation>
    </message>
    <message>
        <source>Recall this delegate?</source>
        <translation>Revogar este delegado?</translation>
    </message>
    <message>
        <source>Report &amp;back…</source>
        <translation>Prestar &amp;contas…</translation>
    </message>
    <message>
        <source>The delegate&apos;s term ends on {day}.</source>
        <translation>O mandato do delegado termina em {day}.</translation>
    </message>
    <message>
        <source>The forum&apos;s instructions to its delegate on council agenda items.</source>
        <translation>As instruções do fórum ao seu delegado sobre os itens de pauta do conselho.</translation>
    </message>
    <message>
        <source>They no longer carry the forum&apos;s mandates.</source>
        <translation>Deixa de levar os mandatos do fórum.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Choose a picture</source>
        <translation>Escolha uma imagem</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imagens (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Password (at least 8 characters):</source>
        <translation>Senha (pelo menos 8 caracteres):</translation>
    </message>
    <message>
        <source>Protect with a password</source>
        <translation>Proteger com senha</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Salvar o documento</translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>A mesma senha de novo:</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was saved.</source>
        <translation>As duas senhas são diferentes; nada foi salvo.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source> with a password (AES-256)</source>
        <translation> com senha (AES-256)</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation>&amp;Em:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Anyone who gets the file can read it.</source>
        <translation>Qualquer pessoa que receber o arquivo pode lê-lo.</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Preparando a pré-visualização…</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Idioma do documento</translation>
    </message>
    <message>
        <source>Pages sent to the printer: {n}.</source>
        <translation>Páginas enviadas à impressora: {n}.</translation>
    </message>
    <message>
        <source>Pages: {n}.</source>
        <translation>Páginas: {n}.</translation>
    </message>
    <message>
        <source>Personal data in this document</source>
        <translation>Dados pessoais neste documento</translation>
    </message>
    <message>
        <source>Protect with a &amp;password</source>
        <translation>Proteger com &amp;senha</translation>
    </message>
    <message>
        <source>Sa&amp;ve as PDF…</source>
        <translation>Sal&amp;var como PDF…</translation>
    </message>
    <message>
        <source>Save a PDF with {what} without a password?</source>
        <translation>Salvar um PDF com {what} sem senha?</translation>
    </message>
    <message>
        <source>Saved{how}.</source>
        <translation>Salvo{how}.</translation>
    </message>
    <message>
        <source>Stop building this document</source>
        <translation>Parar de montar este documento</translation>
    </message>
    <message>
        <source>Stopped: the document was not built.</source>
        <translation>Interrompido: o documento não foi montado.</translation>
    </message>
    <message>
        <source>The document could not be built.</source>
        <translation>Não foi possível montar o documento.</translation>
    </message>
    <message>
        <source>Tick &apos;Protect with a password&apos; to encrypt it.</source>
        <translation>Marque &apos;Proteger com senha&apos; para criptografá-lo.</translation>
    </message>
    <message>
        <source>coworkers&apos; full names</source>
        <translation>nomes completos de colegas</translation>
    </message>
    <message>
        <source>coworkers&apos; initials</source>
        <translation>iniciais de colegas</translation>
    </message>
    <message>
        <source>each worker&apos;s assessment (by row number)</source>
        <translation>a avaliação de cada trabalhador (por número de linha)</translation>
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
        <translation>Ausente (sem voto)</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstenção</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contra</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Item de pauta</translation>
    </message>
    <message>
        <source>Agenda of {council}, meeting of {day}, saved for {member}; items: {n}.</source>
        <translation>Pauta de {council}, reunião de {day}, salva para {member}; itens: {n}.</translation>
    </message>
    <message>
        <source>Decisions of {council}, meeting of {day}, saved for {member}; items: {n}.</source>
        <translation>Decisões de {council}, reunião de {day}, salvas para {member}; itens: {n}.</translation>
    </message>
    <message>
        <source>For</source>
        <translation>A favor</translation>
    </message>
    <message>
        <source>Its vote on:</source>
        <translation>O voto dele em:</translation>
    </message>
    <message>
        <source>Mandates &amp;due by</source>
        <translation>Prazo dos &amp;mandatos</translation>
    </message>
    <message>
        <source>Mee&amp;ting:</source>
        <translation>Reu&amp;nião:</translation>
    </message>
    <message>
        <source>Mem&amp;ber:</source>
        <translation>Mem&amp;bro:</translation>
    </message>
    <message>
        <source>Member&apos;s key</source>
        <translation>Chave do membro</translation>
    </message>
    <message>
        <source>No trusted member yet: trust its key card</source>
        <translation>Nenhum membro confiável ainda: confie no seu cartão de chave</translation>
    </message>
    <message>
        <source>Recorded: {member} voted {vote} on {item}.</source>
        <translation>Registrado: {member} votou “{vote}” em {item}.</translation>
    </message>
    <message>
        <source>Save &amp;agenda…</source>
        <translation>Salvar a &amp;pauta…</translation>
    </message>
    <message>
        <source>Save d&amp;ecisions…</source>
        <translation>Salvar as d&amp;ecisões…</translation>
    </message>
    <message>
        <source>Send down to a member (choose a council on the left)</source>
        <translation>Enviar para um membro (escolha um conselho à esquerda)</translation>
    </message>
    <message>
        <source>The council&apos;s meeting</source>
        <translation>A reunião do conselho</translation>
    </message>
    <message>
        <source>The member&apos;s vote</source>
        <translation>O voto do membro</translation>
    </message>
    <message>
        <source>Voted against its mandate: {items}.</source>
        <translation>Votou contra o seu mandato: {items}.</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
</context>
<context>
    <name>EntryLogging</name>
    <message>
        <source>(no assessment)</source>
        <translation>(sem avaliação)</translation>
    </message>
    <message>
        <source>Appealed to the next step</source>
        <translation>Recorrido à etapa seguinte</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Foi pedido</translation>
    </message>
    <message>
        <source>Correct what is wrong about {name}; each change goes to the keeper as its own entry.</source>
        <translation>Corrija o que está errado sobre {name}; cada alteração vai ao guardião como um registro separado.</translation>
    </message>
    <message>
        <source>Filed at its current step</source>
        <translation>Apresentada na etapa atual</translation>
    </message>
    <message>
        <source>Logged for your next report.</source>
        <translation>Registrado para o seu próximo relatório.</translation>
    </message>
    <message>
        <source>Management answered at its current step</source>
        <translation>A chefia respondeu na etapa atual</translation>
    </message>
    <message>
        <source>Nothing differs from the copy; nothing was logged.</source>
        <translation>Nada difere da cópia; nada foi registrado.</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>Participou</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusou</translation>
    </message>
    <message>
        <source>The entry was removed.</source>
        <translation>O registro foi removido.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remover…</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Adicionar &amp;arquivo…</translation>
    </message>
    <message>
        <source>Copy saved. It is not encrypted: delete it when done.</source>
        <translation>Cópia salva. Ela não está criptografada: exclua-a quando terminar.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Provas</translation>
    </message>
    <message>
        <source>Evidence is stored encrypted inside the vault. A saved copy is an ordinary, unencrypted file: keep it somewhere safe.</source>
        <translation>As provas são guardadas criptografadas dentro do cofre. Uma cópia salva é um arquivo comum, não criptografado: guarde-a em lugar seguro.</translation>
    </message>
    <message>
        <source>Evidence preview</source>
        <translation>Pré-visualização da prova</translation>
    </message>
    <message>
        <source>Evidence removed.</source>
        <translation>Prova removida.</translation>
    </message>
    <message>
        <source>Evidence stored in the vault.</source>
        <translation>Prova guardada no cofre.</translation>
    </message>
    <message>
        <source>No preview for this kind of file; use “Save a copy…”.</source>
        <translation>Sem pré-visualização para este tipo de arquivo; use “Salvar uma cópia…”.</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Pré-visualizar</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Salvar uma &amp;cópia…</translation>
    </message>
    <message>
        <source>The copy could not be written there.</source>
        <translation>Não foi possível gravar a cópia ali.</translation>
    </message>
    <message>
        <source>The file could not be read; check it exists.</source>
        <translation>Não foi possível ler o arquivo; verifique se ele existe.</translation>
    </message>
    <message>
        <source>The file is larger than 25 MB; attach a smaller copy or an extract.</source>
        <translation>O arquivo tem mais de 25 MB; anexe uma cópia menor ou um trecho.</translation>
    </message>
    <message>
        <source>the file stored in the vault</source>
        <translation>o arquivo guardado no cofre</translation>
    </message>
    <message>
        <source>this evidence file</source>
        <translation>este arquivo de prova</translation>
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
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Giver:</source>
        <translation>&amp;Quem dá:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Horas:</translation>
    </message>
    <message>
        <source>&amp;Receiver:</source>
        <translation>&amp;Quem recebe:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;O quê:</translation>
    </message>
    <message>
        <source>1.5 or 1:30</source>
        <translation>1.5 ou 1:30</translation>
    </message>
    <message>
        <source>An hour is an hour, whatever the work.</source>
        <translation>Uma hora é uma hora, seja qual for o trabalho.</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Confirmado por</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Giver</source>
        <translation>Quem dá</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Quem recebe</translation>
    </message>
    <message>
        <source>Record a time-bank exchange</source>
        <translation>Registrar uma troca no banco de tempo</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>O que foi feito</translation>
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
        <translation>Exportar a lista de reclamações</translation>
    </message>
    <message>
        <source>Export the people list</source>
        <translation>Exportar a lista de pessoas</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar para</translation>
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
        <translation>Incluir pessoas e casos marcados como sigilosos</translation>
    </message>
    <message>
        <source>The rows: the list as the page shows it, with its filters and in its order.</source>
        <translation>As linhas: a lista como a página a mostra, com seus filtros e na sua ordem.</translation>
    </message>
    <message>
        <source>The rows: the whole list of the workplace.</source>
        <translation>As linhas: a lista inteira do local de trabalho.</translation>
    </message>
    <message>
        <source>The vault has no workplace yet; add one first.</source>
        <translation>O cofre ainda não tem local de trabalho; adicione um primeiro.</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>&amp;Agreed on:</source>
        <translation>&amp;Acordado em:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Prazo:</translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation>&amp;Nova data:</translation>
    </message>
    <message>
        <source>Agreed &amp;with:</source>
        <translation>Acordado &amp;com:</translation>
    </message>
    <message>
        <source>Written extension</source>
        <translation>Prorrogação por escrito</translation>
    </message>
    <message>
        <source>e.g. HR manager, in writing</source>
        <translation>ex.: gerente de RH, por escrito</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>A CSV, XLSX or ODS chart: one row per person.</source>
        <translation>Um mapeamento em CSV, XLSX ou ODS: uma linha por pessoa.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Escolha uma planilha</translation>
    </message>
    <message>
        <source>Choose the encoding above, then Next.</source>
        <translation>Escolha a codificação acima e depois Avançar.</translation>
    </message>
    <message>
        <source>Dates like 03/04/2025 are day/month (3 April)</source>
        <translation>Datas como 03/04/2025 são dia/mês (3 de abril)</translation>
    </message>
    <message>
        <source>Detect (asks when unsure)</source>
        <translation>Detectar (pergunta em caso de dúvida)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lendo o arquivo…</translation>
    </message>
    <message>
        <source>Text encoding (CSV)</source>
        <translation>Codificação do texto (CSV)</translation>
    </message>
    <message>
        <source>The file could not be read; choose another file.</source>
        <translation>Não foi possível ler o arquivo; escolha outro arquivo.</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Local de trabalho</translation>
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
        <translation>Carta (EUA)</translation>
    </message>
</context>
<context>
    <name>ForumForm</name>
    <message>
        <source>Count grievances marked &amp;sensitive</source>
        <translation>Contar as reclamações marcadas como &amp;sigilosas</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Números em</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Fórum</translation>
    </message>
    <message>
        <source>Off: cases marked sensitive are left out of the grievance counts, as the briefing says. Tick only when the forum agreed to report them.</source>
        <translation>Desligado: casos marcados como sigilosos ficam fora da contagem de reclamações, como diz o informe. Marque só quando o fórum tiver concordado em relatá-los.</translation>
    </message>
    <message>
        <source>forum: the vault has no forum yet; add one under Assemblies.</source>
        <translation>fórum: o cofre ainda não tem fórum; adicione um em Assembleias.</translation>
    </message>
</context>
<context>
    <name>FundEntryForm</name>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Membro:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Entries are never edited: a mistake is corrected by reversing the entry.</source>
        <translation>Os lançamentos nunca são editados: um erro se corrige estornando o lançamento.</translation>
    </message>
    <message>
        <source>For the &amp;need:</source>
        <translation>Para a &amp;necessidade:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>M&amp;emo:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necessidade</translation>
    </message>
    <message>
        <source>Post to the fund</source>
        <translation>Lançar no fundo</translation>
    </message>
</context>
<context>
    <name>GlossaryTip</name>
    <message>
        <source>F1: the guide for this page</source>
        <translation>F1: o guia desta página</translation>
    </message>
</context>
<context>
    <name>GrievanceChart</name>
    <message>
        <source>Closed</source>
        <translation>Encerrada</translation>
    </message>
    <message>
        <source>Grievance chart</source>
        <translation>Gráfico de reclamações</translation>
    </message>
    <message>
        <source>Median days from the first filing to the outcome</source>
        <translation>Mediana de dias da primeira apresentação ao resultado</translation>
    </message>
    <message>
        <source>Open at the month&apos;s end</source>
        <translation>Abertas no fim do mês</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abertas</translation>
    </message>
    <message>
        <source>Won, % of the cases closed</source>
        <translation>Ganhos, % dos casos encerrados</translation>
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
        <translation>&amp;Provas</translation>
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
        <translation>&amp;Etapas e prazos</translation>
    </message>
    <message>
        <source>Choose a contract first (set one up with “Contract…”).</source>
        <translation>Escolha primeiro um acordo coletivo (configure um com “Acordo coletivo…”).</translation>
    </message>
    <message>
        <source>New grievance</source>
        <translation>Nova reclamação</translation>
    </message>
    <message>
        <source>Your unsaved changes are back; save them when ready.</source>
        <translation>Suas alterações não salvas voltaram; salve-as quando quiser.</translation>
    </message>
</context>
<context>
    <name>GrievanceEvidence</name>
    <message>
        <source>Add evidence</source>
        <translation>Adicionar provas</translation>
    </message>
    <message>
        <source>Save a copy (not encrypted)</source>
        <translation>Salvar uma cópia (não criptografada)</translation>
    </message>
</context>
<context>
    <name>GrievanceLists</name>
    <message>
        <source>Closed: {outcome}</source>
        <translation>Encerrada: {outcome}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberta</translation>
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
        <translation> · {n} marcado(s) como sigiloso(s) excluído(s)</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>&amp;Local de trabalho:</translation>
    </message>
    <message>
        <source>&lt;b&gt;{open} open&lt;/b&gt; ({overdue} overdue, {soon} due within a few working days) · &lt;b&gt;{closed} closed&lt;/b&gt; since {start}: won {won}, settled {settled}, withdrawn {withdrawn}, lost {lost}, lapsed {lapsed} · win rate &lt;b&gt;{rate}&lt;/b&gt; · median {days} days to resolution</source>
        <translation>&lt;b&gt;{open} abertas&lt;/b&gt; ({overdue} vencidas, {soon} vencem em poucos dias úteis) · &lt;b&gt;{closed} encerradas&lt;/b&gt; desde {start}: ganhas {won}, resolvidas por acordo {settled}, retiradas {withdrawn}, perdidas {lost}, caducadas {lapsed} · taxa de êxito &lt;b&gt;{rate}&lt;/b&gt; · mediana de {days} dias até a resolução</translation>
    </message>
    <message>
        <source>As o&amp;f:</source>
        <translation>E&amp;m:</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Em</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Preparando o relatório…</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mês</translation>
    </message>
    <message>
        <source>By steward, step, area, article</source>
        <translation>Por representante, etapa, setor e artigo</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerrada</translation>
    </message>
    <message>
        <source>Closed &amp;since:</source>
        <translation>Encerradas &amp;desde:</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Casos encerrados</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>Every workplace</source>
        <translation>Todos os locais de trabalho</translation>
    </message>
    <message>
        <source>Include cases marked &amp;sensitive</source>
        <translation>Incluir casos marcados como &amp;sigilosos</translation>
    </message>
    <message>
        <source>Name &amp;grievants</source>
        <translation>Nomear os &amp;reclamantes</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Casos abertos</translation>
    </message>
    <message>
        <source>Outcomes and months</source>
        <translation>Resultados e meses</translation>
    </message>
    <message>
        <source>Outcomes by article</source>
        <translation>Resultados por artigo</translation>
    </message>
    <message>
        <source>Outcomes by type</source>
        <translation>Resultados por tipo</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Período de</translation>
    </message>
    <message>
        <source>Protect with a password</source>
        <translation>Proteger com senha</translation>
    </message>
    <message>
        <source>Report saved.</source>
        <translation>Relatório salvo.</translation>
    </message>
    <message>
        <source>Save report &amp;PDF…</source>
        <translation>Salvar relatório em &amp;PDF…</translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation>Não foi possível ler os números.</translation>
    </message>
    <message>
        <source>The period starts after its end; choose an earlier “Closed since” date.</source>
        <translation>O período começa depois do fim; escolha uma data “Encerradas desde” anterior.</translation>
    </message>
    <message>
        <source>Win rate: won as a share of the cases closed (settlements counted apart). Days: from the first filing to the outcome.</source>
        <translation>Taxa de êxito: ganhos como proporção dos casos encerrados (acordos contados à parte). Dias: da primeira apresentação ao resultado.</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Local de trabalho</translation>
    </message>
</context>
<context>
    <name>Grievances</name>
    <message>
        <source>Export deadlines to a calendar file</source>
        <translation>Exportar os prazos para um arquivo de calendário</translation>
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
            <numerusform>%n prazo exportado.</numerusform>
            <numerusform>%n prazos exportados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grievances</source>
        <translation>
            <numerusform>%n reclamação</numerusform>
            <numerusform>%n reclamações</numerusform>
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
        <translation>&amp;Setor:</translation>
    </message>
    <message>
        <source>&amp;Contract…</source>
        <translation>&amp;Acordo coletivo…</translation>
    </message>
    <message>
        <source>&amp;New grievance</source>
        <translation>&amp;Nova reclamação</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Situação:</translation>
    </message>
    <message>
        <source>1 grievance</source>
        <translation>1 reclamação</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation>Qualquer setor</translation>
    </message>
    <message>
        <source>Any step</source>
        <translation>Qualquer etapa</translation>
    </message>
    <message>
        <source>Any steward</source>
        <translation>Qualquer representante</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Qualquer tipo</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Committee re&amp;view</source>
        <translation>Re&amp;visão da comissão</translation>
    </message>
    <message>
        <source>E&amp;xport deadlines (.ics)…</source>
        <translation>E&amp;xportar prazos (.ics)…</translation>
    </message>
    <message>
        <source>Grievances</source>
        <translation>Reclamações</translation>
    </message>
    <message>
        <source>Letter te&amp;mplates…</source>
        <translation>&amp;Modelos de carta…</translation>
    </message>
    <message>
        <source>No deadline overdue</source>
        <translation>Nenhum prazo vencido</translation>
    </message>
    <message>
        <source>S&amp;tep:</source>
        <translation>E&amp;tapa:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Ste&amp;ward:</source>
        <translation>&amp;Representante:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
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
        <translation>incluir os nomes dos reclamantes</translation>
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
        <translation>Gráfico de crescimento</translation>
    </message>
    <message>
        <source>{label}: nobody works in these areas yet</source>
        <translation>{label}: ninguém trabalha nestes setores ainda</translation>
    </message>
</context>
<context>
    <name>GrowthLists</name>
    <message>
        <source>below 1:10</source>
        <translation>abaixo de 1:10</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>na meta</translation>
    </message>
</context>
<context>
    <name>GrowthPage</name>
    <message numerus="yes">
        <source>%n areas ticked; the chart compares the first {max} (untick some to choose).</source>
        <translation>
            <numerusform>%n setor marcado; o gráfico compara os primeiros {max} (desmarque alguns para escolher).</numerusform>
            <numerusform>%n setores marcados; o gráfico compara os primeiros {max} (desmarque alguns para escolher).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Em:</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoje</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>&amp;Local de trabalho:</translation>
    </message>
    <message>
        <source>Areas to compare</source>
        <translation>Setores a comparar</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Em</translation>
    </message>
    <message numerus="yes">
        <source>Compare areas (up to %n):</source>
        <translation>
            <numerusform>Comparar setores (até %n):</numerusform>
            <numerusform>Comparar setores (até %n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Every area as of {day}: {below} below the 1:10 committee target (listed first).</source>
        <translation>Todos os setores em {day}: {below} abaixo da meta 1:10 da comissão (listados primeiro).</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Figures by area</source>
        <translation>Números por setor</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Local de trabalho</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sumário</translation>
    </message>
    <message>
        <source>For&amp;ward</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <source>Forum Kit guide</source>
        <translation>Guia do Forum Kit</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Texto do guia</translation>
    </message>
    <message>
        <source>Making the quick start…</source>
        <translation>Gerando o guia rápido…</translation>
    </message>
    <message>
        <source>Parts of the guide</source>
        <translation>Partes do guia</translation>
    </message>
    <message>
        <source>Save the &amp;quick start (PDF)…</source>
        <translation>Salvar o guia &amp;rápido (PDF)…</translation>
    </message>
    <message numerus="yes">
        <source>Saved the quick start (%n page(s)) to {path}.</source>
        <translation>
            <numerusform>Guia rápido (%n página) salvo em {path}.</numerusform>
            <numerusform>Guia rápido (%n páginas) salvo em {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The quick start was not saved: {error}</source>
        <translation>O guia rápido não foi salvo: {error}</translation>
    </message>
</context>
<context>
    <name>HazardsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <source>Dealt with &amp;today</source>
        <translation>Resolvido &amp;hoje</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Riscos</translation>
    </message>
    <message>
        <source>Hazards of the area</source>
        <translation>Riscos do setor</translation>
    </message>
    <message>
        <source>New hazard</source>
        <translation>Novo risco</translation>
    </message>
    <message>
        <source>Note a hazard:</source>
        <translation>Anote um risco:</translation>
    </message>
    <message>
        <source>Noted on</source>
        <translation>Anotado em</translation>
    </message>
    <message>
        <source>e.g. loading bay over 30 °C in summer</source>
        <translation>por exemplo, doca de carga acima de 30 °C no verão</translation>
    </message>
</context>
<context>
    <name>HazardsModel</name>
    <message>
        <source>not yet</source>
        <comment>a hazard not dealt with yet</comment>
        <translation>ainda não</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Guide for this page</source>
        <translation>&amp;Guia desta página</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>First ste&amp;ps (walk-through)…</source>
        <translation>Primeiros &amp;passos (roteiro guiado)…</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>&amp;Glossário</translation>
    </message>
    <message>
        <source>Getting &amp;started</source>
        <translation>Para &amp;começar</translation>
    </message>
    <message>
        <source>Safety &amp;first</source>
        <translation>&amp;Segurança em primeiro lugar</translation>
    </message>
    <message>
        <source>Save the &amp;quick start (PDF)…</source>
        <translation>Salvar o guia &amp;rápido (PDF)…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Escolha uma planilha</translation>
    </message>
    <message>
        <source>Import a chart</source>
        <translation>Importar um mapeamento</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.ods *.txt *.tsv);;All files (*)</source>
        <translation>Planilhas (*.csv *.xlsx *.ods *.txt *.tsv);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Grievance:</source>
        <translation>&amp;Reclamação:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Membro:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Add a &amp;witness…</source>
        <translation>Adicionar &amp;testemunha…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Grievance</source>
        <translation>Reclamação</translation>
    </message>
    <message>
        <source>Log retaliation</source>
        <translation>Registrar retaliação</translation>
    </message>
    <message>
        <source>Member targeted</source>
        <translation>Membro visado</translation>
    </message>
    <message>
        <source>Sensitive (kept out of exports and bundles unless chosen)</source>
        <translation>Sigiloso (fica fora das exportações e pacotes, salvo se escolhido)</translation>
    </message>
    <message>
        <source>W&amp;hat happened:</source>
        <translation>O que &amp;aconteceu:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>Who from ma&amp;nagement:</source>
        <translation>Quem da &amp;chefia:</translation>
    </message>
    <message>
        <source>Who from management</source>
        <translation>Quem da chefia</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Testemunhas</translation>
    </message>
    <message>
        <source>Witnesses:</source>
        <translation>Testemunhas:</translation>
    </message>
</context>
<context>
    <name>KeeperDialog</name>
    <message>
        <source>Trust a chart keeper</source>
        <translation>Confiar em um guardião do mapeamento</translation>
    </message>
</context>
<context>
    <name>LeafletForm</name>
    <message numerus="yes">
        <source>&apos;{code}&apos; (second language): %n word(s)</source>
        <translation>
            <numerusform>&apos;{code}&apos; (segundo idioma): %n palavra</numerusform>
            <numerusform>&apos;{code}&apos; (segundo idioma): %n palavras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;{code}&apos;: %n word(s)</source>
        <translation>
            <numerusform>&apos;{code}&apos;: %n palavra</numerusform>
            <numerusform>&apos;{code}&apos;: %n palavras</numerusform>
        </translation>
    </message>
    <message>
        <source>A blank line separates paragraphs</source>
        <translation>Uma linha em branco separa os parágrafos</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>How to reach you: a phone, an e-mail, a name</source>
        <translation>Como encontrar você: um telefone, um e-mail, um nome</translation>
    </message>
    <message>
        <source>Image file…</source>
        <translation>Arquivo de imagem…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Sem imagem</translation>
    </message>
    <message>
        <source>On the back</source>
        <translation>No verso</translation>
    </message>
    <message>
        <source>One demand per line</source>
        <translation>Uma reivindicação por linha</translation>
    </message>
    <message>
        <source>PNG or JPEG file</source>
        <translation>Arquivo PNG ou JPEG</translation>
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
        <translation>Quem somos, neste idioma</translation>
    </message>
    <message>
        <source>Words of the leaflet</source>
        <translation>Palavras do panfleto</translation>
    </message>
    <message>
        <source>e.g. The night shift committee of the depot</source>
        <translation>ex.: A comissão do turno da noite do depósito</translation>
    </message>
    <message>
        <source>visual: choose an image file, or a pictogram.</source>
        <translation>visual: escolha um arquivo de imagem ou um pictograma.</translation>
    </message>
    <message>
        <source>words: Forum Kit has no leaflet words in {languages} yet. Write them in that language under “Words of the leaflet” (marked in red); nothing is printed in English instead.</source>
        <translation>words: o Forum Kit ainda não tem as palavras do panfleto em {languages}. Escreva-as nesse idioma em “Palavras do panfleto” (marcadas em vermelho); nada é impresso em inglês no lugar.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source> with a password (AES-256)</source>
        <translation> com senha (AES-256)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Information asked for:</source>
        <translation>&amp;Informações solicitadas:</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Carta:</translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation>&amp;Nova data:</translation>
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
        <translation>&amp;Responder até:</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Salvar PDF…</translation>
    </message>
    <message>
        <source>&amp;Terms agreed:</source>
        <translation>&amp;Termos acordados:</translation>
    </message>
    <message>
        <source>Agreed &amp;with:</source>
        <translation>Acordado &amp;com:</translation>
    </message>
    <message>
        <source>Agreed o&amp;n:</source>
        <translation>Acordada e&amp;m:</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Preparando a pré-visualização…</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>Pra&amp;zo:</translation>
    </message>
    <message>
        <source>Fill &amp;again from the case</source>
        <translation>Preencher de &amp;novo a partir do caso</translation>
    </message>
    <message>
        <source>Grievance letter</source>
        <translation>Carta de reclamação</translation>
    </message>
    <message>
        <source>Keep this letter on the case, dated as above</source>
        <translation>Manter esta carta no caso, com a data acima</translation>
    </message>
    <message>
        <source>Letter te&amp;xt:</source>
        <translation>Te&amp;xto da carta:</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Texto da carta</translation>
    </message>
    <message>
        <source>Pages sent to the printer: {n}.</source>
        <translation>Páginas enviadas à impressora: {n}.</translation>
    </message>
    <message>
        <source>Protect with a &amp;password</source>
        <translation>Proteger com &amp;senha</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>A&amp;ssunto:</translation>
    </message>
    <message>
        <source>Saved{how}.</source>
        <translation>Salvo{how}.</translation>
    </message>
    <message>
        <source>Sent on {day}. {effect}</source>
        <translation>Enviada em {day}. {effect}</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>The earliest open deadline</source>
        <translation>O prazo aberto mais próximo</translation>
    </message>
    <message>
        <source>The employer&apos;s answer</source>
        <translation>A resposta do empregador</translation>
    </message>
    <message>
        <source>The letter could not be built.</source>
        <translation>Não foi possível montar a carta.</translation>
    </message>
    <message>
        <source>The text keeps your edits; “Fill again” replaces them.</source>
        <translation>O texto mantém suas edições; “Preencher de novo” as substitui.</translation>
    </message>
    <message>
        <source>The union&apos;s filing or appeal</source>
        <translation>A apresentação ou o recurso do sindicato</translation>
    </message>
    <message>
        <source>When recording, also: {effect}</source>
        <translation>Ao registrar, também: {effect}</translation>
    </message>
    <message>
        <source>e.g. HR manager, in writing</source>
        <translation>ex.: gerente de RH, por escrito</translation>
    </message>
    <message>
        <source>one item a line, e.g. the overtime sheets for March</source>
        <translation>um item por linha, por exemplo as folhas de horas extras de março</translation>
    </message>
    <message>
        <source>⚠ Not filled from the case: {words}. The letter prints “[missing: …]” there: fill them in the case or in the letter.</source>
        <translation>⚠ Não preenchido a partir do caso: {words}. A carta imprime “[falta: …]” nesse lugar: preencha-os no caso ou na carta.</translation>
    </message>
</context>
<context>
    <name>LettersPanel</name>
    <message>
        <source>&amp;New letter…</source>
        <translation>&amp;Nova carta…</translation>
    </message>
    <message>
        <source>(what it recorded on the case, such as a filing or an appeal, stays)</source>
        <translation>(o que ela registrou no caso, como uma apresentação ou um recurso, continua)</translation>
    </message>
    <message>
        <source>Building the fact sheet…</source>
        <translation>Preparando a ficha do caso…</translation>
    </message>
    <message>
        <source>Case &amp;fact sheet…</source>
        <translation>&amp;Ficha do caso…</translation>
    </message>
    <message>
        <source>Fact sheet saved.</source>
        <translation>Ficha do caso salva.</translation>
    </message>
    <message>
        <source>Letter recorded on the case.</source>
        <translation>Carta registrada no caso.</translation>
    </message>
    <message>
        <source>Letters are filled from the case with the contract&apos;s own dates. Change the wording of each kind of letter with “Letter templates…” on the Grievances page.</source>
        <translation>As cartas são preenchidas a partir do caso com as datas do próprio acordo coletivo. Altere o texto de cada tipo de carta em “Modelos de carta…” na página Reclamações.</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Cartas enviadas</translation>
    </message>
    <message>
        <source>Open / print a&amp;gain…</source>
        <translation>Abrir / imprimir de &amp;novo…</translation>
    </message>
    <message>
        <source>Protect the fact sheet with a password</source>
        <translation>Proteger a ficha do caso com senha</translation>
    </message>
    <message>
        <source>Take off the &amp;record…</source>
        <translation>Tirar do &amp;registro…</translation>
    </message>
    <message>
        <source>The fact sheet could not be built.</source>
        <translation>Não foi possível montar a ficha do caso.</translation>
    </message>
    <message>
        <source>The letter is no longer on the case&apos;s record.</source>
        <translation>A carta não está mais no registro do caso.</translation>
    </message>
    <message>
        <source>the copy of the letter kept on the case</source>
        <translation>a cópia da carta guardada no caso</translation>
    </message>
    <message>
        <source>this letter&apos;s record</source>
        <translation>o registro desta carta</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About Forum Kit</source>
        <translation>&amp;Sobre o Forum Kit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear agora</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Search everything</source>
        <translation>&amp;Buscar em tudo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>Its files, its folder or the disk cannot be written.</source>
        <translation>Não é possível gravar nos arquivos, na pasta ou no disco.</translation>
    </message>
    <message>
        <source>Quit Forum Kit</source>
        <translation>Sair do Forum Kit</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F)</source>
        <translation>Buscar em tudo (Ctrl+F)</translation>
    </message>
    <message>
        <source>This kind of item has no page yet.</source>
        <translation>Este tipo de item ainda não tem página.</translation>
    </message>
    <message>
        <source>This vault is read-only: it is open for reading only and nothing in it can be changed. To make changes, copy the vault folder to a place you can write to.</source>
        <translation>Este cofre é somente leitura: está aberto só para leitura e nada nele pode ser alterado. Para fazer alterações, copie a pasta do cofre para um lugar onde você possa gravar.</translation>
    </message>
    <message>
        <source>Vault: {name} — {state}</source>
        <translation>Cofre: {name} — {state}</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>desbloqueado</translation>
    </message>
    <message>
        <source>unlocked, read-only</source>
        <translation>desbloqueado, somente leitura</translation>
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
        <translation>&amp;Número a defender:</translation>
    </message>
    <message>
        <source>&amp;Instruction:</source>
        <translation>&amp;Instrução:</translation>
    </message>
    <message>
        <source>&amp;Red lines:</source>
        <translation>Linhas &amp;vermelhas:</translation>
    </message>
    <message>
        <source>(no motion recorded)</source>
        <translation>(nenhuma moção registrada)</translation>
    </message>
    <message>
        <source>Council agenda &amp;item:</source>
        <translation>&amp;Item de pauta do conselho:</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>&amp;Vence em:</translation>
    </message>
    <message>
        <source>Forum&apos;s &amp;motion:</source>
        <translation>&amp;Moção do fórum:</translation>
    </message>
    <message>
        <source>Pass a mandate</source>
        <translation>Aprovar um mandato</translation>
    </message>
    <message>
        <source>What the delegate must never agree to</source>
        <translation>O que o delegado nunca deve aceitar</translation>
    </message>
    <message>
        <source>e.g. 5% pay rise, no fewer than 12 on the line</source>
        <translation>ex.: 5% de aumento salarial, no mínimo 12 na linha</translation>
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
        <translation>Aberto</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Prestadas</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>none yet</source>
        <translation>nenhum ainda</translation>
    </message>
    <message>
        <source>{members} of {target} needed ({ratio}, target 1:{ten})</source>
        <translation>{members} de {target} necessários ({ratio}, meta 1:{ten})</translation>
    </message>
    <message>
        <source>{members} of {target} needed ({ratio}, target 1:{ten}) — {short} short</source>
        <translation>{members} de {target} necessários ({ratio}, meta 1:{ten}) — faltam {short}</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n pessoa</numerusform>
            <numerusform>%n pessoas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add area…</source>
        <translation>&amp;Adicionar setor…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Excluir…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Mover…</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>&amp;Local de trabalho:</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 pessoa</translation>
    </message>
    <message>
        <source>Add &amp;below…</source>
        <translation>Adicionar &amp;abaixo…</translation>
    </message>
    <message>
        <source>Add &amp;person here…</source>
        <translation>Adicionar &amp;pessoa aqui…</translation>
    </message>
    <message>
        <source>Add a workplace to start.</source>
        <translation>Adicione um local de trabalho para começar.</translation>
    </message>
    <message>
        <source>Add an area (department, line, shift…).</source>
        <translation>Adicione um setor (departamento, linha, turno…).</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>Adicionar setor</translation>
    </message>
    <message>
        <source>Add neighbourhood</source>
        <translation>Adicionar bairro</translation>
    </message>
    <message>
        <source>Add neighbourhood…</source>
        <translation>Adicionar bairro…</translation>
    </message>
    <message>
        <source>Add wor&amp;kplace…</source>
        <translation>Adicionar local de &amp;trabalho…</translation>
    </message>
    <message>
        <source>Add workplace</source>
        <translation>Adicionar local de trabalho</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Setores</translation>
    </message>
    <message>
        <source>C&amp;overage</source>
        <translation>C&amp;obertura</translation>
    </message>
    <message>
        <source>Cha&amp;rt</source>
        <translation>&amp;Mapeamento</translation>
    </message>
    <message>
        <source>Chart of the area</source>
        <translation>Mapeamento do setor</translation>
    </message>
    <message>
        <source>Delete neighbo&amp;urhood…</source>
        <translation>Excluir &amp;bairro…</translation>
    </message>
    <message>
        <source>Delete workpla&amp;ce…</source>
        <translation>Excluir local de tra&amp;balho…</translation>
    </message>
    <message>
        <source>Door-knocks, last 90 days:</source>
        <translation>Visitas porta a porta, últimos 90 dias:</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Headcount:</source>
        <translation>Efetivo:</translation>
    </message>
    <message>
        <source>Name of the street, estate or building:</source>
        <translation>Nome da rua, conjunto ou prédio:</translation>
    </message>
    <message>
        <source>Name of the workplace:</source>
        <translation>Nome do local de trabalho:</translation>
    </message>
    <message>
        <source>Ne&amp;ighbourhood:</source>
        <translation>&amp;Bairro:</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Novo nome:</translation>
    </message>
    <message>
        <source>One-on-ones, last 90 days:</source>
        <translation>Conversas individuais, últimos 90 dias:</translation>
    </message>
    <message>
        <source>Pictur&amp;e</source>
        <translation>&amp;Imagem</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nomear…</translation>
    </message>
    <message>
        <source>Rename area</source>
        <translation>Renomear setor</translation>
    </message>
    <message>
        <source>Residents:</source>
        <translation>Moradores:</translation>
    </message>
    <message>
        <source>Structure &amp;tests…</source>
        <translation>&amp;Testes de estrutura…</translation>
    </message>
    <message>
        <source>Supporters (%1):</source>
        <translation>Apoiadores (%1):</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Local de trabalho</translation>
    </message>
    <message numerus="yes">
        <source>nothing about its %n person(s) or grievance(s): they move to an area you choose</source>
        <translation>
            <numerusform>nada sobre a sua %n pessoa ou reclamação: ela vai para um setor que você escolher</numerusform>
            <numerusform>nada sobre as suas %n pessoas ou reclamações: elas vão para um setor que você escolher</numerusform>
        </translation>
    </message>
    <message>
        <source>this area</source>
        <translation>este setor</translation>
    </message>
    <message>
        <source>this neighbourhood</source>
        <translation>este bairro</translation>
    </message>
    <message>
        <source>this workplace</source>
        <translation>este local de trabalho</translation>
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
        <translation>Setor</translation>
    </message>
    <message>
        <source>Arrange &amp;tiles</source>
        <translation>Organizar &amp;blocos</translation>
    </message>
    <message>
        <source>B&amp;y headcount</source>
        <translation>Por &amp;efetivo</translation>
    </message>
    <message>
        <source>Click a tile to choose an area.</source>
        <translation>Clique em um bloco para escolher um setor.</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comissão</translation>
    </message>
    <message>
        <source>Danger zone</source>
        <translation>Zona de perigo</translation>
    </message>
    <message>
        <source>Drag a tile to move it; drag its lower right corner to resize it.</source>
        <translation>Arraste um bloco para movê-lo; arraste o canto inferior direito para redimensioná-lo.</translation>
    </message>
    <message>
        <source>Floor &amp;plan</source>
        <translation>&amp;Planta baixa</translation>
    </message>
    <message>
        <source>Free zone</source>
        <translation>Zona livre</translation>
    </message>
    <message>
        <source>Hazard&amp;s (%1)…</source>
        <translation>Risco&amp;s (%1)…</translation>
    </message>
    <message>
        <source>Hazard&amp;s…</source>
        <translation>Risco&amp;s…</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Riscos</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Camadas</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Lideranças</translation>
    </message>
    <message>
        <source>No zone</source>
        <translation>Sem zona</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Imagem:</translation>
    </message>
    <message>
        <source>Show &amp;its chart</source>
        <translation>Mostrar o &amp;mapeamento</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>Unreached</source>
        <translation>Não alcançados</translation>
    </message>
    <message>
        <source>Why the zone is free or dangerous, e.g. the supervisor&apos;s office looks onto it</source>
        <translation>Por que a zona é livre ou perigosa, por exemplo, a sala do supervisor dá para ela</translation>
    </message>
    <message>
        <source>Why the zone is marked</source>
        <translation>Por que a zona está marcada</translation>
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
        <translation>por quê?</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check what each column holds. Unmatched columns are ignored.</source>
        <translation>Verifique o que cada coluna contém. Colunas sem correspondência são ignoradas.</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Associar as colunas</translation>
    </message>
    <message>
        <source>a guess</source>
        <translation>um palpite</translation>
    </message>
    <message>
        <source>the mapping you used last time</source>
        <translation>a associação que você usou da última vez</translation>
    </message>
    <message>
        <source>{n} rows read; header on line {line}. Columns matched by {how}.</source>
        <translation>{n} linhas lidas; cabeçalho na linha {line}. Colunas associadas por {how}.</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— não importado —</translation>
    </message>
</context>
<context>
    <name>MatchForm</name>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>&amp;Acompanhar em:</translation>
    </message>
    <message>
        <source>&amp;Help on:</source>
        <translation>A&amp;juda com:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>(the chosen offer&apos;s member)</source>
        <translation>(o membro da oferta escolhida)</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Acompanhar em</translation>
    </message>
    <message>
        <source>Help on</source>
        <translation>Ajuda com</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>Colaborador</translation>
    </message>
    <message>
        <source>Match a need</source>
        <translation>Combinar uma necessidade</translation>
    </message>
    <message>
        <source>No standing offer fits: ask a member directly.</source>
        <translation>Nenhuma oferta permanente serve: peça diretamente a um membro.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Offers that fit</source>
        <translation>Ofertas que servem</translation>
    </message>
    <message>
        <source>Offers that fit, nearest first:</source>
        <translation>Ofertas que servem, as mais próximas primeiro:</translation>
    </message>
    <message>
        <source>Or a &amp;member:</source>
        <translation>Ou um &amp;membro:</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Data e hora:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Local:</translation>
    </message>
    <message>
        <source>Schedule a meeting</source>
        <translation>Convocar uma reunião</translation>
    </message>
    <message>
        <source>e.g. union hall, canteen after the late shift</source>
        <translation>ex.: sede do sindicato, refeitório depois do último turno</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n presente</numerusform>
            <numerusform>%n presentes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save minutes</source>
        <translation>&amp;Salvar ata</translation>
    </message>
    <message numerus="yes">
        <source>, %n guest(s)</source>
        <translation>
            <numerusform>, %n convidado</numerusform>
            <numerusform>, %n convidados</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;ttendance…</source>
        <translation>&amp;Presença…</translation>
    </message>
    <message>
        <source>Add agenda &amp;item…</source>
        <translation>Adicionar &amp;item de pauta…</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Item de pauta</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presença</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Presentes</translation>
    </message>
    <message>
        <source>Choose a meeting, or schedule one.</source>
        <translation>Escolha uma reunião, ou convoque uma.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Ata</translation>
    </message>
    <message>
        <source>Motions</source>
        <translation>Moções</translation>
    </message>
    <message>
        <source>Motions and results</source>
        <translation>Moções e resultados</translation>
    </message>
    <message>
        <source>Record a &amp;motion…</source>
        <translation>Registrar uma &amp;moção…</translation>
    </message>
    <message>
        <source>Title of the agenda item:</source>
        <translation>Título do item de pauta:</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>&amp;Workplace:</source>
        <translation>&amp;Local de trabalho:</translation>
    </message>
    <message>
        <source>(not in the chart)</source>
        <translation>(fora do mapeamento)</translation>
    </message>
    <message>
        <source>Add a steward to the committee</source>
        <translation>Adicionar representante à comissão</translation>
    </message>
    <message>
        <source>Areas of the scope</source>
        <translation>Setores do escopo</translation>
    </message>
    <message>
        <source>Change a member&apos;s scope</source>
        <translation>Alterar o escopo de um membro</translation>
    </message>
    <message>
        <source>May see people, notes and cases marked &amp;sensitive</source>
        <translation>Pode ver pessoas, notas e casos marcados como &amp;sigilosos</translation>
    </message>
    <message>
        <source>Only these &amp;areas (with all under them):</source>
        <translation>Só estes &amp;setores (com tudo abaixo deles):</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Escopo:</translation>
    </message>
    <message>
        <source>The &amp;whole workplace</source>
        <translation>O local de trabalho &amp;inteiro</translation>
    </message>
    <message>
        <source>The steward &amp;is:</source>
        <translation>O representante &amp;é:</translation>
    </message>
    <message>
        <source>The steward in the chart</source>
        <translation>O representante no mapeamento</translation>
    </message>
</context>
<context>
    <name>MotionDialog</name>
    <message>
        <source>&amp;Counted vote</source>
        <translation>Votação com &amp;contagem</translation>
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
        <translation>&amp;Moção:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>(no agenda item)</source>
        <translation>(sem item de pauta)</translation>
    </message>
    <message>
        <source>A&amp;bstain:</source>
        <translation>A&amp;bstenção:</translation>
    </message>
    <message>
        <source>A&amp;gainst:</source>
        <translation>&amp;Contra:</translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation>&amp;Item de pauta:</translation>
    </message>
    <message>
        <source>Record a motion</source>
        <translation>Registrar uma moção</translation>
    </message>
    <message>
        <source>The motion as put to the meeting</source>
        <translation>A moção tal como foi apresentada na reunião</translation>
    </message>
    <message>
        <source>Vote:</source>
        <translation>Votação:</translation>
    </message>
</context>
<context>
    <name>MutualAidPage</name>
    <message>
        <source> with a password (AES-256)</source>
        <translation> com senha (AES-256)</translation>
    </message>
    <message>
        <source>&amp;Close…</source>
        <translation>&amp;Encerrar…</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <source>&amp;Log an incident…</source>
        <translation>&amp;Registrar incidente…</translation>
    </message>
    <message>
        <source>&amp;Match…</source>
        <translation>&amp;Combinar…</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>&amp;Necessidades</translation>
    </message>
    <message>
        <source>&amp;Offers</source>
        <translation>&amp;Ofertas</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Local:</translation>
    </message>
    <message>
        <source>&amp;Plan a check-in…</source>
        <translation>&amp;Agendar contato de apoio…</translation>
    </message>
    <message>
        <source>&amp;Post…</source>
        <translation>&amp;Lançar…</translation>
    </message>
    <message>
        <source>&amp;Print for a lawyer…</source>
        <translation>&amp;Imprimir para advogado…</translation>
    </message>
    <message>
        <source>&amp;Record exchange…</source>
        <translation>&amp;Registrar troca…</translation>
    </message>
    <message>
        <source>&amp;Retaliation log</source>
        <translation>&amp;Registro de retaliações</translation>
    </message>
    <message>
        <source>&amp;Statement…</source>
        <translation>&amp;Extrato…</translation>
    </message>
    <message>
        <source>&amp;Time bank</source>
        <translation>&amp;Banco de tempo</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <source>: nobody has called yet.</source>
        <translation>: ninguém ligou ainda.</translation>
    </message>
    <message>
        <source>Add a workplace or a neighbourhood on the Map page.</source>
        <translation>Adicione um local de trabalho ou um bairro na página Mapa.</translation>
    </message>
    <message>
        <source>An hour is an hour; accounts may go {floor} below zero.</source>
        <translation>Uma hora é uma hora; as contas podem ficar até {floor} abaixo de zero.</translation>
    </message>
    <message>
        <source>Asks and offers &amp;sheet…</source>
        <translation>&amp;Folha de pedidos e ofertas…</translation>
    </message>
    <message>
        <source>Balance {b} · in {i} · out {o}</source>
        <translation>Saldo {b} · entrada {i} · saída {o}</translation>
    </message>
    <message>
        <source>Chec&amp;k-ins</source>
        <translation>&amp;Contatos de apoio</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Contatos de apoio</translation>
    </message>
    <message>
        <source>Choose a member&apos;s account first.</source>
        <translation>Escolha primeiro a conta de um membro.</translation>
    </message>
    <message>
        <source>Choose a place first (add one on the Map page).</source>
        <translation>Escolha primeiro um lugar (adicione um na página Mapa).</translation>
    </message>
    <message>
        <source>Choose a place first.</source>
        <translation>Escolha primeiro um lugar.</translation>
    </message>
    <message>
        <source>Choose an exchange in the list.</source>
        <translation>Escolha uma troca na lista.</translation>
    </message>
    <message>
        <source>Choose the member to check on.</source>
        <translation>Escolha o membro a acompanhar.</translation>
    </message>
    <message>
        <source>Choose who gave the hours and who received them.</source>
        <translation>Escolha quem deu as horas e quem as recebeu.</translation>
    </message>
    <message>
        <source>Close &amp;account</source>
        <translation>Encerrar &amp;conta</translation>
    </message>
    <message>
        <source>Close the account</source>
        <translation>Encerrar a conta</translation>
    </message>
    <message>
        <source>E&amp;xport needs and offers…</source>
        <translation>E&amp;xportar necessidades e ofertas…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Trocas</translation>
    </message>
    <message>
        <source>Export &amp;sensitive incidents too (each one is sensitive unless said otherwise)</source>
        <translation>Exportar também os incidentes &amp;sigilosos (cada um é sigiloso, salvo indicação contrária)</translation>
    </message>
    <message>
        <source>Export needs and offers</source>
        <translation>Exportar necessidades e ofertas</translation>
    </message>
    <message>
        <source>Export the retaliation log</source>
        <translation>Exportar o registro de retaliações</translation>
    </message>
    <message>
        <source>F&amp;igures</source>
        <translation>&amp;Números</translation>
    </message>
    <message>
        <source>F&amp;und</source>
        <translation>F&amp;undo</translation>
    </message>
    <message>
        <source>Follow-up &amp;done</source>
        <translation>Acompanhamento &amp;feito</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fundo</translation>
    </message>
    <message>
        <source>Fund entries</source>
        <translation>Lançamentos do fundo</translation>
    </message>
    <message>
        <source>Fund:</source>
        <translation>Fundo:</translation>
    </message>
    <message>
        <source>Incidents are evidence for a lawyer or a tribunal: date, what happened, who from management, and the coworkers who saw it.</source>
        <translation>Os incidentes são prova para um advogado ou um tribunal: data, o que aconteceu, quem da chefia e os colegas que viram.</translation>
    </message>
    <message>
        <source>Matc&amp;hes</source>
        <translation>&amp;Combinações</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Combinações</translation>
    </message>
    <message>
        <source>Mutual aid figures</source>
        <translation>Números da ajuda mútua</translation>
    </message>
    <message>
        <source>Name of the fund:</source>
        <translation>Nome do fundo:</translation>
    </message>
    <message>
        <source>Name of the time bank:</source>
        <translation>Nome do banco de tempo:</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necessidades</translation>
    </message>
    <message>
        <source>Needs raised, needs met within a week of being raised, people who helped and the fund&apos;s grants, per {area} and month; the rows marked &quot;Whole place&quot; add money in and out of the fund.</source>
        <translation>Necessidades levantadas, necessidades atendidas em até uma semana, pessoas que ajudaram e auxílios do fundo, por {area} e mês; as linhas marcadas &quot;Lugar inteiro&quot; somam as entradas e saídas de dinheiro do fundo.</translation>
    </message>
    <message>
        <source>New &amp;fund…</source>
        <translation>Novo &amp;fundo…</translation>
    </message>
    <message>
        <source>New &amp;need…</source>
        <translation>Nova &amp;necessidade…</translation>
    </message>
    <message>
        <source>New &amp;offer…</source>
        <translation>Nova &amp;oferta…</translation>
    </message>
    <message>
        <source>New fund</source>
        <translation>Novo fundo</translation>
    </message>
    <message>
        <source>New time &amp;bank…</source>
        <translation>Novo banco de &amp;tempo…</translation>
    </message>
    <message>
        <source>New time bank</source>
        <translation>Novo banco de tempo</translation>
    </message>
    <message>
        <source>No fund yet: open one with New fund.</source>
        <translation>Ainda não há fundo: abra um com Novo fundo.</translation>
    </message>
    <message>
        <source>No time bank yet: open one with New time bank.</source>
        <translation>Ainda não há banco de tempo: abra um com Novo banco de tempo.</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>Open &amp;person</source>
        <translation>Abrir &amp;pessoa</translation>
    </message>
    <message>
        <source>Open a fund first (New fund).</source>
        <translation>Abra primeiro um fundo (Novo fundo).</translation>
    </message>
    <message>
        <source>Open a time bank first (New time bank).</source>
        <translation>Abra primeiro um banco de tempo (Novo banco de tempo).</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Print &amp;names (only of members who agreed)</source>
        <translation>Imprimir &amp;nomes (só de membros que concordaram)</translation>
    </message>
    <message>
        <source>Re&amp;verse</source>
        <translation>Es&amp;tornar</translation>
    </message>
    <message>
        <source>Record &amp;outcome…</source>
        <translation>Registrar &amp;resultado…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Retaliation log</source>
        <translation>Registro de retaliações</translation>
    </message>
    <message>
        <source>Reverse an entry</source>
        <translation>Estornar um lançamento</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Salvar como</translation>
    </message>
    <message>
        <source>Saved {path}{how}. It carries {what}.</source>
        <translation>{path}{how} salvo. Ele contém {what}.</translation>
    </message>
    <message>
        <source>Show &amp;done ones too</source>
        <translation>Mostrar também as &amp;feitas</translation>
    </message>
    <message>
        <source>The member left? Their account takes no new exchanges; its history is kept.</source>
        <translation>O membro saiu? A conta não aceita novas trocas; o histórico é mantido.</translation>
    </message>
    <message>
        <source>The retaliation log names members and witnesses: it is saved only with a password (AES-256). Give the password to the lawyer separately.</source>
        <translation>O registro de retaliações nomeia membros e testemunhas: só é salvo com senha (AES-256). Entregue a senha ao advogado separadamente.</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was saved.</source>
        <translation>As duas senhas são diferentes; nada foi salvo.</translation>
    </message>
    <message>
        <source>Time bank</source>
        <translation>Banco de tempo</translation>
    </message>
    <message>
        <source>Time bank:</source>
        <translation>Banco de tempo:</translation>
    </message>
    <message>
        <source>Time-bank accounts</source>
        <translation>Contas do banco de tempo</translation>
    </message>
    <message>
        <source>Why is it corrected?</source>
        <translation>Por que é corrigido?</translation>
    </message>
    <message>
        <source>Witnesses: {w}</source>
        <translation>Testemunhas: {w}</translation>
    </message>
    <message>
        <source>Wrote {rows} to {path}.</source>
        <translation>{rows} gravado(s) em {path}.</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>um membro</translation>
    </message>
    <message>
        <source>check-in overdue</source>
        <translation>contato de apoio atrasado</translation>
    </message>
    <message>
        <source>check-ins overdue</source>
        <translation>contatos de apoio atrasados</translation>
    </message>
    <message>
        <source>no names: only what members agreed the assembly may see</source>
        <translation>sem nomes: só o que os membros aceitaram que a assembleia veja</translation>
    </message>
    <message>
        <source>open need</source>
        <translation>necessidade aberta</translation>
    </message>
    <message>
        <source>open needs</source>
        <translation>necessidades abertas</translation>
    </message>
    <message>
        <source>row</source>
        <translation>linha</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>linhas</translation>
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
        <translation>rua ou setor</translation>
    </message>
    <message>
        <source>the member&apos;s name and the names of those they exchanged hours with</source>
        <translation>o nome do membro e os nomes de quem trocou horas com ele</translation>
    </message>
    <message>
        <source>the names of members targeted and of witnesses</source>
        <translation>os nomes dos membros visados e das testemunhas</translation>
    </message>
    <message>
        <source>the names of members who agreed to be named</source>
        <translation>os nomes dos membros que aceitaram ser nomeados</translation>
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
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Membro:</translation>
    </message>
    <message>
        <source>&amp;Seen by:</source>
        <translation>&amp;Visto por:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgência:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Onde:</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>(ninguém nomeado)</translation>
    </message>
    <message>
        <source>(the member&apos;s area)</source>
        <translation>(o setor do membro)</translation>
    </message>
    <message>
        <source>Anonymous to the committee (nobody named at all)</source>
        <translation>Anônimo para a comissão (ninguém nomeado)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Available &amp;from:</source>
        <translation>Disponível &amp;de:</translation>
    </message>
    <message>
        <source>Available &amp;until:</source>
        <translation>Disponível &amp;até:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Needed &amp;by:</source>
        <translation>Necessária &amp;até:</translation>
    </message>
    <message>
        <source>Needed &amp;from:</source>
        <translation>Necessária &amp;a partir de:</translation>
    </message>
    <message>
        <source>New need</source>
        <translation>Nova necessidade</translation>
    </message>
    <message>
        <source>New offer</source>
        <translation>Nova oferta</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgência</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>O &amp;quê:</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>O que é necessário</translation>
    </message>
    <message>
        <source>What is offered</source>
        <translation>O que é oferecido</translation>
    </message>
    <message>
        <source>Who may see it</source>
        <translation>Quem pode ver</translation>
    </message>
</context>
<context>
    <name>OpenPanel</name>
    <message>
        <source>&amp;Open a vault…</source>
        <translation>&amp;Abrir um cofre…</translation>
    </message>
    <message>
        <source>&amp;Recent vaults</source>
        <translation>Cofres &amp;recentes</translation>
    </message>
    <message>
        <source>No recent vaults on this computer yet.</source>
        <translation>Ainda não há cofres recentes neste computador.</translation>
    </message>
    <message>
        <source>Open &amp;selected</source>
        <translation>Abrir o &amp;selecionado</translation>
    </message>
    <message>
        <source>Open a vault (a folder ending in .forumkit)</source>
        <translation>Abrir um cofre (uma pasta terminada em .forumkit)</translation>
    </message>
</context>
<context>
    <name>OutcomeForm</name>
    <message>
        <source>&amp;Done on:</source>
        <translation>&amp;Feito em:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Feito em</translation>
    </message>
    <message>
        <source>How did the check-in go?</source>
        <translation>Como foi o contato?</translation>
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
        <translation>&amp;Encerrar com este resultado</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Encerrada.</translation>
    </message>
    <message>
        <source>Closed: {o} {d}</source>
        <translation>Encerrada: {o} {d}</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>Dat&amp;a:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Re&amp;abrir</translation>
    </message>
    <message>
        <source>Reopened; its deadlines count again.</source>
        <translation>Reaberta; seus prazos voltam a contar.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Situação:</translation>
    </message>
</context>
<context>
    <name>PackForm</name>
    <message>
        <source>&amp;Forum:</source>
        <translation>&amp;Fórum:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>C&amp;hart sheets:</source>
        <translation>Folhas de &amp;mapeamento:</translation>
    </message>
    <message>
        <source>Chart sheets</source>
        <translation>Folhas de mapeamento</translation>
    </message>
    <message>
        <source>Chart sheets show:</source>
        <translation>As folhas de mapeamento mostram:</translation>
    </message>
    <message>
        <source>Council &amp;meetings:</source>
        <translation>&amp;Reuniões do conselho:</translation>
    </message>
    <message>
        <source>Council meetings</source>
        <translation>Reuniões do conselho</translation>
    </message>
    <message>
        <source>Default: the forum&apos;s name</source>
        <translation>Padrão: o nome do fórum</translation>
    </message>
    <message>
        <source>Figures &amp;as of:</source>
        <translation>Números &amp;em:</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>items: tick at least one council meeting or one chart sheet.</source>
        <translation>items: marque pelo menos uma reunião do conselho ou uma folha de mapeamento.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;De novo</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>Frase-senha &amp;atual</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nova frase-senha</translation>
    </message>
    <message>
        <source>Again: the two new passphrases differ. Type the same one twice.</source>
        <translation>De novo: as duas novas frases-senha são diferentes. Digite a mesma duas vezes.</translation>
    </message>
    <message>
        <source>Backup files you wrote elsewhere still open with the old passphrase: delete them, or keep them as safe as it.</source>
        <translation>Os arquivos de backup que você gravou em outros lugares continuam abrindo com a frase-senha antiga: exclua-os ou guarde-os com o mesmo cuidado.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Alterar a frase-senha</translation>
    </message>
    <message>
        <source>Deriving the new key… about a second.</source>
        <translation>Derivando a nova chave… cerca de um segundo.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Mais tarde</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>Criar uma nova chave de recuperação</translation>
    </message>
    <message>
        <source>New passphrase: it is the current one. Choose another.</source>
        <translation>Nova frase-senha: é a atual. Escolha outra.</translation>
    </message>
    <message>
        <source>New passphrase: use at least {n} characters.</source>
        <translation>Nova frase-senha: use pelo menos {n} caracteres.</translation>
    </message>
    <message>
        <source>Set a new passphrase</source>
        <translation>Definir uma nova frase-senha</translation>
    </message>
    <message numerus="yes">
        <source>The %n automatic backups, still under the old passphrase, are replaced by one made now. {elsewhere}</source>
        <translation>
            <numerusform>%n backup automático, ainda com a frase-senha antiga, é substituído por um feito agora. {elsewhere}</numerusform>
            <numerusform>Os %n backups automáticos, ainda com a frase-senha antiga, são substituídos por um feito agora. {elsewhere}</numerusform>
        </translation>
    </message>
    <message>
        <source>The automatic backups could not be renewed ({message}): those in the vault&apos;s backups folder still open with the old passphrase. {elsewhere}</source>
        <translation>Não foi possível renovar os backups automáticos ({message}): os que estão na pasta de backups do cofre continuam abrindo com a frase-senha antiga. {elsewhere}</translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Nothing was changed; try again.</source>
        <translation>A frase-senha atual está errada. Nada foi alterado; tente de novo.</translation>
    </message>
    <message>
        <source>The new one is shown once: write it down or print it.</source>
        <translation>A nova é mostrada uma só vez: anote-a ou imprima-a.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed (unexpected {kind}). Nothing was changed.</source>
        <translation>Não foi possível alterar a frase-senha ({kind} inesperado). Nada foi alterado.</translation>
    </message>
    <message>
        <source>The passphrase is changed. </source>
        <translation>A frase-senha foi alterada. </translation>
    </message>
    <message>
        <source>The recovery key was not accepted. Nothing was changed.</source>
        <translation>A chave de recuperação não foi aceita. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The recovery key you have now stops working at once.</source>
        <translation>A chave de recuperação que você tem agora deixa de funcionar imediatamente.</translation>
    </message>
    <message>
        <source>The vault&apos;s data is not re-encrypted: only the passphrase that unlocks it changes. Backups made before today still open with the old passphrase.</source>
        <translation>Os dados do cofre não são criptografados de novo: só muda a frase-senha que o desbloqueia. Backups feitos antes de hoje continuam abrindo com a frase-senha antiga.</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Digite a frase-senha atual.</translation>
    </message>
    <message>
        <source>You unlocked the vault with its recovery key. Set a new passphrase now, so that you can open it without the key next time. The recovery key keeps working.</source>
        <translation>Você desbloqueou o cofre com a chave de recuperação. Defina agora uma nova frase-senha, para poder abri-lo sem a chave da próxima vez. A chave de recuperação continua funcionando.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Protect with a password</source>
        <translation>Proteger com senha</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Document preview</source>
        <translation>Pré-visualização do documento</translation>
    </message>
    <message>
        <source>The preview appears here.</source>
        <translation>A pré-visualização aparece aqui.</translation>
    </message>
</context>
<context>
    <name>PdfSave</name>
    <message>
        <source>Anyone who gets the file can read it.</source>
        <translation>Qualquer pessoa que receber o arquivo pode lê-lo.</translation>
    </message>
    <message>
        <source>Save a PDF with {what} without a password?</source>
        <translation>Salvar um PDF com {what} sem senha?</translation>
    </message>
    <message>
        <source>Tick &apos;Protect with a password&apos; to encrypt it.</source>
        <translation>Marque &apos;Proteger com senha&apos; para criptografá-lo.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n pessoa</numerusform>
            <numerusform>%n pessoas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete person…</source>
        <translation>&amp;Excluir pessoa…</translation>
    </message>
    <message>
        <source>&amp;Log conversation…</source>
        <translation>&amp;Registrar conversa…</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Nova pessoa</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 pessoa</translation>
    </message>
    <message>
        <source>Add a workplace on the Map page first.</source>
        <translation>Adicione primeiro um local de trabalho na página Mapa.</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Todos os setores</translation>
    </message>
    <message>
        <source>Any assessment</source>
        <translation>Qualquer avaliação</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Qualquer idioma</translation>
    </message>
    <message>
        <source>Area filter</source>
        <translation>Filtro de setor</translation>
    </message>
    <message>
        <source>Assessment filter</source>
        <translation>Filtro de avaliação</translation>
    </message>
    <message>
        <source>Committee filter</source>
        <translation>Filtro de comissão</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>Filtro de idioma</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Search names, jobs, notes…</source>
        <translation>Nomes, cargos, notas…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Buscar pessoas</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Stale filter</source>
        <translation>Filtro de desatualização</translation>
    </message>
    <message>
        <source>The person you were editing was deleted while the vault was locked; your unsaved changes were dropped.</source>
        <translation>A pessoa que você estava editando foi excluída enquanto o cofre estava bloqueado; suas alterações não salvas foram descartadas.</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Local de trabalho</translation>
    </message>
    <message>
        <source>their assessment history</source>
        <translation>o histórico de avaliações dela</translation>
    </message>
    <message>
        <source>their conversations and ties</source>
        <translation>as conversas e os vínculos dela</translation>
    </message>
    <message>
        <source>their details and notes</source>
        <translation>os dados e as notas dela</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>esta pessoa</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>leader</source>
        <translation>liderança</translation>
    </message>
    <message>
        <source>unreached</source>
        <translation>não alcançados</translation>
    </message>
</context>
<context>
    <name>PersonField</name>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
</context>
<context>
    <name>PickContactDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Escolha uma pessoa</translation>
    </message>
    <message>
        <source>part of a name</source>
        <translation>parte de um nome</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is not built yet. It will arrive in a later version; nothing here is stored or shown from your vault.</source>
        <translation>Esta página ainda não foi feita. Ela virá numa versão futura; nada aqui é guardado nem mostrado a partir do seu cofre.</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>It adds: {fields}.</source>
        <translation>Acrescenta: {fields}.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Verificar antes de importar</translation>
    </message>
    <message>
        <source>Checking {n} rows… nothing is written yet.</source>
        <translation>Verificando {n} linhas… nada foi gravado ainda.</translation>
    </message>
    <message>
        <source>Import the good rows and skip the rejected (and unsettled) ones</source>
        <translation>Importar as linhas boas e pular as rejeitadas (e as não resolvidas)</translation>
    </message>
    <message>
        <source>The dry run failed; nothing was changed. Go back and check the file and columns.</source>
        <translation>A simulação falhou; nada foi alterado. Volte e verifique o arquivo e as colunas.</translation>
    </message>
    <message>
        <source>These rows are a person an earlier row names, but say something else. Choose which values to keep, or that they are two people:</source>
        <translation>Estas linhas são uma pessoa que uma linha anterior já nomeia, mas dizem outra coisa. Escolha quais valores manter, ou indique que são duas pessoas:</translation>
    </message>
    <message>
        <source>{add} to add, {upd} to update, {same} unchanged, {rej} rejected; {areas} new areas; {merged} merged into an earlier row of the same person, {conflicts} to choose.</source>
        <translation>{add} a adicionar, {upd} a atualizar, {same} sem alteração, {rej} rejeitadas; {areas} setores novos; {merged} unidas a uma linha anterior da mesma pessoa, {conflicts} a escolher.</translation>
    </message>
</context>
<context>
    <name>ProvenanceLabel</name>
    <message>
        <source>Reported by</source>
        <translation>Relatado por</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <source>Recall &amp;motion:</source>
        <translation>&amp;Moção de revogação:</translation>
    </message>
    <message>
        <source>Recall the delegate</source>
        <translation>Revogar o delegado</translation>
    </message>
    <message>
        <source>Term &amp;ends on:</source>
        <translation>O mandato &amp;termina em:</translation>
    </message>
    <message>
        <source>That recall motion was not carried, so it cannot end the term: choose a carried recall motion.</source>
        <translation>Essa moção de revogação não foi aprovada, então não pode encerrar o mandato: escolha uma moção de revogação aprovada.</translation>
    </message>
    <message>
        <source>The recall date is before the delegate&apos;s term started ({day}).</source>
        <translation>A data da revogação é anterior ao início do mandato do delegado ({day}).</translation>
    </message>
    <message>
        <source>The recall date is before the meeting that voted the recall ({day}): choose that day or a later one.</source>
        <translation>A data da revogação é anterior à reunião que votou a revogação ({day}): escolha esse dia ou um posterior.</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>Forum Kit recovery key

Vault: {vault_name}

{recovery_key}

Keep this page somewhere safe and away from the computer. Anyone holding it and the vault folder can open the vault.</source>
        <translation>Chave de recuperação do Forum Kit

Cofre: {vault_name}

{recovery_key}

Guarde esta página em lugar seguro e longe do computador. Quem tiver ela e a pasta do cofre pode abrir o cofre.</translation>
    </message>
    <message>
        <source>Save the recovery key page</source>
        <translation>Salvar a página da chave de recuperação</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>&amp;Copy the key</source>
        <translation>&amp;Copiar a chave</translation>
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
        <translation>Copiado. Cole onde você vai anotá-la: a área de transferência será limpa em 30 segundos.</translation>
    </message>
    <message>
        <source>I have &amp;written it down or printed it</source>
        <translation>Eu &amp;anotei ou imprimi a chave</translation>
    </message>
    <message>
        <source>No printer is set up on this computer, so nothing was printed. Save the page as a PDF to print it elsewhere, or copy the key and write it down.</source>
        <translation>Nenhuma impressora está configurada neste computador, então nada foi impresso. Salve a página como PDF para imprimir em outro lugar, ou copie a chave e anote-a.</translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation>Não impresso.</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Salvar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Saved as a PDF. The file holds the key unencrypted: print it, then delete it (and empty the bin).</source>
        <translation>Salvo como PDF. O arquivo contém a chave sem criptografia: imprima-o e depois exclua-o (e esvazie a lixeira).</translation>
    </message>
    <message>
        <source>Sent to the printer. Check that the page came out, and keep it safe, before you tick the box.</source>
        <translation>Enviado à impressora. Confira se a página saiu e guarde-a em segurança antes de marcar a caixa.</translation>
    </message>
    <message>
        <source>The PDF could not be written there. Choose another folder.</source>
        <translation>Não foi possível gravar o PDF ali. Escolha outra pasta.</translation>
    </message>
    <message>
        <source>The printer reported an error: the page may not have printed. Check the printer, or save the page as a PDF.</source>
        <translation>A impressora informou um erro: a página pode não ter sido impressa. Verifique a impressora ou salve a página como PDF.</translation>
    </message>
    <message>
        <source>This recovery key opens the vault if you forget the passphrase. It is shown only now. Write it down or print it, and keep it away from the computer.</source>
        <translation>Esta chave de recuperação abre o cofre se você esquecer a frase-senha. Ela só é mostrada agora. Anote-a ou imprima-a, e guarde-a longe do computador.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Sua chave de recuperação</translation>
    </message>
</context>
<context>
    <name>ReportBackModel</name>
    <message>
        <source>{vote} (not as mandated)</source>
        <translation>{vote} (contra o mandato)</translation>
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
        <translation>(não registrado)</translation>
    </message>
    <message>
        <source>Report back on the mandate</source>
        <translation>Prestar contas do mandato</translation>
    </message>
    <message>
        <source>Reported &amp;on:</source>
        <translation>Prestadas &amp;em:</translation>
    </message>
    <message>
        <source>The delegate&apos;s notes (stay in this vault)</source>
        <translation>As notas do delegado (ficam neste cofre)</translation>
    </message>
    <message>
        <source>What the council decided</source>
        <translation>O que o conselho decidiu</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source> (needs change {n})</source>
        <translation> (precisa da alteração {n})</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceitar</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Recusar</translation>
    </message>
    <message>
        <source>&amp;Keep yours</source>
        <translation>&amp;Manter a sua</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>Aceitar &amp;tudo</translation>
    </message>
    <message>
        <source>Anyone who gets the file can read it.</source>
        <translation>Qualquer pessoa que receber o arquivo pode lê-lo.</translation>
    </message>
    <message>
        <source>Appl&amp;y decisions</source>
        <translation>Apl&amp;icar decisões</translation>
    </message>
    <message>
        <source>Change {n} cannot be applied: {why}. Decline it.</source>
        <translation>A alteração {n} não pode ser aplicada: {why}. Recuse-a.</translation>
    </message>
    <message>
        <source>Change {n} needs change {m}, which you declined.</source>
        <translation>A alteração {n} precisa da alteração {m}, que você recusou.</translation>
    </message>
    <message>
        <source>Changes applied: {a}; declined: {d}. Declined changes go back to the steward, marked declined, in their next copy.</source>
        <translation>Alterações aplicadas: {a}; recusadas: {d}. As alterações recusadas voltam ao representante, marcadas como recusadas, na próxima cópia.</translation>
    </message>
    <message>
        <source>Changes in the report</source>
        <translation>Alterações no relatório</translation>
    </message>
    <message>
        <source>Decide every change first ({n} left).</source>
        <translation>Decida primeiro cada alteração (faltam {n}).</translation>
    </message>
    <message>
        <source>Decline all</source>
        <translation>Recusar tudo</translation>
    </message>
    <message>
        <source>Every change with its state, the three values and your decisions so far, on paper for the committee meeting</source>
        <translation>Cada alteração com o estado, os três valores e suas decisões até agora, em papel para a reunião da comissão</translation>
    </message>
    <message>
        <source>Report from {steward}, written {written}. Changes: {n}; conflicts: {conflicts}. Nothing is written until you apply your decisions.</source>
        <translation>Relatório de {steward}, escrito em {written}. Alterações: {n}; conflitos: {conflicts}. Nada é gravado até você aplicar suas decisões.</translation>
    </message>
    <message>
        <source>Review a field report</source>
        <translation>Revisar um relatório de campo</translation>
    </message>
    <message>
        <source>Review sheet saved: {path}</source>
        <translation>Folha de revisão salva: {path}</translation>
    </message>
    <message>
        <source>Save a PDF with coworkers&apos; full names without a password?</source>
        <translation>Salvar um PDF com os nomes completos dos colegas sem senha?</translation>
    </message>
    <message>
        <source>Save review &amp;sheet (PDF)…</source>
        <translation>Salvar &amp;folha de revisão (PDF)…</translation>
    </message>
    <message>
        <source>Saving the review sheet…</source>
        <translation>Salvando a folha de revisão…</translation>
    </message>
    <message>
        <source>Take the &amp;steward&apos;s</source>
        <translation>Ficar com a do &amp;representante</translation>
    </message>
    <message>
        <source>The review sheet could not be saved. Check the folder and try again.</source>
        <translation>Não foi possível salvar a folha de revisão. Verifique a pasta e tente de novo.</translation>
    </message>
    <message>
        <source>Values of the change</source>
        <translation>Valores da alteração</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Imported: {add} added, {upd} updated, {merged} merged, {skip} skipped.</source>
        <translation>Importado: {add} adicionados, {upd} atualizados, {merged} unidos, {skip} pulados.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Importing… the vault changes only when all rows are in.</source>
        <translation>Importando… o cofre só muda quando todas as linhas estiverem dentro.</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed.</source>
        <translation>A importação falhou e nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <source>%1 to %2 levels, strongest support at the top; ticked levels count as support (now: %3). Taking a level off the scale never changes its history: it reads as the level you choose.</source>
        <translation>De %1 a %2 níveis, o apoio mais forte no topo; os níveis marcados contam como apoio (agora: %3). Tirar um nível da escala nunca muda o histórico: ele passa a valer como o nível que você escolher.</translation>
    </message>
    <message>
        <source>&amp;Add a level</source>
        <translation>&amp;Adicionar nível</translation>
    </message>
    <message>
        <source>1 is the strongest opposition</source>
        <translation>1 é a oposição mais forte</translation>
    </message>
    <message>
        <source>1 is the strongest support</source>
        <translation>1 é o apoio mais forte</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <source>Counts as support</source>
        <translation>Conta como apoio</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Label of level %1</source>
        <translation>Rótulo do nível %1</translation>
    </message>
    <message>
        <source>Label of unassessed</source>
        <translation>Rótulo de sem avaliação</translation>
    </message>
    <message>
        <source>Meaning of level %1</source>
        <translation>Significado do nível %1</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>N&amp;umbers:</source>
        <translation>N&amp;úmeros:</translation>
    </message>
    <message>
        <source>New level</source>
        <translation>Novo nível</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Numeração</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoio</translation>
    </message>
    <message>
        <source>What %1 reads as</source>
        <translation>Como %1 passa a valer</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>O que significa</translation>
    </message>
    <message>
        <source>its history reads as</source>
        <translation>o histórico passa a valer como</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Nothing matches. Search looks at names, job titles, shifts, languages, notes, conversations, grievances and areas. Case and accents do not matter, and names can be typed in plain letters: lukasz finds Łukasz, strasse Straße, ivan Иван.</source>
        <translation>Nada corresponde. A busca olha nomes, cargos, turnos, idiomas, notas, conversas, reclamações e setores. Maiúsculas e acentos não importam, e os nomes podem ser digitados em letras simples: lukasz encontra Łukasz, strasse Straße, ivan Иван.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search is not available in this version yet.</source>
        <translation>A busca ainda não está disponível nesta versão.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da busca</translation>
    </message>
    <message>
        <source>Still indexing the copy&apos;s one-on-one notes: some conversations may be missing. Search again in a moment.</source>
        <translation>Ainda indexando as notas das conversas individuais da cópia: algumas conversas podem faltar. Pesquise de novo em instantes.</translation>
    </message>
    <message>
        <source>Type in the search box and press Enter.</source>
        <translation>Digite na caixa de busca e pressione Enter.</translation>
    </message>
    <message>
        <source>{n} found. Press Enter or double-click to open one.</source>
        <translation>{n} encontrados. Pressione Enter ou clique duas vezes para abrir um.</translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message numerus="yes">
        <source>%n checks failed: reinstall Forum Kit.</source>
        <translation>
            <numerusform>%n verificação falhou: reinstale o Forum Kit.</numerusform>
            <numerusform>%n verificações falharam: reinstale o Forum Kit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything needed is in place.</source>
        <translation>Tudo o que é necessário está pronto.</translation>
    </message>
    <message>
        <source>Forum Kit self-check (Qt platform: {platform})</source>
        <translation>Autoverificação do Forum Kit (plataforma Qt: {platform})</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>charts</source>
        <translation>gráficos</translation>
    </message>
    <message>
        <source>encryption</source>
        <translation>criptografia</translation>
    </message>
    <message>
        <source>licences</source>
        <translation>licenças</translation>
    </message>
    <message>
        <source>memory after a lock</source>
        <translation>memória após um bloqueio</translation>
    </message>
    <message>
        <source>no application icon in the resources folder</source>
        <translation>nenhum ícone do aplicativo na pasta de recursos</translation>
    </message>
    <message>
        <source>no licence texts in the resources folder</source>
        <translation>nenhum texto de licença na pasta de recursos</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>impressão</translation>
    </message>
    <message>
        <source>program files</source>
        <translation>arquivos do programa</translation>
    </message>
    <message>
        <source>vault schema</source>
        <translation>esquema do cofre</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Setting &apos;{key}&apos; must be a {name}.</source>
        <translation>A configuração &apos;{key}&apos; deve ser do tipo {name}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; must be at least {minimum}.</source>
        <translation>A configuração &apos;{key}&apos; deve ser pelo menos {minimum}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; must be at most {maximum}.</source>
        <translation>A configuração &apos;{key}&apos; deve ser no máximo {maximum}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; must be one of: {choices}.</source>
        <translation>A configuração &apos;{key}&apos; deve ser uma destas: {choices}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; needs a value.</source>
        <translation>A configuração &apos;{key}&apos; precisa de um valor.</translation>
    </message>
    <message>
        <source>Unknown setting &apos;{key}&apos;.</source>
        <translation>Configuração desconhecida &apos;{key}&apos;.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Lock after idle (minutes)</source>
        <translation>&amp;Bloquear após inatividade (minutos)</translation>
    </message>
    <message>
        <source>&amp;Nobody</source>
        <translation>&amp;Ninguém</translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation>(ninguém escolhido)</translation>
    </message>
    <message>
        <source>(none: ask each time)</source>
        <translation>(nenhum: perguntar sempre)</translation>
    </message>
    <message>
        <source>A new language applies the next time Forum Kit starts.</source>
        <translation>Um novo idioma passa a valer na próxima vez que o Forum Kit for iniciado.</translation>
    </message>
    <message>
        <source>Assessment is &amp;stale after (days)</source>
        <translation>A avaliação fica &amp;desatualizada após (dias)</translation>
    </message>
    <message>
        <source>Assessment scale</source>
        <translation>Escala de avaliação</translation>
    </message>
    <message>
        <source>Automatic &amp;backup every (hours)</source>
        <translation>Backup &amp;automático a cada (horas)</translation>
    </message>
    <message>
        <source>Automatic backups &amp;kept</source>
        <translation>Backups automáticos &amp;mantidos</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Esc&amp;olher…</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>Alterar a &amp;frase-senha…</translation>
    </message>
    <message>
        <source>Deadline is &amp;due soon within (working days)</source>
        <translation>O prazo &amp;vence em breve dentro de (dias úteis)</translation>
    </message>
    <message>
        <source>Default &amp;workplace</source>
        <translation>Local de &amp;trabalho padrão</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Chaves</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Make a new &amp;recovery key…</source>
        <translation>Criar uma nova &amp;chave de recuperação…</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Eu</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Padrão do sistema ({language})</translation>
    </message>
    <message>
        <source>The person in this vault who uses it: preselected as who talked in a one-on-one, and recorded as who made an assessment.</source>
        <translation>A pessoa deste cofre que o usa: pré-selecionada como quem conversou numa conversa individual e registrada como quem fez uma avaliação.</translation>
    </message>
    <message>
        <source>The scale cannot be edited yet.</source>
        <translation>A escala ainda não pode ser editada.</translation>
    </message>
    <message>
        <source>Vault and me</source>
        <translation>O cofre e eu</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Unknown setting &apos;{key}&apos;.</source>
        <translation>Configuração desconhecida &apos;{key}&apos;.</translation>
    </message>
</context>
<context>
    <name>SmallNumbers</name>
    <message>
        <source>at least {n}</source>
        <translation>pelo menos {n}</translation>
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
        <translation>Re&amp;correr à próxima etapa…</translation>
    </message>
    <message>
        <source>Add e&amp;xtension…</source>
        <translation>Adicionar &amp;prorrogação…</translation>
    </message>
    <message>
        <source>Appeal filed on:</source>
        <translation>Recurso apresentado em:</translation>
    </message>
    <message>
        <source>Appeal to the next step</source>
        <translation>Recorrer à próxima etapa</translation>
    </message>
    <message>
        <source>Appealed; deadlines recomputed from the contract.</source>
        <translation>Recurso apresentado; prazos recalculados a partir do acordo coletivo.</translation>
    </message>
    <message>
        <source>Current step: {step} (contract: {contract})</source>
        <translation>Etapa atual: {step} (acordo coletivo: {contract})</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Employer&apos;s answer deadline</source>
        <translation>Prazo de resposta da empresa</translation>
    </message>
    <message>
        <source>Extension recorded; the deadline moved.</source>
        <translation>Prorrogação registrada; o prazo mudou.</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Prorrogações</translation>
    </message>
    <message>
        <source>Filing / appeal deadline</source>
        <translation>Prazo de apresentação / recurso</translation>
    </message>
    <message>
        <source>Open deadlines</source>
        <translation>Prazos abertos</translation>
    </message>
    <message>
        <source>Record &amp;answer…</source>
        <translation>Registrar &amp;resposta…</translation>
    </message>
    <message>
        <source>Record &amp;filing…</source>
        <translation>Registrar &amp;apresentação…</translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation>Registrar resposta</translation>
    </message>
    <message>
        <source>Record filing</source>
        <translation>Registrar apresentação</translation>
    </message>
    <message>
        <source>Recorded; deadlines recomputed.</source>
        <translation>Registrado; prazos recalculados.</translation>
    </message>
    <message>
        <source>Step history</source>
        <translation>Histórico de etapas</translation>
    </message>
    <message>
        <source>Written extensions</source>
        <translation>Prorrogações por escrito</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>It contains common words, keyboard runs or repeated characters.</source>
        <translation>Ela contém palavras comuns, sequências do teclado ou caracteres repetidos.</translation>
    </message>
    <message>
        <source>It uses only a few different characters.</source>
        <translation>Ela usa só alguns caracteres diferentes.</translation>
    </message>
    <message>
        <source>Long and varied.</source>
        <translation>Longa e variada.</translation>
    </message>
    <message>
        <source>Too short: use at least {n} characters.</source>
        <translation>Curta demais: use pelo menos {n} caracteres.</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Digite uma frase-senha.</translation>
    </message>
    <message>
        <source>Use several unrelated words, or mix letters, digits and symbols.</source>
        <translation>Use várias palavras sem relação entre si, ou misture letras, dígitos e símbolos.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Fair</source>
        <translation>Razoável</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Use at least 12 characters; four or more unrelated words are easy to remember and hard to guess.</source>
        <translation>Use pelo menos 12 caracteres; quatro ou mais palavras sem relação são fáceis de lembrar e difíceis de adivinhar.</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Fraca</translation>
    </message>
</context>
<context>
    <name>StrengthWords</name>
    <message numerus="yes">
        <source>%n unrelated words; each extra word makes it much stronger.</source>
        <translation>
            <numerusform>%n palavra sem relação; cada palavra a mais a torna muito mais forte.</numerusform>
            <numerusform>%n palavras sem relação; cada palavra a mais a torna muito mais forte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StructureTestDialog</name>
    <message>
        <source>Structure tests</source>
        <translation>Testes de estrutura</translation>
    </message>
</context>
<context>
    <name>StructureTestLists</name>
    <message>
        <source>below</source>
        <translation>abaixo</translation>
    </message>
    <message>
        <source>meets it</source>
        <translation>alcança</translation>
    </message>
</context>
<context>
    <name>StructureTestPanel</name>
    <message>
        <source>&amp;Create test</source>
        <translation>&amp;Criar teste</translation>
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
        <translation>&amp;Começa:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Area to record</source>
        <translation>Setor a registrar</translation>
    </message>
    <message>
        <source>Create a test to start recording.</source>
        <translation>Crie um teste para começar a registrar.</translation>
    </message>
    <message>
        <source>Keys: P participated · A asked · R refused (moves to the next person).</source>
        <translation>Legenda: P participou · A foi pedido · R recusou (passa para a próxima pessoa).</translation>
    </message>
    <message>
        <source>New structure test</source>
        <translation>Novo teste de estrutura</translation>
    </message>
    <message>
        <source>People asked</source>
        <translation>Pessoas a quem foi pedido</translation>
    </message>
    <message>
        <source>Record in &amp;area:</source>
        <translation>Registrar no &amp;setor:</translation>
    </message>
    <message>
        <source>Results by area</source>
        <translation>Resultados por setor</translation>
    </message>
    <message>
        <source>Structure tests</source>
        <translation>Testes de estrutura</translation>
    </message>
    <message>
        <source>T&amp;hreshold:</source>
        <translation>&amp;Limite:</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Meta:</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Testes</translation>
    </message>
    <message>
        <source>Whole workplace</source>
        <translation>Local de trabalho inteiro</translation>
    </message>
    <message>
        <source>below the threshold</source>
        <translation>abaixo do limite</translation>
    </message>
    <message>
        <source>meets the threshold</source>
        <translation>atinge o limite</translation>
    </message>
    <message>
        <source>{name}: {p} of {n} participated ({pct:.0f} %), threshold {t} % — {verdict}</source>
        <translation>{name}: {p} de {n} participaram ({pct:.0f} %), limite {t} % — {verdict}</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Fill in the form first.</source>
        <translation>Preencha primeiro o formulário.</translation>
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
        <translation> Ainda não salvo.</translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation>&amp;Acordo coletivo:</translation>
    </message>
    <message>
        <source>&amp;Insert field</source>
        <translation>&amp;Inserir campo</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Carta:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Back to the &amp;default…</source>
        <translation>Voltar ao texto &amp;padrão…</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Fields are filled from the case when a letter is made. Write {{ and }} for a brace.</source>
        <translation>Os campos são preenchidos a partir do caso quando uma carta é criada. Escreva {{ e }} para uma chave.</translation>
    </message>
    <message>
        <source>Letter te&amp;xt:</source>
        <translation>Te&amp;xto da carta:</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Modelos de carta</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Texto da carta</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>A&amp;ssunto:</translation>
    </message>
    <message>
        <source>Saved: letters of this kind under this contract use it now.</source>
        <translation>Salvo: as cartas deste tipo sob este acordo coletivo passam a usá-lo.</translation>
    </message>
    <message>
        <source>Set up a contract first (“Contract…” on the Grievances page).</source>
        <translation>Configure primeiro um acordo coletivo (“Acordo coletivo…” na página Reclamações).</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>The default wording</source>
        <translation>O texto padrão</translation>
    </message>
    <message>
        <source>This contract&apos;s own wording</source>
        <translation>O texto próprio deste acordo coletivo</translation>
    </message>
    <message>
        <source>the default wording is used again</source>
        <translation>o texto padrão volta a ser usado</translation>
    </message>
    <message>
        <source>the subject and text typed since the last save</source>
        <translation>o assunto e o texto digitados desde o último salvamento</translation>
    </message>
    <message>
        <source>this contract&apos;s own wording of this letter</source>
        <translation>o texto próprio deste acordo coletivo para esta carta</translation>
    </message>
    <message>
        <source>your changes to this template</source>
        <translation>suas alterações neste modelo</translation>
    </message>
    <message>
        <source>✓ Every field is known.</source>
        <translation>✓ Todos os campos são conhecidos.</translation>
    </message>
</context>
<context>
    <name>TileMap</name>
    <message>
        <source>Committee: </source>
        <translation>Comissão: </translation>
    </message>
    <message>
        <source>No areas yet: add them beside the picture.</source>
        <translation>Ainda sem setores: adicione-os ao lado da imagem.</translation>
    </message>
    <message>
        <source>Organic leaders: </source>
        <translation>Lideranças naturais: </translation>
    </message>
    <message>
        <source>Picture of the workplace</source>
        <translation>Imagem do local de trabalho</translation>
    </message>
    <message>
        <source>Zone: </source>
        <translation>Zona: </translation>
    </message>
    <message>
        <source>blue lines: ties between areas (how many)</source>
        <translation>linhas azuis: vínculos entre setores (quantos)</translation>
    </message>
    <message>
        <source>green border: free zone, red dashes: danger zone</source>
        <translation>borda verde: zona livre, tracejado vermelho: zona de perigo</translation>
    </message>
    <message>
        <source>hatched: committee below 1 in 10</source>
        <translation>hachurado: comissão abaixo de 1 para 10</translation>
    </message>
    <message>
        <source>no one mapped</source>
        <translation>ninguém mapeado</translation>
    </message>
    <message>
        <source>★ an organic leader</source>
        <translation>★ uma liderança natural</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>&amp;Body in this vault:</source>
        <translation>Ó&amp;rgão neste cofre:</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>&amp;Cartão:</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;Impressão digital:</translation>
    </message>
    <message>
        <source>&amp;Is a:</source>
        <translation>&amp;É um:</translation>
    </message>
    <message>
        <source>&amp;Name here:</source>
        <translation>&amp;Nome aqui:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Leave empty to use the card&apos;s name</source>
        <translation>Deixe em branco para usar o nome do cartão</translation>
    </message>
    <message>
        <source>Paste the card: &apos;Forum Kit public key card v1&apos; …</source>
        <translation>Cole o cartão: &apos;Forum Kit public key card v1&apos; …</translation>
    </message>
    <message>
        <source>Trust a key card</source>
        <translation>Confiar em um cartão de chave</translation>
    </message>
    <message>
        <source>Type the fingerprint you compared</source>
        <translation>Digite a impressão digital que vocês compararam</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>Not enough memory to derive the key. Close other programs and try again.</source>
        <translation>Memória insuficiente para derivar a chave. Feche outros programas e tente de novo.</translation>
    </message>
    <message>
        <source>The vault could not be opened (unexpected {name}). Nothing was changed.</source>
        <translation>Não foi possível abrir o cofre ({name} inesperado). Nada foi alterado.</translation>
    </message>
    <message>
        <source>Wrong passphrase — try again</source>
        <translation>Frase-senha errada — tente de novo</translation>
    </message>
    <message>
        <source>Wrong recovery key — try again</source>
        <translation>Chave de recuperação errada — tente de novo</translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase-senha</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>Chave de &amp;recuperação</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Demo vault: the passphrase is &apos;{p}&apos;</source>
        <translation>Cofre de demonstração: a frase-senha é &apos;{p}&apos;</translation>
    </message>
    <message>
        <source>Deriving the key… this takes about a second.</source>
        <translation>Derivando a chave… isso leva cerca de um segundo.</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Digite primeiro a frase-senha.</translation>
    </message>
    <message>
        <source>Unlock “{name}”</source>
        <translation>Desbloquear “{name}”</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation>Usar a chave de &amp;recuperação</translation>
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
        <translation>Nome do &amp;setor:</translation>
    </message>
    <message>
        <source>&amp;Bring in a chart…</source>
        <translation>&amp;Importar um mapeamento…</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>&amp;Empregador:</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Concluir</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Sobrenome:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Save and continue</source>
        <translation>&amp;Salvar e continuar</translation>
    </message>
    <message>
        <source>&amp;Save the one-on-one</source>
        <translation>&amp;Salvar a conversa individual</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Começar</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>&amp;Local de trabalho:</translation>
    </message>
    <message>
        <source>1. Your workplace</source>
        <translation>1. Seu local de trabalho</translation>
    </message>
    <message>
        <source>2. Your first area</source>
        <translation>2. Seu primeiro setor</translation>
    </message>
    <message>
        <source>3. The first people</source>
        <translation>3. As primeiras pessoas</translation>
    </message>
    <message>
        <source>4. Your first one-on-one</source>
        <translation>4. Sua primeira conversa individual</translation>
    </message>
    <message>
        <source>A new workplace</source>
        <translation>Um novo local de trabalho</translation>
    </message>
    <message>
        <source>A&amp;dd this person</source>
        <translation>A&amp;dicionar esta pessoa</translation>
    </message>
    <message>
        <source>Add at least one person, or bring in a chart.</source>
        <translation>Adicione pelo menos uma pessoa ou importe um mapeamento.</translation>
    </message>
    <message>
        <source>Add the coworkers you know, one by one, with their &lt;b&gt;personal&lt;/b&gt; phone (never a work one) and where you think they stand. Or bring in a chart you already keep as a spreadsheet (CSV, XLSX or ODS): the import shows every row before it writes.</source>
        <translation>Adicione os colegas que você conhece, um por um, com o telefone &lt;b&gt;pessoal&lt;/b&gt; de cada um (nunca o do trabalho) e a posição que você acha que cada um tem. Ou importe um mapeamento que você já mantém numa planilha (CSV, XLSX ou ODS): a importação mostra cada linha antes de gravar.</translation>
    </message>
    <message>
        <source>Assess&amp;ment:</source>
        <translation>Avalia&amp;ção:</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Primeiros passos</translation>
    </message>
    <message>
        <source>Four short steps set up your chart, each saved as soon as you do it:&lt;ol&gt;&lt;li&gt;your &lt;b&gt;workplace&lt;/b&gt;;&lt;/li&gt;&lt;li&gt;your first &lt;b&gt;area&lt;/b&gt; (a department, line, shift or ward);&lt;/li&gt;&lt;li&gt;the first &lt;b&gt;people&lt;/b&gt;, typed in or brought in from a chart you already keep;&lt;/li&gt;&lt;li&gt;your first &lt;b&gt;one-on-one&lt;/b&gt;, the AEIOU way.&lt;/li&gt;&lt;/ol&gt;Skip it whenever you like: what you saved stays. Press F1 on any page for its part of the guide.&lt;br&gt;&lt;br&gt;Before the first name: coworkers&apos; jobs can depend on this chart. Keep it on your own computer, never on the employer&apos;s, and read &lt;b&gt;Safety first&lt;/b&gt; (Help menu).</source>
        <translation>Quatro passos curtos montam o seu mapeamento, e cada um é salvo assim que você o faz:&lt;ol&gt;&lt;li&gt;seu &lt;b&gt;local de trabalho&lt;/b&gt;;&lt;/li&gt;&lt;li&gt;seu primeiro &lt;b&gt;setor&lt;/b&gt; (um departamento, linha, turno ou ala);&lt;/li&gt;&lt;li&gt;as primeiras &lt;b&gt;pessoas&lt;/b&gt;, digitadas ou importadas de um mapeamento que você já mantém;&lt;/li&gt;&lt;li&gt;sua primeira &lt;b&gt;conversa individual&lt;/b&gt;, do jeito AEIOU.&lt;/li&gt;&lt;/ol&gt;Pule quando quiser: o que você salvou fica. Aperte F1 em qualquer página para ver a parte do guia sobre ela.&lt;br&gt;&lt;br&gt;Antes do primeiro nome: o emprego dos colegas pode depender deste mapeamento. Guarde-o no seu próprio computador, nunca no do empregador, e leia &lt;b&gt;Segurança em primeiro lugar&lt;/b&gt; (menu Ajuda).</translation>
    </message>
    <message>
        <source>Log a conversation you had: what they are angry about (&lt;b&gt;Agitate&lt;/b&gt;), what would fix it and who decides (&lt;b&gt;Educate&lt;/b&gt;), what the boss will do next (&lt;b&gt;Inoculate&lt;/b&gt;), the &lt;b&gt;ask&lt;/b&gt; and their &lt;b&gt;answer&lt;/b&gt;, how they connect to the group (&lt;b&gt;Unite&lt;/b&gt;), and where they stand now.</source>
        <translation>Registre uma conversa que você teve: o que revolta a pessoa (&lt;b&gt;Agitar&lt;/b&gt;), o que resolveria e quem decide (&lt;b&gt;Educar&lt;/b&gt;), o que o patrão vai fazer agora (&lt;b&gt;Vacinar&lt;/b&gt;), o &lt;b&gt;pedido&lt;/b&gt; e a &lt;b&gt;resposta&lt;/b&gt; dela, como ela se liga ao grupo (&lt;b&gt;Unir&lt;/b&gt;) e qual a posição dela agora.</translation>
    </message>
    <message>
        <source>Map the workplace as its workers know it: a department, a line, a shift, a ward. Start with the area you work in; on the Map, &lt;b&gt;Add below&lt;/b&gt; goes deeper (department, then line, then shift).</source>
        <translation>Mapeie o local de trabalho como os trabalhadores o conhecem: um departamento, uma linha, um turno, uma ala. Comece pelo setor onde você trabalha; no Mapa, &lt;b&gt;Adicionar abaixo&lt;/b&gt; desce um nível (departamento, depois linha, depois turno).</translation>
    </message>
    <message>
        <source>Next: map the other areas on the &lt;b&gt;Map&lt;/b&gt;, read &lt;b&gt;Safety first&lt;/b&gt; in the guide (Help), and keep talking: each one-on-one you log moves the Map&apos;s figures.</source>
        <translation>Próximo passo: mapeie os outros setores no &lt;b&gt;Mapa&lt;/b&gt;, leia &lt;b&gt;Segurança em primeiro lugar&lt;/b&gt; no guia (Ajuda) e continue conversando: cada conversa individual que você registra muda os números do Mapa.</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Ainda não avaliado</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <source>People in this workplace</source>
        <translation>Pessoas neste local de trabalho</translation>
    </message>
    <message numerus="yes">
        <source>People in this workplace so far: %n</source>
        <translation>
            <numerusform>Pessoas neste local de trabalho até agora: %n</numerusform>
            <numerusform>Pessoas neste local de trabalho até agora: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: a workplace, an area, %n person(s) and a one-on-one.</source>
        <translation>
            <numerusform>Salvos: um local de trabalho, um setor, %n pessoa e uma conversa individual.</numerusform>
            <numerusform>Salvos: um local de trabalho, um setor, %n pessoas e uma conversa individual.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ski&amp;p the walk-through</source>
        <translation>&amp;Pular o roteiro guiado</translation>
    </message>
    <message numerus="yes">
        <source>Step %n of 4</source>
        <translation>
            <numerusform>Passo %n de 4</numerusform>
            <numerusform>Passo %n de 4</numerusform>
        </translation>
    </message>
    <message>
        <source>The site you organise: a depot, a hospital, a call centre. The Map shows one workplace at a time; add others later with &lt;b&gt;Add workplace&lt;/b&gt;.</source>
        <translation>O local que você organiza: um depósito, um hospital, uma central de atendimento. O Mapa mostra um local de trabalho por vez; adicione outros depois com &lt;b&gt;Adicionar local de trabalho&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Welcome to your new vault</source>
        <translation>Boas-vindas ao seu novo cofre</translation>
    </message>
    <message>
        <source>What you saved stays; the walk-through is not offered again (Help &gt; First steps opens it).</source>
        <translation>O que você salvou fica; o roteiro guiado não será oferecido de novo (Ajuda &gt; Primeiros passos o abre).</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Local de trabalho</translation>
    </message>
    <message>
        <source>Your chart has begun</source>
        <translation>Seu mapeamento começou</translation>
    </message>
    <message>
        <source>e.g. Loading bay</source>
        <translation>ex.: Doca de carga</translation>
    </message>
    <message>
        <source>e.g. Parcelco Ltd (optional)</source>
        <translation>ex.: Parcelco Ltda. (opcional)</translation>
    </message>
    <message>
        <source>e.g. Riverside depot</source>
        <translation>ex.: Depósito Beira-Rio</translation>
    </message>
    <message>
        <source>e.g. department, line, shift, ward</source>
        <translation>ex.: departamento, linha, turno, ala</translation>
    </message>
    <message>
        <source>personal phone (optional)</source>
        <translation>telefone pessoal (opcional)</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>This folder is synced by {service}. The vault stays encrypted, but the synced copy leaves this computer, and pages deleted from it may persist in the service&apos;s file history. Use a folder that is not synced unless you mean this.</source>
        <translation>Esta pasta é sincronizada pelo {service}. O cofre continua criptografado, mas a cópia sincronizada sai deste computador, e páginas excluídas dele podem continuar no histórico de arquivos do serviço. Use uma pasta não sincronizada, a menos que seja essa a sua intenção.</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Create new</source>
        <translation>Criar novo</translation>
    </message>
    <message>
        <source>Creating the vault and deriving its keys…</source>
        <translation>Criando o cofre e derivando suas chaves…</translation>
    </message>
    <message>
        <source>Forum Kit</source>
        <translation>Forum Kit</translation>
    </message>
    <message>
        <source>Made-up people in many languages, to look around safely.</source>
        <translation>Pessoas inventadas em vários idiomas, para explorar sem riscos.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Try the &amp;demo vault</source>
        <translation>Experimentar o cofre de &amp;demonstração</translation>
    </message>
    <message>
        <source>Your organising records, encrypted on this computer.</source>
        <translation>Seus registros de organização, criptografados neste computador.</translation>
    </message>
</context>
<context>
    <name>WordsBox</name>
    <message>
        <source>Forum Kit has no leaflet words in &apos;{code}&apos; yet. Write each one in that language (missing: {n}).</source>
        <translation>O Forum Kit ainda não tem as palavras do panfleto em &apos;{code}&apos;. Escreva cada uma nesse idioma (faltam: {n}).</translation>
    </message>
    <message>
        <source>The words printed besides yours; change any of them.</source>
        <translation>As palavras impressas junto com as suas; altere qualquer uma delas.</translation>
    </message>
</context>
</TS>
