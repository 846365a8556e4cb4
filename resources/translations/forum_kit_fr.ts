<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source> — 1:10 target</source>
        <translation> — objectif 1:10</translation>
    </message>
    <message>
        <source>&amp;Agitate</source>
        <translation>&amp;Agiter</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Demands:</source>
        <translation>&amp;Revendications&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Educate</source>
        <translation>É&amp;duquer</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paragraphs:</source>
        <translation>&amp;Paragraphes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Participated</source>
        <translation>A &amp;participé</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planifier</translation>
    </message>
    <message>
        <source>&amp;Refused</source>
        <translation>A &amp;refusé</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Unite</source>
        <translation>&amp;Unir</translation>
    </message>
    <message>
        <source>&amp;Visual:</source>
        <translation>&amp;Visuel&#xa0;:</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non enregistré)</translation>
    </message>
    <message>
        <source>1 per sheet</source>
        <translation>1 par feuille</translation>
    </message>
    <message>
        <source>1:10 target</source>
        <translation>objectif 1:10</translation>
    </message>
    <message>
        <source>1:1s (90 d)</source>
        <translation>Tête-à-tête (90 j)</translation>
    </message>
    <message>
        <source>1:1s, 90 days</source>
        <translation>Tête-à-tête, 90 jours</translation>
    </message>
    <message>
        <source>2 per sheet (handbills)</source>
        <translation>2 par feuille (petits tracts)</translation>
    </message>
    <message>
        <source>4 per sheet (handbills)</source>
        <translation>4 par feuille (petits tracts)</translation>
    </message>
    <message>
        <source>A grievance deadline this many working days away or fewer counts as due soon.</source>
        <translation>Un délai de réclamation à ce nombre de jours ouvrés ou moins compte comme proche.</translation>
    </message>
    <message>
        <source>A&amp;nswer</source>
        <translation>Ré&amp;ponse</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent·e</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation>S&apos;est abstenu·e</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Convenu le</translation>
    </message>
    <message>
        <source>Agreed with</source>
        <translation>Convenu avec</translation>
    </message>
    <message>
        <source>Alternate</source>
        <translation>Suppléant·e</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>An assessment older than this many days counts as stale.</source>
        <translation>Une évaluation plus ancienne que ce nombre de jours est périmée.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Answer days</source>
        <translation>Jours pour répondre</translation>
    </message>
    <message>
        <source>Answer unit</source>
        <translation>Unité de réponse</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondue</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Réponse de</translation>
    </message>
    <message>
        <source>Any assessment date</source>
        <translation>Toute date d&apos;évaluation</translation>
    </message>
    <message>
        <source>Any committee role</source>
        <translation>Tout rôle au comité</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>En date du</translation>
    </message>
    <message>
        <source>As&amp;k</source>
        <translation>&amp;Demander</translation>
    </message>
    <message>
        <source>As&amp;ked</source>
        <translation>&amp;Demandé</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Asked, no answer</source>
        <translation>Demandé, sans réponse</translation>
    </message>
    <message>
        <source>Assemblies</source>
        <translation>Assemblées</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Évalué·es</translation>
    </message>
    <message>
        <source>Assessed %</source>
        <translation>Évalué·es %</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présent·es</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Dossier d&apos;information</translation>
    </message>
    <message>
        <source>Button / sticker day</source>
        <translation>Journée badges / autocollants</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>C or CH</source>
        <translation>C ou CH</translation>
    </message>
    <message>
        <source>Call to action, &amp;what:</source>
        <translation>Appel à l&apos;action, &amp;quoi&#xa0;:</translation>
    </message>
    <message>
        <source>Call to action, what:</source>
        <translation>Appel à l&apos;action, quoi&#xa0;:</translation>
    </message>
    <message>
        <source>Card signed</source>
        <translation>Adhésion signée</translation>
    </message>
    <message>
        <source>Carried</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Cases by month: opened, closed, open at the month&apos;s end</source>
        <translation>Dossiers par mois&#xa0;: ouverts, clos, ouverts en fin de mois</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Chart sheet</source>
        <translation>Fiche de cartographie</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Collection (money in)</source>
        <translation>Collecte (entrée)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
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
        <translation>Relais du comité (CH)</translation>
    </message>
    <message>
        <source>Committee member (C)</source>
        <translation>Membre du comité (C)</translation>
    </message>
    <message>
        <source>Committee members (◆ 1:10 target)</source>
        <translation>Membres du comité (◆ objectif 1:10)</translation>
    </message>
    <message>
        <source>Committee target</source>
        <translation>Objectif du comité</translation>
    </message>
    <message>
        <source>Confirmed by both</source>
        <translation>Confirmé par les deux</translation>
    </message>
    <message>
        <source>Confirmed by the giver only (waits)</source>
        <translation>Confirmé par le donneur seulement (en attente)</translation>
    </message>
    <message>
        <source>Confirmed by the receiver only (waits)</source>
        <translation>Confirmé par le receveur seulement (en attente)</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>Contract article</source>
        <translation>Article de la convention</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copie</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Council meeting</source>
        <translation>Réunion du conseil</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Compté à partir de</translation>
    </message>
    <message>
        <source>Counts from</source>
        <translation>Compte à partir de</translation>
    </message>
    <message>
        <source>Counts from: incident, knew of it (the first step); filed, answer received, answer due (appeals to a later step). Separate with commas.</source>
        <translation>Compte à partir de&#xa0;: incident, connaissance des faits (première étape)&#xa0;; dépôt, réponse reçue, réponse due (appels à une étape ultérieure). Séparez par des virgules.</translation>
    </message>
    <message>
        <source>DUE SOON</source>
        <translation>ÉCHÉANCE PROCHE</translation>
    </message>
    <message>
        <source>DUE TODAY</source>
        <translation>ÉCHÉANCE AUJOURD&apos;HUI</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Dealt with</source>
        <translation>Traité</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Délégué·e</translation>
    </message>
    <message>
        <source>Delegate briefing</source>
        <translation>Note d&apos;information pour délégué·e</translation>
    </message>
    <message>
        <source>Demands:</source>
        <translation>Revendications&#xa0;:</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Sanction disciplinaire</translation>
    </message>
    <message>
        <source>Discipline / discharge</source>
        <translation>Sanction / licenciement</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Donation (money in)</source>
        <translation>Don (entrée)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Due today or overdue</source>
        <translation>Échéance aujourd&apos;hui ou dépassée</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Échéance dans les 30 jours</translation>
    </message>
    <message>
        <source>Due within a week</source>
        <translation>Échéance dans la semaine</translation>
    </message>
    <message>
        <source>Due within a year</source>
        <translation>Échéance dans l&apos;année</translation>
    </message>
    <message>
        <source>Dues (money in)</source>
        <translation>Cotisations (entrée)</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Élection</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Entered by the committee</source>
        <translation>Saisi par le comité</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Every grievance with its step, its next deadline counted from the contract, and the fact sheet to print for the meeting.</source>
        <translation>Chaque réclamation avec son étape, son prochain délai calculé d&apos;après la convention collective, et la fiche à imprimer pour la réunion.</translation>
    </message>
    <message>
        <source>Everyone at the workplace: who they are, where they work, how they were assessed and when someone last talked to them.</source>
        <translation>Tout le monde sur le lieu de travail&#xa0;: qui ils sont, où ils travaillent, comment ils ont été évalués et quand quelqu&apos;un leur a parlé pour la dernière fois.</translation>
    </message>
    <message>
        <source>Eviction notice</source>
        <translation>Avis d&apos;expulsion</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Expense (money out)</source>
        <translation>Dépense (sortie)</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>FT/PT</source>
        <translation>TC/TP</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Figure to hold</source>
        <translation>Chiffre à tenir</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>File/appeal days</source>
        <translation>Jours pour déposer/faire appel</translation>
    </message>
    <message>
        <source>Filed / appealed</source>
        <translation>Déposée / en appel</translation>
    </message>
    <message>
        <source>Filing / appeal</source>
        <translation>Dépôt / appel</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>Licenciement</translation>
    </message>
    <message>
        <source>First filed</source>
        <translation>Premier dépôt</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Suivis à faire</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Forum Kit bundles, agendas and decisions (*.fkbundle *.fkagenda *.fkdecisions);;All files (*)</source>
        <translation>Paquets, ordres du jour et décisions Forum Kit (*.fkbundle *.fkagenda *.fkdecisions);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Forum or council</source>
        <translation>Forum ou conseil</translation>
    </message>
    <message>
        <source>Forums</source>
        <translation>Forums</translation>
    </message>
    <message>
        <source>Forums and councils: meetings, motions, mandates and the delegates who carry them, with their report-backs.</source>
        <translation>Forums et conseils&#xa0;: réunions, motions, mandats et les délégué·es qui les portent, avec leurs comptes rendus de mandat.</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Free vote</source>
        <translation>Vote libre</translation>
    </message>
    <message>
        <source>Fresh</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Ven</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Full names</source>
        <translation>Noms complets</translation>
    </message>
    <message>
        <source>Full time</source>
        <translation>Temps plein</translation>
    </message>
    <message>
        <source>Fund in</source>
        <translation>Entrées de la caisse</translation>
    </message>
    <message>
        <source>Fund out</source>
        <translation>Sorties de la caisse</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donné</translation>
    </message>
    <message>
        <source>Giver</source>
        <translation>Donne</translation>
    </message>
    <message>
        <source>Grant to a member (money out)</source>
        <translation>Aide à un membre (sortie)</translation>
    </message>
    <message>
        <source>Grievance</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <source>Grievances</source>
        <translation>Réclamations</translation>
    </message>
    <message>
        <source>Grievant</source>
        <translation>Salarié·e concerné·e</translation>
    </message>
    <message>
        <source>Grievants</source>
        <translation>Salarié·es concerné·es</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Collective</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Croissance</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Headline:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Health and safety</source>
        <translation>Santé et sécurité</translation>
    </message>
    <message>
        <source>Help on</source>
        <translation>Aide le</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Helper (CH)</source>
        <translation>Relais (CH)</translation>
    </message>
    <message>
        <source>Helpers (CH)</source>
        <translation>Relais (CH)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Hours exchanged</source>
        <translation>Heures échangées</translation>
    </message>
    <message>
        <source>How many automatic backups to keep.</source>
        <translation>Nombre de sauvegardes automatiques à conserver.</translation>
    </message>
    <message>
        <source>How the committee and the support for it grow over time, area by area, counted from the assessment history.</source>
        <translation>Comment le comité et le soutien qu&apos;il rassemble progressent dans le temps, secteur par secteur, d&apos;après l&apos;historique des évaluations.</translation>
    </message>
    <message>
        <source>How they connect to the group</source>
        <translation>Son lien avec le groupe</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>Maladie</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Importé comme</translation>
    </message>
    <message>
        <source>In the steward&apos;s copy</source>
        <translation>Dans la copie du représentant</translation>
    </message>
    <message>
        <source>In your chart now</source>
        <translation>Dans votre cartographie actuelle</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individuelle</translation>
    </message>
    <message>
        <source>Initials only</source>
        <translation>Initiales seulement</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>Blessure</translation>
    </message>
    <message>
        <source>Inocu&amp;late</source>
        <translation>Ino&amp;culer</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language of the interface (at the next start).</source>
        <translation>Langue de l&apos;interface (au prochain démarrage).</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Last 2 years</source>
        <translation>2 dernières années</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>6 derniers mois</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Last copy sent</source>
        <translation>Dernière copie envoyée</translation>
    </message>
    <message>
        <source>Last structure test: participation %</source>
        <translation>Dernier test de structure&#xa0;: participation %</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Dernier test</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Dernière année</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Mise en page&#xa0;:</translation>
    </message>
    <message>
        <source>Leaflet</source>
        <translation>Tract</translation>
    </message>
    <message>
        <source>Leaflets, briefings and packs printed from the vault, encrypted when they are saved.</source>
        <translation>Tracts, notes d&apos;information et dossiers imprimés depuis le coffre-fort, chiffrés à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Lock the vault after this many minutes without input.</source>
        <translation>Verrouiller le coffre-fort après ce nombre de minutes sans activité.</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Consigné</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation>Mandats</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Cartographié·es</translation>
    </message>
    <message>
        <source>March on the boss</source>
        <translation>Marche sur la direction</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Mis en relation</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Mises en relation</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>Jours (moyenne)</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Jours (médiane)</translation>
    </message>
    <message>
        <source>Median days to resolution by type</source>
        <translation>Médiane des jours jusqu&apos;au règlement, par type</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Members active</source>
        <translation>Membres actifs</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Mémo</translation>
    </message>
    <message>
        <source>Met within a week</source>
        <translation>Satisfaits en une semaine</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Motion</translation>
    </message>
    <message>
        <source>Motions</source>
        <translation>Motions</translation>
    </message>
    <message>
        <source>Mutual aid</source>
        <translation>Entraide</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Needed at 1:10</source>
        <translation>Nécessaires à 1:10</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Nécessaire avant le</translation>
    </message>
    <message>
        <source>Needs raised</source>
        <translation>Besoins exprimés</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>Nouvelle date</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Prochain délai</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Not carried out</source>
        <translation>Non réalisé</translation>
    </message>
    <message>
        <source>Not on committee</source>
        <translation>Pas au comité</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Noté</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offert</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>One-on-one conversations written up with the AEIOU structure, their issues and the follow-ups due.</source>
        <translation>Les conversations en tête-à-tête rédigées selon la structure AEIOU, leurs problèmes et les suivis à faire.</translation>
    </message>
    <message>
        <source>One-on-ones in the last 90 days</source>
        <translation>Tête-à-tête des 90 derniers jours</translation>
    </message>
    <message>
        <source>One-on-ones, last 90 days</source>
        <translation>Tête-à-tête, 90 derniers jours</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>Ouvertes et closes</translation>
    </message>
    <message>
        <source>Open at the month&apos;s end</source>
        <translation>Ouverts en fin de mois</translation>
    </message>
    <message>
        <source>Open grievances</source>
        <translation>Réclamations ouvertes</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Ordinaire</translation>
    </message>
    <message>
        <source>Organic leader</source>
        <translation>Leader naturel</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Our delegate&apos;s vote</source>
        <translation>Vote de notre délégué·e</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>Pa&amp;pier&#xa0;:</translation>
    </message>
    <message>
        <source>Paragraphs:</source>
        <translation>Paragraphes&#xa0;:</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>Temps partiel</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>A participé</translation>
    </message>
    <message>
        <source>Partly carried out</source>
        <translation>Réalisé en partie</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>People helping</source>
        <translation>Personnes aidantes</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Personal data in this bundle: none.</source>
        <translation>Données personnelles dans ce paquet&#xa0;: aucune.</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Pétition</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Photo board</source>
        <translation>Trombinoscope</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>De principe</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Exprimé</translation>
    </message>
    <message>
        <source>Re&amp;medy sought</source>
        <translation>Ré&amp;paration demandée</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atteints</translation>
    </message>
    <message>
        <source>Reason or change</source>
        <translation>Motif ou changement</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Révocation</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Reçoit</translation>
    </message>
    <message>
        <source>Recorded with it</source>
        <translation>Ce qu&apos;elle a enregistré</translation>
    </message>
    <message>
        <source>Red lines</source>
        <translation>Lignes rouges</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>A refusé</translation>
    </message>
    <message>
        <source>Report-back</source>
        <translation>Compte rendu de mandat</translation>
    </message>
    <message>
        <source>Reports waiting</source>
        <translation>Rapports en attente</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Contre-passé</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Row numbers only (no names)</source>
        <translation>Numéros de ligne seulement (sans noms)</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sam</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Visible par</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Réglée</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Manquants</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Périmée</translation>
    </message>
    <message>
        <source>Start counts from</source>
        <translation>Le début compte à partir de</translation>
    </message>
    <message>
        <source>Start days</source>
        <translation>Jours initiaux</translation>
    </message>
    <message>
        <source>Start unit</source>
        <translation>Unité initiale</translation>
    </message>
    <message>
        <source>Start whichever</source>
        <translation>Début&#xa0;: premier ou dernier</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Step no.</source>
        <translation>N° d&apos;étape</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Représentant·e</translation>
    </message>
    <message>
        <source>Strike vote</source>
        <translation>Vote de grève</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Sympathisant·es</translation>
    </message>
    <message>
        <source>Supporters %</source>
        <translation>Sympathisant·es %</translation>
    </message>
    <message>
        <source>Talked by</source>
        <translation>Qui a parlé</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Target (1:10)</source>
        <translation>Objectif (1:10)</translation>
    </message>
    <message>
        <source>Term from</source>
        <translation>Mandat du</translation>
    </message>
    <message>
        <source>Term to</source>
        <translation>Mandat au</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>The assembly, with the name (the member agreed)</source>
        <translation>L&apos;assemblée, avec le nom (le membre est d&apos;accord)</translation>
    </message>
    <message>
        <source>The assembly, without the name</source>
        <translation>L&apos;assemblée, sans le nom</translation>
    </message>
    <message>
        <source>The committee only</source>
        <translation>Le comité seulement</translation>
    </message>
    <message>
        <source>The concrete ask</source>
        <translation>La demande concrète</translation>
    </message>
    <message>
        <source>The rows differ in</source>
        <translation>Les lignes diffèrent sur</translation>
    </message>
    <message>
        <source>The steward&apos;s</source>
        <translation>Celle du représentant</translation>
    </message>
    <message>
        <source>The workplace map: areas, headcounts and how each person is assessed, so you can see where the committee is strong and where nobody has talked to anyone yet.</source>
        <translation>La carte du lieu de travail&#xa0;: secteurs, effectifs et évaluation de chaque personne, pour voir où le comité est solide et où personne n&apos;a encore parlé à personne.</translation>
    </message>
    <message>
        <source>The workplace pages open with.</source>
        <translation>Le lieu de travail à l&apos;ouverture des pages.</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>Leur réponse</translation>
    </message>
    <message>
        <source>This bundle is older than the last one imported from the same forum (it may be a replayed copy); nothing was imported.</source>
        <translation>Ce paquet est plus ancien que le dernier importé du même forum (ce peut être une copie rejouée)&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Jeu</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Unknown sender: compare fingerprints with the forum in person and trust its key card first (Trust a key card…); nothing was imported.</source>
        <translation>Expéditeur inconnu&#xa0;: comparez les empreintes en personne avec le forum et faites d&apos;abord confiance à sa carte de clé (Faire confiance à une carte de clé…)&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Vote against</source>
        <translation>Voter contre</translation>
    </message>
    <message>
        <source>Vote for</source>
        <translation>Voter pour</translation>
    </message>
    <message>
        <source>Voted against</source>
        <translation>A voté contre</translation>
    </message>
    <message>
        <source>Voted for</source>
        <translation>A voté pour</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>W&amp;hat happened</source>
        <translation>&amp;Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation>&amp;Qui</translation>
    </message>
    <message>
        <source>W&amp;ho we are:</source>
        <translation>&amp;Qui nous sommes&#xa0;:</translation>
    </message>
    <message>
        <source>W&amp;hy</source>
        <translation>&amp;Pourquoi</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>What are they angry about?</source>
        <translation>Qu&apos;est-ce qui les met en colère&#xa0;?</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>What will the boss say and do next?</source>
        <translation>Que va dire et faire la direction ensuite&#xa0;?</translation>
    </message>
    <message>
        <source>What would fix it, and who decides?</source>
        <translation>Qu&apos;est-ce qui réglerait le problème, et qui décide&#xa0;?</translation>
    </message>
    <message>
        <source>Whe&amp;re</source>
        <translation>&amp;Où</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand&#xa0;:</translation>
    </message>
    <message>
        <source>Where it matched</source>
        <translation>Trouvé dans</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Où&#xa0;:</translation>
    </message>
    <message>
        <source>Whichever</source>
        <translation>Premier ou dernier</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>Qui agit</translation>
    </message>
    <message>
        <source>Who checks</source>
        <translation>Qui prend des nouvelles</translation>
    </message>
    <message>
        <source>Who from management</source>
        <translation>Qui de la direction</translation>
    </message>
    <message>
        <source>Who we are:</source>
        <translation>Qui nous sommes&#xa0;:</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de succès</translation>
    </message>
    <message>
        <source>Win rate by contract article</source>
        <translation>Taux de succès par article de la convention</translation>
    </message>
    <message>
        <source>Win rate by type of grievance</source>
        <translation>Taux de succès par type de réclamation</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Témoins</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Lieu de travail</translation>
    </message>
    <message>
        <source>Workplaces</source>
        <translation>Lieux de travail</translation>
    </message>
    <message>
        <source>Write an encrypted backup into the vault&apos;s backups folder this often (hours; 0 = off).</source>
        <translation>Écrire une sauvegarde chiffrée dans le dossier de sauvegardes du coffre-fort à cette fréquence (heures&#xa0;; 0 = désactivé).</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <source>already so</source>
        <translation>déjà le cas</translation>
    </message>
    <message>
        <source>answer due</source>
        <translation>réponse due</translation>
    </message>
    <message>
        <source>answer received</source>
        <translation>réponse reçue</translation>
    </message>
    <message>
        <source>assembly, named</source>
        <translation>assemblée, nommé</translation>
    </message>
    <message>
        <source>assembly, no name</source>
        <translation>assemblée, sans nom</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>présence</translation>
    </message>
    <message>
        <source>cannot apply</source>
        <translation>impossible à appliquer</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>committee only</source>
        <translation>comité seulement</translation>
    </message>
    <message>
        <source>conflict: choose</source>
        <translation>conflit&#xa0;: à choisir</translation>
    </message>
    <message>
        <source>coworkers&apos; full names</source>
        <translation>les noms complets des collègues</translation>
    </message>
    <message>
        <source>coworkers&apos; initials</source>
        <translation>les initiales des collègues</translation>
    </message>
    <message>
        <source>declined by the keeper</source>
        <translation>refusé par le dépositaire</translation>
    </message>
    <message>
        <source>filed</source>
        <translation>déposée</translation>
    </message>
    <message>
        <source>font (PDFs)</source>
        <translation>police (PDF)</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <source>knew of it</source>
        <translation>connaissance des faits</translation>
    </message>
    <message>
        <source>library</source>
        <translation>bibliothèque</translation>
    </message>
    <message>
        <source>met</source>
        <translation>tenu</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>one-on-one</source>
        <translation>tête-à-tête</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>partly met</source>
        <translation>en partie satisfait</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>person added</source>
        <translation>personne ajoutée</translation>
    </message>
    <message>
        <source>reviewed before</source>
        <translation>déjà examiné</translation>
    </message>
    <message>
        <source>runtime</source>
        <translation>environnement d&apos;exécution</translation>
    </message>
    <message>
        <source>sent, waiting for review</source>
        <translation>envoyé, en attente d&apos;examen</translation>
    </message>
    <message>
        <source>step event</source>
        <translation>événement d&apos;étape</translation>
    </message>
    <message>
        <source>street assembly</source>
        <translation>assemblée de rue</translation>
    </message>
    <message>
        <source>structure-test outcome</source>
        <translation>issue du test de structure</translation>
    </message>
    <message>
        <source>the article, law or practice violated</source>
        <translation>l&apos;article, la loi ou l&apos;usage enfreint</translation>
    </message>
    <message>
        <source>the earlier row&apos;s values</source>
        <translation>les valeurs de la ligne antérieure</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>le programme</translation>
    </message>
    <message>
        <source>this row&apos;s values</source>
        <translation>les valeurs de cette ligne</translation>
    </message>
    <message>
        <source>two different people</source>
        <translation>deux personnes différentes</translation>
    </message>
    <message>
        <source>unmet</source>
        <translation>non satisfait</translation>
    </message>
    <message>
        <source>workers&apos; forum</source>
        <translation>forum des travailleurs</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>“Start days” is the filing limit for grievance types that start at that step (a discharge filed straight at step 3 counts from the incident or knowledge, not from the step 2 answer); leave it empty where no type starts.</source>
        <translation>«&#xa0;Jours initiaux&#xa0;» est le délai de dépôt des types de réclamation qui commencent à cette étape (un licenciement déposé directement à l&apos;étape 3 court à partir de l&apos;incident ou de la connaissance des faits, pas de la réponse de l&apos;étape 2)&#xa0;; laissez vide là où aucun type ne commence.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Forum Kit</source>
        <translation>À propos de Forum Kit</translation>
    </message>
    <message>
        <source>Forum Kit {version}
Organising records kept encrypted on this computer.
Free software under the {licence}.
Qt {qt} through PySide6 {pyside}.</source>
        <translation>Forum Kit {version}
Données d&apos;organisation conservées chiffrées sur cet ordinateur.
Logiciel libre sous {licence}.
Qt {qt} via PySide6 {pyside}.</translation>
    </message>
    <message>
        <source>Parts shipped with Forum Kit and their licences (choose one to read its licence):</source>
        <translation>Composants fournis avec Forum Kit et leurs licences (choisissez-en un pour lire sa licence)&#xa0;:</translation>
    </message>
    <message>
        <source>The Qt libraries are separate files in Forum Kit&apos;s program folder: under the LGPL you may replace them with your own build of the same Qt version.</source>
        <translation>Les bibliothèques Qt sont des fichiers séparés dans le dossier du programme de Forum Kit&#xa0;: selon la LGPL, vous pouvez les remplacer par votre propre compilation de la même version de Qt.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Preparing the demo vault (a minute at most)…</source>
        <translation>Préparation du coffre-fort de démonstration (une minute au plus)…</translation>
    </message>
</context>
<context>
    <name>AreaDialog</name>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>department, line, shift, ward…</source>
        <translation>service, ligne, équipe, unité…</translation>
    </message>
</context>
<context>
    <name>AreaDialogWords</name>
    <message numerus="yes">
        <source>%n people or grievances are in this area (or its sub-areas). Choose the area to move them to before it is deleted, or cancel.</source>
        <translation>
            <numerusform>%n personne ou réclamation se trouve dans ce secteur (ou ses sous-secteurs). Choisissez le secteur où la déplacer avant la suppression, ou annulez.</numerusform>
            <numerusform>%n personnes ou réclamations se trouvent dans ce secteur (ou ses sous-secteurs). Choisissez le secteur où les déplacer avant la suppression, ou annulez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AreaDialogs</name>
    <message>
        <source>(top level)</source>
        <translation>(niveau supérieur)</translation>
    </message>
    <message>
        <source>Delete area</source>
        <translation>Supprimer le secteur</translation>
    </message>
    <message>
        <source>Move area</source>
        <translation>Déplacer le secteur</translation>
    </message>
    <message>
        <source>Move the area (with its sub-areas) under:</source>
        <translation>Déplacer le secteur (avec ses sous-secteurs) sous&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Assemblies</name>
    <message>
        <source>A delegate is elected to a council, and there is no council yet.</source>
        <translation>Un·e délégué·e est élu·e à un conseil, et il n&apos;y a pas encore de conseil.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Create the council now; then the election form opens.</source>
        <translation>Créez le conseil maintenant&#xa0;; le formulaire d&apos;élection s&apos;ouvrira ensuite.</translation>
    </message>
    <message>
        <source>Create the council…</source>
        <translation>Créer le conseil…</translation>
    </message>
    <message>
        <source>Go ahead</source>
        <translation>Allons-y</translation>
    </message>
    <message>
        <source>No council yet</source>
        <translation>Pas encore de conseil</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>AssembliesPage</name>
    <message>
        <source> — member of {council}</source>
        <translation> — membre de {council}</translation>
    </message>
    <message numerus="yes">
        <source>%n forums or councils are members of “{name}”: attach them to another council (Edit…) or delete them first.</source>
        <translation>
            <numerusform>%n forum ou conseil est membre de « {name} » : rattachez-le d&apos;abord à un autre conseil (Modifier…) ou supprimez-le.</numerusform>
            <numerusform>%n forums ou conseils sont membres de « {name} » : rattachez-les d&apos;abord à un autre conseil (Modifier…) ou supprimez-les.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Bundles</source>
        <translation>&amp;Paquets</translation>
    </message>
    <message>
        <source>&amp;Delegates</source>
        <translation>&amp;Délégué·es</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>Ré&amp;unions</translation>
    </message>
    <message>
        <source>&amp;Schedule a meeting…</source>
        <translation>&amp;Convoquer une réunion…</translation>
    </message>
    <message>
        <source>Choose a forum or council.</source>
        <translation>Choisissez un forum ou un conseil.</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete meeti&amp;ng…</source>
        <translation>Supprimer la réu&amp;nion…</translation>
    </message>
    <message>
        <source>Delete the meeting of {day}?</source>
        <translation>Supprimer la réunion du {day}&#xa0;?</translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>Fi&amp;x time or place…</source>
        <translation>Corri&amp;ger l&apos;heure ou le lieu…</translation>
    </message>
    <message>
        <source>Fix the meeting&apos;s time or place</source>
        <translation>Corriger l&apos;heure ou le lieu de la réunion</translation>
    </message>
    <message>
        <source>Forums and councils</source>
        <translation>Forums et conseils</translation>
    </message>
    <message>
        <source>Forums&apos; mandates on its agenda are deleted with it.</source>
        <translation>Les mandats des forums sur son ordre du jour sont supprimés avec elle.</translation>
    </message>
    <message>
        <source>It has no attendance, agenda or motions recorded.</source>
        <translation>Aucune présence, aucun ordre du jour ni aucune motion n&apos;y est enregistré.</translation>
    </message>
    <message>
        <source>It has no meetings, delegates or mandates.</source>
        <translation>Il n&apos;a ni réunions, ni délégué·es, ni mandats.</translation>
    </message>
    <message>
        <source>M&amp;andates</source>
        <translation>M&amp;andats</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>New &amp;forum…</source>
        <translation>Nouveau &amp;forum…</translation>
    </message>
    <message>
        <source>New c&amp;ouncil…</source>
        <translation>Nouveau c&amp;onseil…</translation>
    </message>
    <message>
        <source>Rename the chosen forum or council, or attach it to another council</source>
        <translation>Renommer le forum ou le conseil choisi, ou le rattacher à un autre conseil</translation>
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
        <translation>En fonction</translation>
    </message>
    <message>
        <source>Ended {day}</source>
        <translation>Terminé le {day}</translation>
    </message>
    <message>
        <source>Not in term</source>
        <translation>Hors mandat</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Révoqué·e</translation>
    </message>
    <message>
        <source>Recalled {day}</source>
        <translation>Révoqué·e le {day}</translation>
    </message>
    <message>
        <source>{yes} for, {no} against</source>
        <translation>{yes} pour, {no} contre</translation>
    </message>
    <message>
        <source>{yes} for, {no} against, {abstained} abstained</source>
        <translation>{yes} pour, {no} contre, {abstained} abstentions</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message numerus="yes">
        <source>%n more match; type more of the name.</source>
        <translation>
            <numerusform>%n autre correspondance&#xa0;; tapez davantage du nom.</numerusform>
            <numerusform>%n autres correspondances&#xa0;; tapez davantage du nom.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>%n coché</numerusform>
            <numerusform>%n cochés</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find by name:</source>
        <translation>&amp;Chercher par nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Guests (not in the vault):</source>
        <translation>&amp;Invité·es (hors du coffre-fort)&#xa0;:</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Automatic backup written.</source>
        <translation>Sauvegarde automatique effectuée.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %s</source>
        <translation>La sauvegarde automatique a échoué&#xa0;: %s</translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>erreur inattendue</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <source>&amp;Level:</source>
        <translation>Ni&amp;veau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Member of:</source>
        <translation>&amp;Membre de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Recall rule:</source>
        <translation>Règle de &amp;révocation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>&amp;Lieu de travail&#xa0;:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(top of the tree)</source>
        <translation>(haut de l&apos;arborescence)</translation>
    </message>
    <message>
        <source>Edit the council</source>
        <translation>Modifier le conseil</translation>
    </message>
    <message>
        <source>Edit the forum</source>
        <translation>Modifier le forum</translation>
    </message>
    <message>
        <source>New council</source>
        <translation>Nouveau conseil</translation>
    </message>
    <message>
        <source>New forum</source>
        <translation>Nouveau forum</translation>
    </message>
    <message>
        <source>e.g. Delegates recallable at any meeting; notice a week before.</source>
        <translation>par ex. Délégué·es révocables à toute réunion&#xa0;; préavis d&apos;une semaine.</translation>
    </message>
    <message>
        <source>e.g. area, workplace, city, region</source>
        <translation>par ex. secteur, lieu de travail, ville, région</translation>
    </message>
</context>
<context>
    <name>BriefingForm</name>
    <message>
        <source>&amp;Areas:</source>
        <translation>&amp;Secteurs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Forum:</source>
        <translation>&amp;Forum&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Questions&#xa0;:</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Council &amp;meeting:</source>
        <translation>&amp;Réunion du conseil&#xa0;:</translation>
    </message>
    <message>
        <source>Council meeting</source>
        <translation>Réunion du conseil</translation>
    </message>
    <message>
        <source>Figures &amp;as of:</source>
        <translation>Chiffres &amp;en date du&#xa0;:</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>Une question par ligne</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>Pa&amp;pier&#xa0;:</translation>
    </message>
    <message>
        <source>meeting: this forum has no council meeting to brief on yet.</source>
        <translation>meeting&#xa0;: ce forum n&apos;a pas encore de réunion du conseil à préparer.</translation>
    </message>
</context>
<context>
    <name>BundleDialogs</name>
    <message>
        <source>Bundle for {council}. Personal data in it:</source>
        <translation>Paquet pour {council}. Données personnelles qu&apos;il contient&#xa0;:</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Choisir où enregistrer…</translation>
    </message>
    <message>
        <source>Give this card to the other vault&apos;s holder; compare the fingerprint in person.</source>
        <translation>Donnez cette carte au·à la détenteur·rice de l&apos;autre coffre-fort&#xa0;; comparez l&apos;empreinte en personne.</translation>
    </message>
    <message>
        <source>Import a council bundle</source>
        <translation>Importer un paquet de conseil</translation>
    </message>
    <message>
        <source>Import it anyway?</source>
        <translation>L&apos;importer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Save the council bundle</source>
        <translation>Enregistrer le paquet du conseil</translation>
    </message>
    <message>
        <source>Send a council bundle</source>
        <translation>Envoyer un paquet au conseil</translation>
    </message>
    <message>
        <source>This vault&apos;s public key card</source>
        <translation>Carte de clé publique de ce coffre-fort</translation>
    </message>
</context>
<context>
    <name>BundlesPanel</name>
    <message>
        <source>&amp;Check personal data</source>
        <translation>&amp;Vérifier les données personnelles</translation>
    </message>
    <message>
        <source>&amp;Import a bundle, agenda or decisions…</source>
        <translation>&amp;Importer un paquet, un ordre du jour ou des décisions…</translation>
    </message>
    <message>
        <source>&amp;Save bundle…</source>
        <translation>&amp;Enregistrer le paquet…</translation>
    </message>
    <message>
        <source>&amp;Trust a key card…</source>
        <translation>&amp;Faire confiance à une carte de clé…</translation>
    </message>
    <message>
        <source>Bundle saved for {council}, meeting of {day}.</source>
        <translation>Paquet enregistré pour {council}, réunion du {day}.</translation>
    </message>
    <message>
        <source>Conflicting mandates</source>
        <translation>Mandats divergents</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Divergences</translation>
    </message>
    <message>
        <source>Council &amp;key:</source>
        <translation>&amp;Clé du conseil&#xa0;:</translation>
    </message>
    <message>
        <source>Council &amp;meeting:</source>
        <translation>&amp;Réunion du conseil&#xa0;:</translation>
    </message>
    <message>
        <source>Council decisions</source>
        <translation>Décisions du conseil</translation>
    </message>
    <message>
        <source>Council key</source>
        <translation>Clé du conseil</translation>
    </message>
    <message>
        <source>Council meeting</source>
        <translation>Réunion du conseil</translation>
    </message>
    <message>
        <source>Decisions and report-backs</source>
        <translation>Décisions et comptes rendus de mandat</translation>
    </message>
    <message>
        <source>Figures over time</source>
        <translation>Chiffres dans le temps</translation>
    </message>
    <message>
        <source>Figures per forum</source>
        <translation>Chiffres par forum</translation>
    </message>
    <message>
        <source>Import from a member or a council</source>
        <translation>Importer d&apos;un membre ou d&apos;un conseil</translation>
    </message>
    <message>
        <source>Imported the agenda of {council}, meeting of {day} (items: {n}), ready for mandates (see the council&apos;s Meetings tab).</source>
        <translation>Ordre du jour de {council} importé, réunion du {day} (points : {n}), prêt pour les mandats (voir l’onglet Réunions du conseil).</translation>
    </message>
    <message>
        <source>Imported the bundle from {forum} (trusted as &apos;{peer}&apos;): council meeting {day}; mandates: {m}, areas: {a}, delegates: {d}.</source>
        <translation>Paquet importé de {forum} (de confiance sous le nom &apos;{peer}&apos;) : réunion du conseil {day} ; mandats : {m}, secteurs : {a}, délégué·es : {d}.</translation>
    </message>
    <message>
        <source>Imported the decisions of {council}, meeting of {day}. Items: {n}; report-back drafts filled: {d}.</source>
        <translation>Décisions de {council} importées, réunion du {day}. Points : {n} ; brouillons de compte rendu de mandat remplis : {d}.</translation>
    </message>
    <message>
        <source>Include the retaliation log (nobody named)</source>
        <translation>Inclure le registre des représailles (personne de nommé)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Mandates and report-backs: {m}; areas of figures: {a}.</source>
        <translation>Mandats et comptes rendus de mandat : {m} ; secteurs de chiffres : {a}.</translation>
    </message>
    <message>
        <source>Mandates per agenda item</source>
        <translation>Mandats par point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Mandates per item</source>
        <translation>Mandats par point</translation>
    </message>
    <message>
        <source>Mutual aid and time bank</source>
        <translation>Entraide et banque de temps</translation>
    </message>
    <message>
        <source>No council meeting yet: schedule it on the council&apos;s Meetings tab</source>
        <translation>Pas encore de réunion du conseil&#xa0;: convoquez-la dans l&apos;onglet Réunions du conseil</translation>
    </message>
    <message>
        <source>No coworker names, notes, phones or e-mails are ever included.</source>
        <translation>Aucun nom de collègue, aucune note, aucun téléphone ni e-mail n&apos;est jamais inclus.</translation>
    </message>
    <message>
        <source>No trusted council yet: use Trust a key card…</source>
        <translation>Pas encore de conseil de confiance&#xa0;: utilisez Faire confiance à une carte de clé…</translation>
    </message>
    <message>
        <source>Our delegate voted against the mandate on: {items}.</source>
        <translation>Notre délégué·e a voté contre le mandat sur : {items}.</translation>
    </message>
    <message>
        <source>Personal data in this bundle:</source>
        <translation>Données personnelles dans ce paquet&#xa0;:</translation>
    </message>
    <message>
        <source>Roll-up of what members sent, and the decisions received</source>
        <translation>Synthèse de ce que les membres ont envoyé, et décisions reçues</translation>
    </message>
    <message>
        <source>Send a bundle up (choose a forum or a council on the left)</source>
        <translation>Envoyer un paquet vers le haut (choisissez un forum ou un conseil à gauche)</translation>
    </message>
    <message>
        <source>Send the members&apos; figures only in &amp;total</source>
        <translation>N&apos;envoyer les chiffres des membres qu&apos;en &amp;total</translation>
    </message>
    <message>
        <source>This vault has no keys yet (made on first use).</source>
        <translation>Ce coffre-fort n&apos;a pas encore de clés (créées à la première utilisation).</translation>
    </message>
    <message>
        <source>This vault&apos;s &amp;key card…</source>
        <translation>&amp;Carte de clé de ce coffre-fort…</translation>
    </message>
    <message>
        <source>This vault&apos;s fingerprint: {fp}</source>
        <translation>Empreinte de ce coffre-fort&#xa0;: {fp}</translation>
    </message>
    <message>
        <source>Trusted: {name}.</source>
        <translation>De confiance&#xa0;: {name}.</translation>
    </message>
</context>
<context>
    <name>CareFollowUps</name>
    <message>
        <source>Done…</source>
        <translation>Fait…</translation>
    </message>
    <message>
        <source>Mutual aid and check-ins due</source>
        <translation>Entraide et prises de nouvelles à faire</translation>
    </message>
    <message>
        <source>Open the member</source>
        <translation>Ouvrir le membre</translation>
    </message>
</context>
<context>
    <name>CarePanel</name>
    <message>
        <source> ⚠ overdue</source>
        <translation> ⚠ en retard</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>Soins</translation>
    </message>
    <message>
        <source>Choose a person to see their care.</source>
        <translation>Choisissez une personne pour voir ses soins.</translation>
    </message>
    <message>
        <source>Log retaliation…</source>
        <translation>Consigner des représailles…</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Rien d&apos;enregistré.</translation>
    </message>
    <message>
        <source>Plan a check-in…</source>
        <translation>Prévoir une prise de nouvelles…</translation>
    </message>
    <message>
        <source>check-in due {day}{late}</source>
        <translation>prise de nouvelles avant le {day}{late}</translation>
    </message>
    <message>
        <source>offer</source>
        <translation>offre</translation>
    </message>
    <message>
        <source>offers</source>
        <translation>offres</translation>
    </message>
    <message>
        <source>open need</source>
        <translation>besoin ouvert</translation>
    </message>
    <message>
        <source>open needs</source>
        <translation>besoins ouverts</translation>
    </message>
    <message>
        <source>retaliation incident logged</source>
        <translation>incident de représailles consigné</translation>
    </message>
    <message>
        <source>retaliation incidents logged</source>
        <translation>incidents de représailles consignés</translation>
    </message>
    <message>
        <source>{bank}: {balance}</source>
        <translation>{bank}&#xa0;: {balance}</translation>
    </message>
</context>
<context>
    <name>CareStrip</name>
    <message>
        <source>Care: </source>
        <translation>Soins&#xa0;: </translation>
    </message>
    <message>
        <source>No check-in overdue</source>
        <translation>Aucune prise de nouvelles en retard</translation>
    </message>
    <message>
        <source>open need</source>
        <translation>besoin ouvert</translation>
    </message>
    <message>
        <source>open needs</source>
        <translation>besoins ouverts</translation>
    </message>
    <message>
        <source>standing offer</source>
        <translation>offre permanente</translation>
    </message>
    <message>
        <source>standing offers</source>
        <translation>offres permanentes</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Secteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Incident on:</source>
        <translation>Inci&amp;dent le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>(title hidden from calendar exports)</source>
        <translation>(titre masqué dans les exports de calendrier)</translation>
    </message>
    <message>
        <source>Add &amp;grievant…</source>
        <translation>Ajouter un·e salarié·e &amp;concerné·e…</translation>
    </message>
    <message>
        <source>Already filed, on:</source>
        <translation>Déjà déposée, le&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hoose steward…</source>
        <translation>C&amp;hoisir un·e représentant·e…</translation>
    </message>
    <message>
        <source>Co&amp;ntract:</source>
        <translation>Con&amp;vention&#xa0;:</translation>
    </message>
    <message>
        <source>Contract a&amp;rticle:</source>
        <translation>&amp;Article de la convention&#xa0;:</translation>
    </message>
    <message>
        <source>Grievants</source>
        <translation>Salarié·es concerné·es</translation>
    </message>
    <message>
        <source>Grievants:</source>
        <translation>Salarié·es concerné·es&#xa0;:</translation>
    </message>
    <message>
        <source>Knew later, on:</source>
        <translation>Connaissance plus tard, le&#xa0;:</translation>
    </message>
    <message>
        <source>No steward</source>
        <translation>Pas de représentant·e</translation>
    </message>
    <message>
        <source>Remove grievant</source>
        <translation>Retirer le·la salarié·e concerné·e</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <source>Steward:</source>
        <translation>Représentant·e&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>The title is hidden from calendar exports.</source>
        <translation>Le titre est masqué dans les exports de calendrier.</translation>
    </message>
    <message>
        <source>automatic (G-YEAR-NNN)</source>
        <translation>automatique (G-ANNÉE-NNN)</translation>
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
        <translation>&amp;Comité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;FT/PT:</source>
        <translation>&amp;TC/TP&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Stale:</source>
        <translation>&amp;Périmée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Unreached only (tied to nobody on the committee)</source>
        <translation>&amp;Non atteints seulement (liés à personne du comité)</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>&amp;Mots&#xa0;:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Assessment:</source>
        <translation>Évaluation&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;lear all</source>
        <translation>Tout &amp;effacer</translation>
    </message>
    <message>
        <source>Filter the chart</source>
        <translation>Filtrer la cartographie</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>L&amp;angue&#xa0;:</translation>
    </message>
    <message>
        <source>Organic &amp;leaders only</source>
        <translation>&amp;Leaders naturels seulement</translation>
    </message>
    <message>
        <source>names, jobs, notes…</source>
        <translation>noms, postes, notes…</translation>
    </message>
</context>
<context>
    <name>ChartFilters</name>
    <message>
        <source>assessed lately</source>
        <translation>évalués récemment</translation>
    </message>
    <message>
        <source>organic leaders</source>
        <translation>leaders naturels</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>périmés</translation>
    </message>
    <message>
        <source>unreached</source>
        <translation>non atteints</translation>
    </message>
</context>
<context>
    <name>ChartSheetForm</name>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Secteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Blank rows:</source>
        <translation>&amp;Lignes vides&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation>En &amp;date du&#xa0;:</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>En date du</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>Pa&amp;pier&#xa0;:</translation>
    </message>
    <message>
        <source>area: the vault has no areas yet; add them on the Map page.</source>
        <translation>secteur&#xa0;: le coffre-fort n&apos;a pas encore de secteurs&#xa0;; ajoutez-les sur la page Carte.</translation>
    </message>
</context>
<context>
    <name>ChartViewBar</name>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vue&#xa0;:</translation>
    </message>
    <message>
        <source>A view named “%1” exists. Replace it with this one?</source>
        <translation>Une vue nommée «&#xa0;%1&#xa0;» existe. La remplacer par celle-ci&#xa0;?</translation>
    </message>
    <message>
        <source>Chart view</source>
        <translation>Vue cartographie</translation>
    </message>
    <message>
        <source>Col&amp;umns…</source>
        <translation>Col&amp;onnes…</translation>
    </message>
    <message>
        <source>Delete this view</source>
        <translation>Supprimer cette vue</translation>
    </message>
    <message>
        <source>F&amp;ilter…</source>
        <translation>F&amp;iltrer…</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nom de la vue&#xa0;:</translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation>Seulement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Replace view</source>
        <translation>Remplacer la vue</translation>
    </message>
    <message>
        <source>Save as a view…</source>
        <translation>Enregistrer comme vue…</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>View&amp;s</source>
        <translation>&amp;Vues</translation>
    </message>
    <message>
        <source>only the view, no one&apos;s data</source>
        <translation>seulement la vue, aucune donnée personnelle</translation>
    </message>
    <message>
        <source>the view “%1”</source>
        <translation>la vue «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <source>&amp;After:</source>
        <translation>&amp;Après&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Grievance:</source>
        <translation>&amp;Réclamation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Membre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Who checks in:</source>
        <translation>&amp;Qui prend des nouvelles&#xa0;:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Check in &amp;by:</source>
        <translation>Nouvelles &amp;avant le&#xa0;:</translation>
    </message>
    <message>
        <source>Check in by</source>
        <translation>Nouvelles avant le</translation>
    </message>
    <message>
        <source>Event on</source>
        <translation>Événement le</translation>
    </message>
    <message>
        <source>Grievance</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Plan a check-in</source>
        <translation>Prévoir une prise de nouvelles</translation>
    </message>
    <message>
        <source>W&amp;hat happened:</source>
        <translation>&amp;Ce qui s&apos;est passé&#xa0;:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Who checks in</source>
        <translation>Qui prend des nouvelles</translation>
    </message>
</context>
<context>
    <name>CloseNeedForm</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ended:</source>
        <translation>&amp;Terminé le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason (for unmet):</source>
        <translation>&amp;Motif (si non satisfait)&#xa0;:</translation>
    </message>
    <message>
        <source>Close a need</source>
        <translation>Clore un besoin</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Clos le</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Choose a colour</source>
        <translation>Choisissez une couleur</translation>
    </message>
</context>
<context>
    <name>CommitteeDialogs</name>
    <message>
        <source>&amp;Card:</source>
        <translation>&amp;Carte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;Empreinte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Load a card file…</source>
        <translation>&amp;Charger un fichier de carte…</translation>
    </message>
    <message>
        <source>&amp;Name here:</source>
        <translation>&amp;Nom ici&#xa0;:</translation>
    </message>
    <message>
        <source>Key card</source>
        <translation>Carte de clé</translation>
    </message>
    <message>
        <source>Leave empty to use the card&apos;s name</source>
        <translation>Laissez vide pour utiliser le nom de la carte</translation>
    </message>
    <message>
        <source>Paste the card: &apos;Forum Kit public key card v1&apos; …</source>
        <translation>Collez la carte&#xa0;: &apos;Forum Kit public key card v1&apos; …</translation>
    </message>
    <message>
        <source>Save the review sheet</source>
        <translation>Enregistrer la fiche d&apos;examen</translation>
    </message>
    <message>
        <source>Type the fingerprint you compared</source>
        <translation>Tapez l&apos;empreinte que vous avez comparée</translation>
    </message>
</context>
<context>
    <name>CommitteeLists</name>
    <message>
        <source>reviewed: {accepted} accepted, {declined} declined</source>
        <translation>examiné : {accepted} acceptés, {declined} refusés</translation>
    </message>
    <message>
        <source>waiting for review</source>
        <translation>en attente d’examen</translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message numerus="yes">
        <source>%n copies written to {folder}. Give each steward theirs (a stick, a message): it opens only in their vault.</source>
        <translation>
            <numerusform>%n copie écrite dans {folder}. Remettez-la à son ou sa représentant·e (clé USB, message) : elle ne s&apos;ouvre que dans son coffre-fort.</numerusform>
            <numerusform>%n copies écrites dans {folder}. Remettez à chaque représentant·e la sienne (clé USB, message) : elle ne s&apos;ouvre que dans son coffre-fort.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add a steward…</source>
        <translation>&amp;Ajouter un·e représentant·e…</translation>
    </message>
    <message>
        <source>&amp;Back to my chart</source>
        <translation>&amp;Retour à ma cartographie</translation>
    </message>
    <message>
        <source>&amp;Grievance step…</source>
        <translation>Étape de &amp;réclamation…</translation>
    </message>
    <message>
        <source>&amp;My copies</source>
        <translation>&amp;Mes copies</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>&amp;Nouveau contact…</translation>
    </message>
    <message>
        <source>&amp;Open a copy file…</source>
        <translation>&amp;Ouvrir un fichier de copie…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>&amp;Send my report…</source>
        <translation>&amp;Envoyer mon rapport…</translation>
    </message>
    <message>
        <source>&amp;Take in a report…</source>
        <translation>&amp;Recevoir un rapport…</translation>
    </message>
    <message>
        <source>Atten&amp;dance…</source>
        <translation>&amp;Présence…</translation>
    </message>
    <message>
        <source>Change &amp;scope…</source>
        <translation>Changer le &amp;périmètre…</translation>
    </message>
    <message>
        <source>Co&amp;rrect details…</source>
        <translation>Co&amp;rriger les détails…</translation>
    </message>
    <message>
        <source>Committee members</source>
        <translation>Membres du comité</translation>
    </message>
    <message>
        <source>Copies from {name} open here now (Open a copy file…).</source>
        <translation>Les copies de {name} s&apos;ouvrent désormais ici (Ouvrir un fichier de copie…).</translation>
    </message>
    <message>
        <source>Copies held</source>
        <translation>Copies détenues</translation>
    </message>
    <message>
        <source>Field reports</source>
        <translation>Rapports de terrain</translation>
    </message>
    <message>
        <source>Folder for the copies</source>
        <translation>Dossier des copies</translation>
    </message>
    <message>
        <source>Grievance te&amp;xt…</source>
        <translation>&amp;Texte de la réclamation…</translation>
    </message>
    <message>
        <source>Keep the &amp;chart</source>
        <translation>Garder la &amp;cartographie</translation>
    </message>
    <message>
        <source>My report</source>
        <translation>Mon rapport</translation>
    </message>
    <message>
        <source>My report (show a copy to log what you did in it)</source>
        <translation>Mon rapport (affichez une copie pour consigner ce que vous y avez fait)</translation>
    </message>
    <message>
        <source>My report (what you logged in the copy shown)</source>
        <translation>Mon rapport (ce que vous avez consigné dans la copie affichée)</translation>
    </message>
    <message>
        <source>My report in the copy shown ({label})</source>
        <translation>Mon rapport dans la copie affichée ({label})</translation>
    </message>
    <message>
        <source>No more copies for them; what they reported stays, with who reported it.</source>
        <translation>Plus de copies pour cette personne&#xa0;; ce qu&apos;elle a rapporté reste, avec son auteur.</translation>
    </message>
    <message>
        <source>One-on-&amp;one…</source>
        <translation>&amp;Tête-à-tête…</translation>
    </message>
    <message>
        <source>Open a committee copy</source>
        <translation>Ouvrir une copie de comité</translation>
    </message>
    <message>
        <source>Re&amp;view report…</source>
        <translation>E&amp;xaminer le rapport…</translation>
    </message>
    <message>
        <source>Remove entr&amp;y</source>
        <translation>Supprimer l&apos;&amp;entrée</translation>
    </message>
    <message>
        <source>S&amp;how this copy</source>
        <translation>A&amp;fficher cette copie</translation>
    </message>
    <message>
        <source>Save your field report</source>
        <translation>Enregistrer votre rapport de terrain</translation>
    </message>
    <message>
        <source>Send &amp;copies…</source>
        <translation>Envoyer des &amp;copies…</translation>
    </message>
    <message>
        <source>Show my &amp;key card…</source>
        <translation>Afficher ma &amp;carte de clé…</translation>
    </message>
    <message>
        <source>Stewards of the committee get a copy of their scope, encrypted to their key card alone, and send back field reports you review change by change.</source>
        <translation>Les représentant·es du comité reçoivent une copie de leur périmètre, chiffrée pour leur seule carte de clé, et renvoient des rapports de terrain que vous examinez modification par modification.</translation>
    </message>
    <message>
        <source>Structure t&amp;est…</source>
        <translation>T&amp;est de structure…</translation>
    </message>
    <message>
        <source>Take in a field report</source>
        <translation>Recevoir un rapport de terrain</translation>
    </message>
    <message>
        <source>Take {name} off the committee</source>
        <translation>Retirer {name} du comité</translation>
    </message>
    <message>
        <source>The keeper accepted {a} of your entries and declined {d}.</source>
        <translation>Le dépositaire a accepté {a} de vos entrées et en a refusé {d}.</translation>
    </message>
    <message>
        <source>The scope changes with the next copy.</source>
        <translation>Le périmètre change avec la prochaine copie.</translation>
    </message>
    <message>
        <source>This vault&apos;s key card: {name}, fingerprint {fp}</source>
        <translation>Carte de clé de ce coffre-fort&#xa0;: {name}, empreinte {fp}</translation>
    </message>
    <message>
        <source>Trust a &amp;keeper…</source>
        <translation>Reconnaître un &amp;dépositaire…</translation>
    </message>
    <message>
        <source>Your report ({n} entries) for {keeper} is in {file}: give it to them (a stick, a message); it opens only in their vault.</source>
        <translation>Votre rapport ({n} entrées) pour {keeper} est dans {file}&#xa0;: remettez-le-lui (clé USB, message)&#xa0;; il ne s&apos;ouvre que dans son coffre-fort.</translation>
    </message>
    <message>
        <source>{label} opened: {people} people.</source>
        <translation>{label} ouvert&#xa0;: {people} personnes.</translation>
    </message>
    <message>
        <source>{name} is off the committee.</source>
        <translation>{name} ne fait plus partie du comité.</translation>
    </message>
    <message>
        <source>{name} is on the committee. Send them a copy (Send copies…).</source>
        <translation>{name} fait partie du comité. Envoyez-lui une copie (Envoyer des copies…).</translation>
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
        <translation>La modification n&apos;a pas pu être enregistrée. Rien n&apos;a été changé.</translation>
    </message>
</context>
<context>
    <name>CommunityLists</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete {what}?</source>
        <translation>Supprimer {what}&#xa0;?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>This will be lost:</source>
        <translation>Ceci sera perdu&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Secteur</translation>
    </message>
    <message>
        <source>&amp;Committee</source>
        <translation>&amp;Comité</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Poste</translation>
    </message>
    <message>
        <source>&amp;Organic leader</source>
        <translation>&amp;Leader naturel</translation>
    </message>
    <message>
        <source>&amp;Remove tie</source>
        <translation>&amp;Retirer le lien</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>A&amp;ppend assessment</source>
        <translation>A&amp;jouter une évaluation</translation>
    </message>
    <message>
        <source>Add &amp;tie…</source>
        <translation>&amp;Ajouter un lien…</translation>
    </message>
    <message>
        <source>Add a workplace on the Map page.</source>
        <translation>Ajoutez un lieu de travail sur la page Carte.</translation>
    </message>
    <message>
        <source>Add an area on the Map page first.</source>
        <translation>Ajoutez d&apos;abord un secteur sur la page Carte.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Assessment history</source>
        <translation>Historique des évaluations</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Avant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Card signed</source>
        <translation>Adhésion signée</translation>
    </message>
    <message>
        <source>Card signed on</source>
        <translation>Adhésion signée le</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>Emplo&amp;yment</source>
        <translation>Con&amp;trat</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>N° de salarié</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>Numéro de salarié</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>F&amp;irst name</source>
        <translation>Pr&amp;énom</translation>
    </message>
    <message>
        <source>Lang&amp;uage</source>
        <translation>Lang&amp;ue</translation>
    </message>
    <message>
        <source>Last nam&amp;e</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>New assessment level</source>
        <translation>Nouveau niveau d&apos;évaluation</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Pas encore évalué·e</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Save (Ctrl+S; Enter in a one-line field)</source>
        <translation>Enregistrer (Ctrl+S&#xa0;; Entrée dans un champ d&apos;une ligne)</translation>
    </message>
    <message>
        <source>Sensiti&amp;ve (never printed or exported)</source>
        <translation>Sensi&amp;ble (jamais imprimé ni exporté)</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signée le</translation>
    </message>
    <message>
        <source>Talks to</source>
        <translation>Parle avec</translation>
    </message>
    <message>
        <source>Talks to (social ties)</source>
        <translation>Parle avec (liens sociaux)</translation>
    </message>
    <message>
        <source>evidence (which conversation or action)</source>
        <translation>preuve (conversation ou action)</translation>
    </message>
    <message>
        <source>personal, never the company&apos;s</source>
        <translation>personnel, jamais celui de l&apos;entreprise</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Typical procedure</source>
        <translation>Procédure &amp;type</translation>
    </message>
    <message>
        <source>(no regions)</source>
        <translation>(aucune région)</translation>
    </message>
    <message>
        <source>(whole country)</source>
        <translation>(tout le pays)</translation>
    </message>
    <message>
        <source>A calendar-day deadline on a day off moves to the next working day</source>
        <translation>Un délai en jours calendaires qui tombe un jour chômé passe au jour ouvré suivant</translation>
    </message>
    <message>
        <source>Add &amp;holiday</source>
        <translation>Ajouter un jour &amp;férié</translation>
    </message>
    <message>
        <source>Add &amp;public holidays</source>
        <translation>Ajouter les jours fériés &amp;officiels</translation>
    </message>
    <message>
        <source>Add &amp;step</source>
        <translation>Ajouter une &amp;étape</translation>
    </message>
    <message>
        <source>Choose the country first.</source>
        <translation>Choisissez d&apos;abord le pays.</translation>
    </message>
    <message>
        <source>Contract and grievance procedure</source>
        <translation>Convention collective et procédure de réclamation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Country…</source>
        <translation>Pays…</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Days off (weekend):</source>
        <translation>Jours de repos (week-end)&#xa0;:</translation>
    </message>
    <message>
        <source>Grievance types that start at a later step</source>
        <translation>Types de réclamation qui commencent à une étape ultérieure</translation>
    </message>
    <message>
        <source>Holiday row {value}: write the date like 2026-12-25.</source>
        <translation>Jour férié ligne {value}&#xa0;: écrivez la date comme 2026-12-25.</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <source>Leave “Answer days” empty when there is no answer limit (arbitration).</source>
        <translation>Laissez «&#xa0;Jours pour répondre&#xa0;» vide quand il n&apos;y a pas de limite de réponse (arbitrage).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>No holidays in {year}: deadlines this year may fall on public holidays. Add {year}&apos;s.</source>
        <translation>Aucun jour férié en {year}&#xa0;: les délais de cette année peuvent tomber un jour férié. Ajoutez ceux de {year}.</translation>
    </message>
    <message>
        <source>No holidays yet: deadlines may fall on public holidays such as 25 December. Choose the country (and region) and add them.</source>
        <translation>Pas encore de jours fériés&#xa0;: les délais peuvent tomber un jour férié comme le 25 décembre. Choisissez le pays (et la région) et ajoutez-les.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Remove holiday</source>
        <translation>Retirer le jour férié</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Retirer l&apos;étape</translation>
    </message>
    <message>
        <source>Row {value} of the steps</source>
        <translation>Ligne {value} des étapes</translation>
    </message>
    <message>
        <source>Step {ordinal}</source>
        <translation>Étape {ordinal}</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Steps and time limits</source>
        <translation>Étapes et délais</translation>
    </message>
    <message>
        <source>That contract no longer exists.</source>
        <translation>Cette convention collective n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>first step</source>
        <translation>première étape</translation>
    </message>
    <message>
        <source>{where}: counts from</source>
        <translation>{where}&#xa0;: court à partir de</translation>
    </message>
    <message>
        <source>{where}: start counts from</source>
        <translation>{where}&#xa0;: le début court à partir de</translation>
    </message>
    <message>
        <source>{where}: the answer limit</source>
        <translation>{where}&#xa0;: le délai de réponse</translation>
    </message>
    <message>
        <source>{where}: the filing limit</source>
        <translation>{where}&#xa0;: le délai de dépôt</translation>
    </message>
    <message>
        <source>{where}: the start limit</source>
        <translation>{where}&#xa0;: le délai initial</translation>
    </message>
    <message>
        <source>{where}: the step number</source>
        <translation>{where}&#xa0;: le numéro d&apos;étape</translation>
    </message>
</context>
<context>
    <name>ContractEditor</name>
    <message>
        <source>{what} must be a whole number of days.</source>
        <translation>{what} doit être un nombre entier de jours.</translation>
    </message>
    <message>
        <source>{where}: “{part}” is not an event a limit counts from; use {words}.</source>
        <translation>{where}&#xa0;: «&#xa0;{part}&#xa0;» n&apos;est pas un événement à partir duquel un délai peut courir&#xa0;; utilisez {words}.</translation>
    </message>
</context>
<context>
    <name>ConversationEditor</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation>&amp;Problèmes</translation>
    </message>
    <message>
        <source>&amp;Save conversation</source>
        <translation>&amp;Enregistrer la conversation</translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation>(personne n&apos;est choisi)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non enregistré)</translation>
    </message>
    <message>
        <source>Assess&amp;ment after</source>
        <translation>Évalua&amp;tion après</translation>
    </message>
    <message>
        <source>Assessment after the conversation</source>
        <translation>Évaluation après la conversation</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Choose &amp;who talked…</source>
        <translation>Choisir &amp;qui a parlé…</translation>
    </message>
    <message>
        <source>Choose who the conversation was with.</source>
        <translation>Choisissez avec qui a eu lieu la conversation.</translation>
    </message>
    <message>
        <source>Da&amp;te</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Follow up &amp;by</source>
        <translation>Suivi &amp;avant le</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Date de suivi</translation>
    </message>
    <message>
        <source>No new assessment</source>
        <translation>Pas de nouvelle évaluation</translation>
    </message>
    <message>
        <source>Sensiti&amp;ve (never printed or exported)</source>
        <translation>Sensi&amp;ble (jamais imprimé ni exporté)</translation>
    </message>
    <message>
        <source>That is me (preselect next time)</source>
        <translation>C&apos;est moi (présélectionner la prochaine fois)</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>issues, comma separated: pay, rota, safety</source>
        <translation>problèmes&#xa0;: salaire, planning, sécurité</translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message>
        <source>&amp;Open person</source>
        <translation>&amp;Ouvrir la personne</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>Earlier conversations</source>
        <translation>Conversations précédentes</translation>
    </message>
    <message>
        <source>Earlier conversations with this person</source>
        <translation>Conversations précédentes avec cette personne</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Suivis à faire</translation>
    </message>
    <message>
        <source>Follow-ups in area</source>
        <translation>Suivis dans le secteur</translation>
    </message>
    <message>
        <source>Follow-ups shown</source>
        <translation>Suivis affichés</translation>
    </message>
    <message>
        <source>Log a one-on-one</source>
        <translation>Noter un tête-à-tête</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marquer comme &amp;fait</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} due follow-ups (earliest first). Choose an area or a shorter time to narrow the list.</source>
        <translation>{shown} suivis à faire affichés sur {total} (les plus anciens d&apos;abord). Choisissez un secteur ou une période plus courte pour réduire la liste.</translation>
    </message>
    <message>
        <source>The one-on-one you were writing is not saved.</source>
        <translation>Le tête-à-tête que vous rédigiez n&apos;est pas enregistré.</translation>
    </message>
</context>
<context>
    <name>CopyBanner</name>
    <message>
        <source>Back to my c&amp;hart</source>
        <translation>Retour à ma &amp;cartographie</translation>
    </message>
    <message>
        <source>Chart shown</source>
        <translation>Cartographie affichée</translation>
    </message>
    <message>
        <source>Send my re&amp;port…</source>
        <translation>Envoyer mon ra&amp;pport…</translation>
    </message>
    <message>
        <source>{label} · read-only</source>
        <translation>{label} · lecture seule</translation>
    </message>
    <message>
        <source>{label}. Nothing in it can be changed here: what you do on the floor goes into your report (Committee page, My copies).</source>
        <translation>{label}. Rien ne peut y être modifié ici&#xa0;: ce que vous faites sur le terrain va dans votre rapport (page Comité, Mes copies).</translation>
    </message>
</context>
<context>
    <name>CopyMode</name>
    <message>
        <source>The copy is ready: search finds its one-on-one notes.</source>
        <translation>La copie est prête&#xa0;: la recherche trouve ses notes de tête-à-tête.</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <source>Covered.</source>
        <translation>Couvert.</translation>
    </message>
    <message>
        <source>Short by {short}.</source>
        <translation>Il en manque {short}.</translation>
    </message>
    <message>
        <source>The committee has nobody here.</source>
        <translation>Le comité n’a personne ici.</translation>
    </message>
    <message>
        <source>{where}. People: {people}; committee members: {members}; helpers: {helpers}; one in ten needs {needed}.</source>
        <translation>{where}. Personnes : {people} ; membres du comité : {members} ; aides : {helpers} ; un sur dix demande {needed}.</translation>
    </message>
    <message>
        <source>{where}: nobody works here.</source>
        <translation>{where} : personne ne travaille ici.</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>%1 people, %2 on the committee (C): one in ten needs %3.</source>
        <translation>%1 personnes, %2 au comité (C)&#xa0;: 1 pour 10 demande %3.</translation>
    </message>
    <message>
        <source>(one grouping)</source>
        <translation>(un seul regroupement)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Co&amp;lumns by:</source>
        <translation>Co&amp;lonnes par&#xa0;:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Committee coverage</source>
        <translation>Couverture du comité</translation>
    </message>
    <message>
        <source>Every group has someone on the committee.</source>
        <translation>Chaque groupe a quelqu&apos;un au comité.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Row&amp;s by:</source>
        <translation>&amp;Lignes par&#xa0;:</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Équipe</translation>
    </message>
    <message numerus="yes">
        <source>The committee has nobody in %n group(s), marked red.</source>
        <translation>
            <numerusform>Le comité n&apos;a personne dans %n groupe, marqué en rouge.</numerusform>
            <numerusform>Le comité n&apos;a personne dans %n groupes, marqués en rouge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatePanel</name>
    <message>
        <source>&amp;Again</source>
        <translation>Con&amp;firmation</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Créer le coffre-fort</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase de passe</translation>
    </message>
    <message>
        <source>A vault is an encrypted folder on this computer. Choose a long passphrase: it cannot be recovered, only replaced with the recovery key shown after creating.</source>
        <translation>Un coffre-fort est un dossier chiffré sur cet ordinateur. Choisissez une longue phrase de passe&#xa0;: elle ne peut pas être récupérée, seulement remplacée grâce à la clé de récupération affichée après la création.</translation>
    </message>
    <message>
        <source>Again: the two passphrases differ. Type the same one twice.</source>
        <translation>Confirmation&#xa0;: les deux phrases de passe diffèrent. Tapez deux fois la même.</translation>
    </message>
    <message>
        <source>Folder for the vault</source>
        <translation>Dossier du coffre-fort</translation>
    </message>
    <message>
        <source>Folder: choose a folder that exists.</source>
        <translation>Dossier&#xa0;: choisissez un dossier qui existe.</translation>
    </message>
    <message>
        <source>Name: a vault with that name already exists in this folder.</source>
        <translation>Nom&#xa0;: un coffre-fort portant ce nom existe déjà dans ce dossier.</translation>
    </message>
    <message>
        <source>Name: give the vault a name.</source>
        <translation>Nom&#xa0;: donnez un nom au coffre-fort.</translation>
    </message>
    <message>
        <source>Name: use letters, digits, spaces or dashes (no slashes).</source>
        <translation>Nom&#xa0;: utilisez des lettres, des chiffres, des espaces ou des tirets (pas de barres obliques).</translation>
    </message>
    <message>
        <source>Passphrase: use at least {n} characters.</source>
        <translation>Phrase de passe&#xa0;: utilisez au moins {n} caractères.</translation>
    </message>
    <message>
        <source>e.g. warehouse-committee</source>
        <translation>par ex. comite-entrepot</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Back up the vault to</source>
        <translation>Sauvegarder le coffre-fort dans</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>La sauvegarde a échoué</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Sauvegarde effectuée</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Choisissez un fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Forum Kit backups (*.fkbackup)</source>
        <translation>Sauvegardes Forum Kit (*.fkbackup)</translation>
    </message>
    <message>
        <source>New vault folder (must not exist)</source>
        <translation>Nouveau dossier du coffre-fort (ne doit pas exister)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>La restauration a échoué</translation>
    </message>
    <message>
        <source>Restored into {path}. Open it from the start screen.</source>
        <translation>Restauré dans {path}. Ouvrez-le depuis l&apos;écran d&apos;accueil.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restauration…</translation>
    </message>
    <message>
        <source>The backup was written and verified: {path}</source>
        <translation>La sauvegarde a été écrite et vérifiée&#xa0;: {path}</translation>
    </message>
    <message>
        <source>The operation failed; nothing was changed.</source>
        <translation>L&apos;opération a échoué&#xa0;; rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase at the time of the backup:</source>
        <translation>La phrase de passe du coffre-fort au moment de la sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Écriture de la sauvegarde…</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>For</source>
        <comment>what a deadline is for</comment>
        <translation>Objet</translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>(no motion recorded)</source>
        <translation>(aucune motion enregistrée)</translation>
    </message>
    <message>
        <source>As the forum wants it shown to the council</source>
        <translation>Tel que le forum veut le présenter au conseil</translation>
    </message>
    <message>
        <source>C&amp;ouncil:</source>
        <translation>C&amp;onseil&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the council: there is none yet, so create it first (New council… beside the tree).</source>
        <translation>Choisissez le conseil&#xa0;: il n&apos;y en a pas encore, créez-le d&apos;abord (Nouveau conseil… à côté de l&apos;arborescence).</translation>
    </message>
    <message>
        <source>Elect a delegate</source>
        <translation>Élire un·e délégué·e</translation>
    </message>
    <message>
        <source>Election &amp;motion:</source>
        <translation>&amp;Motion d&apos;élection&#xa0;:</translation>
    </message>
    <message>
        <source>From &amp;contacts…</source>
        <translation>Depuis les &amp;contacts…</translation>
    </message>
    <message>
        <source>Give the delegate&apos;s name (or choose them from the contacts).</source>
        <translation>Indiquez le nom du·de la délégué·e (ou choisissez-le dans les contacts).</translation>
    </message>
    <message>
        <source>Term &amp;from:</source>
        <translation>Mandat &amp;du&#xa0;:</translation>
    </message>
    <message>
        <source>Term &amp;to:</source>
        <translation>Mandat &amp;au&#xa0;:</translation>
    </message>
    <message>
        <source>The term ends before it starts: check the term end.</source>
        <translation>Le mandat se termine avant de commencer&#xa0;: vérifiez la fin du mandat.</translation>
    </message>
    <message>
        <source>There is no council yet. Create the council first (New council… beside the tree).</source>
        <translation>Il n&apos;y a pas encore de conseil. Créez d&apos;abord le conseil (Nouveau conseil… à côté de l&apos;arborescence).</translation>
    </message>
</context>
<context>
    <name>DelegatesAndMandates</name>
    <message>
        <source>&amp;Elect a delegate…</source>
        <translation>&amp;Élire un·e délégué·e…</translation>
    </message>
    <message>
        <source>&amp;Pass a mandate…</source>
        <translation>&amp;Voter un mandat…</translation>
    </message>
    <message>
        <source>&amp;Recall…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>A mandate is for an agenda item of a council meeting: choose the council, schedule its meeting and add the agenda items first.</source>
        <translation>Un mandat porte sur un point de l&apos;ordre du jour d&apos;une réunion de conseil&#xa0;: choisissez d&apos;abord le conseil, convoquez sa réunion et ajoutez les points de l&apos;ordre du jour.</translation>
    </message>
    <message>
        <source>A recall is a motion of the forum: record the recall motion and its result in a meeting of this forum first (Meetings tab, Record a motion, kind Recall).</source>
        <translation>Une révocation est une motion du forum&#xa0;: enregistrez d&apos;abord la motion de révocation et son résultat dans une réunion de ce forum (onglet Réunions, Enregistrer une motion, type Révocation).</translation>
    </message>
    <message>
        <source>Choose the delegate to recall first.</source>
        <translation>Choisissez d&apos;abord le·la délégué·e à révoquer.</translation>
    </message>
    <message>
        <source>Choose the mandate to report back on first.</source>
        <translation>Choisissez d&apos;abord le mandat dont rendre compte.</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Délégué·es</translation>
    </message>
    <message>
        <source>Delegates are elected by a forum: choose a forum on the left.</source>
        <translation>Les délégué·es sont élu·es par un forum&#xa0;: choisissez un forum à gauche.</translation>
    </message>
    <message>
        <source>Delegates carry the forum&apos;s mandates and can be recalled by a carried recall motion of the forum.</source>
        <translation>Les délégué·es portent les mandats du forum et peuvent être révoqué·es par une motion de révocation adoptée par le forum.</translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation>Mandats</translation>
    </message>
    <message>
        <source>Mandates the forums in this vault gave on this council&apos;s agenda.</source>
        <translation>Mandats donnés par les forums de ce coffre-fort sur l&apos;ordre du jour de ce conseil.</translation>
    </message>
    <message>
        <source>Recall this delegate?</source>
        <translation>Révoquer ce·tte délégué·e&#xa0;?</translation>
    </message>
    <message>
        <source>Report &amp;back…</source>
        <translation>Rendre co&amp;mpte…</translation>
    </message>
    <message>
        <source>The delegate&apos;s term ends on {day}.</source>
        <translation>Le mandat du·de la délégué·e se termine le {day}.</translation>
    </message>
    <message>
        <source>The forum&apos;s instructions to its delegate on council agenda items.</source>
        <translation>Les consignes du forum à son·sa délégué·e sur les points de l&apos;ordre du jour du conseil.</translation>
    </message>
    <message>
        <source>They no longer carry the forum&apos;s mandates.</source>
        <translation>Il·elle ne porte plus les mandats du forum.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Choose a picture</source>
        <translation>Choisissez une image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Password (at least 8 characters):</source>
        <translation>Mot de passe (au moins 8 caractères)&#xa0;:</translation>
    </message>
    <message>
        <source>Protect with a password</source>
        <translation>Protéger par un mot de passe</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Enregistrer le document</translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>Le même mot de passe à nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was saved.</source>
        <translation>Les deux mots de passe diffèrent&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source> with a password (AES-256)</source>
        <translation> avec un mot de passe (AES-256)</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation>Da&amp;ns&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Anyone who gets the file can read it.</source>
        <translation>Quiconque reçoit le fichier peut le lire.</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>Pages sent to the printer: {n}.</source>
        <translation>Pages envoyées à l&apos;imprimante&#xa0;: {n}.</translation>
    </message>
    <message>
        <source>Pages: {n}.</source>
        <translation>Pages&#xa0;: {n}.</translation>
    </message>
    <message>
        <source>Personal data in this document</source>
        <translation>Données personnelles dans ce document</translation>
    </message>
    <message>
        <source>Protect with a &amp;password</source>
        <translation>Protéger par un &amp;mot de passe</translation>
    </message>
    <message>
        <source>Sa&amp;ve as PDF…</source>
        <translation>Enre&amp;gistrer en PDF…</translation>
    </message>
    <message>
        <source>Save a PDF with {what} without a password?</source>
        <translation>Enregistrer un PDF contenant {what} sans mot de passe&#xa0;?</translation>
    </message>
    <message>
        <source>Saved{how}.</source>
        <translation>Enregistré{how}.</translation>
    </message>
    <message>
        <source>Stop building this document</source>
        <translation>Arrêter la préparation de ce document</translation>
    </message>
    <message>
        <source>Stopped: the document was not built.</source>
        <translation>Arrêté&#xa0;: le document n&apos;a pas été préparé.</translation>
    </message>
    <message>
        <source>The document could not be built.</source>
        <translation>Le document n&apos;a pas pu être préparé.</translation>
    </message>
    <message>
        <source>Tick &apos;Protect with a password&apos; to encrypt it.</source>
        <translation>Cochez «&#xa0;Protéger par un mot de passe&#xa0;» pour le chiffrer.</translation>
    </message>
    <message>
        <source>coworkers&apos; full names</source>
        <translation>les noms complets des collègues</translation>
    </message>
    <message>
        <source>coworkers&apos; initials</source>
        <translation>les initiales des collègues</translation>
    </message>
    <message>
        <source>each worker&apos;s assessment (by row number)</source>
        <translation>l&apos;évaluation de chaque salarié·e (par numéro de ligne)</translation>
    </message>
</context>
<context>
    <name>DownPanel</name>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Absent (no vote)</source>
        <translation>Absent·e (pas de vote)</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Agenda of {council}, meeting of {day}, saved for {member}; items: {n}.</source>
        <translation>Ordre du jour de {council}, réunion du {day}, enregistré pour {member} ; points : {n}.</translation>
    </message>
    <message>
        <source>Decisions of {council}, meeting of {day}, saved for {member}; items: {n}.</source>
        <translation>Décisions de {council}, réunion du {day}, enregistrées pour {member} ; points : {n}.</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Its vote on:</source>
        <translation>Son vote sur :</translation>
    </message>
    <message>
        <source>Mandates &amp;due by</source>
        <translation>Échéance des &amp;mandats</translation>
    </message>
    <message>
        <source>Mee&amp;ting:</source>
        <translation>Réu&amp;nion :</translation>
    </message>
    <message>
        <source>Mem&amp;ber:</source>
        <translation>Mem&amp;bre :</translation>
    </message>
    <message>
        <source>Member&apos;s key</source>
        <translation>Clé du membre</translation>
    </message>
    <message>
        <source>No trusted member yet: trust its key card</source>
        <translation>Aucun membre de confiance pour l&apos;instant : faites confiance à sa carte de clé</translation>
    </message>
    <message>
        <source>Recorded: {member} voted {vote} on {item}.</source>
        <translation>Enregistré : {member} a voté « {vote} » sur {item}.</translation>
    </message>
    <message>
        <source>Save &amp;agenda…</source>
        <translation>Enregistrer l&apos;&amp;ordre du jour…</translation>
    </message>
    <message>
        <source>Save d&amp;ecisions…</source>
        <translation>Enregistrer les d&amp;écisions…</translation>
    </message>
    <message>
        <source>Send down to a member (choose a council on the left)</source>
        <translation>Envoyer vers un membre (choisissez un conseil à gauche)</translation>
    </message>
    <message>
        <source>The council&apos;s meeting</source>
        <translation>La réunion du conseil</translation>
    </message>
    <message>
        <source>The member&apos;s vote</source>
        <translation>Le vote du membre</translation>
    </message>
    <message>
        <source>Voted against its mandate: {items}.</source>
        <translation>A voté contre son mandat : {items}.</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>EntryLogging</name>
    <message>
        <source>(no assessment)</source>
        <translation>(pas d&apos;évaluation)</translation>
    </message>
    <message>
        <source>Appealed to the next step</source>
        <translation>Porté à l&apos;étape suivante</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Correct what is wrong about {name}; each change goes to the keeper as its own entry.</source>
        <translation>Corrigez ce qui est faux sur {name}&#xa0;; chaque modification part au dépositaire comme une entrée distincte.</translation>
    </message>
    <message>
        <source>Filed at its current step</source>
        <translation>Déposée à son étape actuelle</translation>
    </message>
    <message>
        <source>Logged for your next report.</source>
        <translation>Consigné pour votre prochain rapport.</translation>
    </message>
    <message>
        <source>Management answered at its current step</source>
        <translation>La direction a répondu à son étape actuelle</translation>
    </message>
    <message>
        <source>Nothing differs from the copy; nothing was logged.</source>
        <translation>Rien ne diffère de la copie&#xa0;; rien n&apos;a été consigné.</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>A participé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>A refusé</translation>
    </message>
    <message>
        <source>The entry was removed.</source>
        <translation>L&apos;entrée a été supprimée.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Ajouter un &amp;fichier…</translation>
    </message>
    <message>
        <source>Copy saved. It is not encrypted: delete it when done.</source>
        <translation>Copie enregistrée. Elle n&apos;est pas chiffrée&#xa0;: supprimez-la une fois terminé.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Evidence is stored encrypted inside the vault. A saved copy is an ordinary, unencrypted file: keep it somewhere safe.</source>
        <translation>Les preuves sont stockées chiffrées dans le coffre-fort. Une copie enregistrée est un fichier ordinaire, non chiffré&#xa0;: gardez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>Evidence preview</source>
        <translation>Aperçu de la preuve</translation>
    </message>
    <message>
        <source>Evidence removed.</source>
        <translation>Preuve retirée.</translation>
    </message>
    <message>
        <source>Evidence stored in the vault.</source>
        <translation>Preuve stockée dans le coffre-fort.</translation>
    </message>
    <message>
        <source>No preview for this kind of file; use “Save a copy…”.</source>
        <translation>Pas d&apos;aperçu pour ce type de fichier&#xa0;; utilisez «&#xa0;Enregistrer une copie…&#xa0;».</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>The copy could not be written there.</source>
        <translation>La copie n&apos;a pas pu être écrite à cet endroit.</translation>
    </message>
    <message>
        <source>The file could not be read; check it exists.</source>
        <translation>Le fichier n&apos;a pas pu être lu&#xa0;; vérifiez qu&apos;il existe.</translation>
    </message>
    <message>
        <source>The file is larger than 25 MB; attach a smaller copy or an extract.</source>
        <translation>Le fichier dépasse 25 Mo&#xa0;; joignez une copie plus petite ou un extrait.</translation>
    </message>
    <message>
        <source>the file stored in the vault</source>
        <translation>le fichier stocké dans le coffre-fort</translation>
    </message>
    <message>
        <source>this evidence file</source>
        <translation>ce fichier de preuve</translation>
    </message>
</context>
<context>
    <name>ExchangeForm</name>
    <message>
        <source>&amp;Confirmed:</source>
        <translation>&amp;Confirmé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Giver:</source>
        <translation>&amp;Donne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Heures&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Receiver:</source>
        <translation>&amp;Reçoit&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Quoi&#xa0;:</translation>
    </message>
    <message>
        <source>1.5 or 1:30</source>
        <translation>1.5 ou 1:30</translation>
    </message>
    <message>
        <source>An hour is an hour, whatever the work.</source>
        <translation>Une heure vaut une heure, quel que soit le travail.</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Confirmé par</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Giver</source>
        <translation>Donne</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Reçoit</translation>
    </message>
    <message>
        <source>Record a time-bank exchange</source>
        <translation>Enregistrer un échange de la banque de temps</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
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
        <translation>Exporter la liste des réclamations</translation>
    </message>
    <message>
        <source>Export the people list</source>
        <translation>Exporter la liste des personnes</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Include people and cases marked sensitive</source>
        <translation>Inclure les personnes et dossiers marqués sensibles</translation>
    </message>
    <message>
        <source>The rows: the list as the page shows it, with its filters and in its order.</source>
        <translation>Les lignes&#xa0;: la liste telle que la page l&apos;affiche, avec ses filtres et dans son ordre.</translation>
    </message>
    <message>
        <source>The rows: the whole list of the workplace.</source>
        <translation>Les lignes&#xa0;: la liste complète du lieu de travail.</translation>
    </message>
    <message>
        <source>The vault has no workplace yet; add one first.</source>
        <translation>Le coffre-fort n&apos;a pas encore de lieu de travail&#xa0;; ajoutez-en un d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>&amp;Agreed on:</source>
        <translation>&amp;Convenu le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Délai&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation>&amp;Nouvelle date&#xa0;:</translation>
    </message>
    <message>
        <source>Agreed &amp;with:</source>
        <translation>Convenu &amp;avec&#xa0;:</translation>
    </message>
    <message>
        <source>Written extension</source>
        <translation>Prolongation écrite</translation>
    </message>
    <message>
        <source>e.g. HR manager, in writing</source>
        <translation>par ex. la DRH, par écrit</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>A CSV, XLSX or ODS chart: one row per person.</source>
        <translation>Une cartographie CSV, XLSX ou ODS&#xa0;: une ligne par personne.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Choisissez un tableur</translation>
    </message>
    <message>
        <source>Choose the encoding above, then Next.</source>
        <translation>Choisissez l&apos;encodage ci-dessus, puis Suivant.</translation>
    </message>
    <message>
        <source>Dates like 03/04/2025 are day/month (3 April)</source>
        <translation>Les dates comme 03/04/2025 sont jour/mois (3 avril)</translation>
    </message>
    <message>
        <source>Detect (asks when unsure)</source>
        <translation>Détecter (demande en cas de doute)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Text encoding (CSV)</source>
        <translation>Encodage du texte (CSV)</translation>
    </message>
    <message>
        <source>The file could not be read; choose another file.</source>
        <translation>Le fichier n&apos;a pas pu être lu&#xa0;; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Lieu de travail</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>{day}  overdue</source>
        <translation>{day}  en retard</translation>
    </message>
</context>
<context>
    <name>FormBase</name>
    <message>
        <source>Letter</source>
        <translation>Letter (US)</translation>
    </message>
</context>
<context>
    <name>ForumForm</name>
    <message>
        <source>Count grievances marked &amp;sensitive</source>
        <translation>Compter les réclamations marquées &amp;sensibles</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Chiffres en date du</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Off: cases marked sensitive are left out of the grievance counts, as the briefing says. Tick only when the forum agreed to report them.</source>
        <translation>Désactivé&#xa0;: les dossiers marqués sensibles sont exclus du décompte des réclamations, comme l&apos;indique la note d&apos;information. Ne cochez que si le forum a accepté de les déclarer.</translation>
    </message>
    <message>
        <source>forum: the vault has no forum yet; add one under Assemblies.</source>
        <translation>forum&#xa0;: le coffre-fort n&apos;a pas encore de forum&#xa0;; ajoutez-en un dans Assemblées.</translation>
    </message>
</context>
<context>
    <name>FundEntryForm</name>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Membre&#xa0;:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Entries are never edited: a mistake is corrected by reversing the entry.</source>
        <translation>Les écritures ne sont jamais modifiées&#xa0;: une erreur se corrige en contre-passant l&apos;écriture.</translation>
    </message>
    <message>
        <source>For the &amp;need:</source>
        <translation>Pour le &amp;besoin&#xa0;:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>M&amp;emo:</source>
        <translation>M&amp;émo&#xa0;:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Mémo</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Post to the fund</source>
        <translation>Inscrire à la caisse</translation>
    </message>
</context>
<context>
    <name>GlossaryTip</name>
    <message>
        <source>F1: the guide for this page</source>
        <translation>F1&#xa0;: le guide de cette page</translation>
    </message>
</context>
<context>
    <name>GrievanceChart</name>
    <message>
        <source>Closed</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Grievance chart</source>
        <translation>Graphique des réclamations</translation>
    </message>
    <message>
        <source>Median days from the first filing to the outcome</source>
        <translation>Médiane des jours entre le premier dépôt et le résultat</translation>
    </message>
    <message>
        <source>Open at the month&apos;s end</source>
        <translation>Ouverts en fin de mois</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Won, % of the cases closed</source>
        <translation>Gagnés, % des dossiers clos</translation>
    </message>
</context>
<context>
    <name>GrievanceEditor</name>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Preuves</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>&amp;Lettres</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <source>&amp;Steps and deadlines</source>
        <translation>É&amp;tapes et délais</translation>
    </message>
    <message>
        <source>Choose a contract first (set one up with “Contract…”).</source>
        <translation>Choisissez d&apos;abord une convention collective (configurez-en une avec «&#xa0;Convention collective…&#xa0;»).</translation>
    </message>
    <message>
        <source>New grievance</source>
        <translation>Nouvelle réclamation</translation>
    </message>
    <message>
        <source>Your unsaved changes are back; save them when ready.</source>
        <translation>Vos modifications non enregistrées sont revenues&#xa0;; enregistrez-les quand vous serez prêt·e.</translation>
    </message>
</context>
<context>
    <name>GrievanceEvidence</name>
    <message>
        <source>Add evidence</source>
        <translation>Ajouter des preuves</translation>
    </message>
    <message>
        <source>Save a copy (not encrypted)</source>
        <translation>Enregistrer une copie (non chiffrée)</translation>
    </message>
</context>
<context>
    <name>GrievanceLists</name>
    <message>
        <source>Closed: {outcome}</source>
        <translation>Close&#xa0;: {outcome}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
</context>
<context>
    <name>GrievanceReviewView</name>
    <message>
        <source> · {n} marked sensitive left out</source>
        <translation> · {n} marqué(s) sensible(s) exclu(s)</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>&amp;Lieu de travail&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;{open} open&lt;/b&gt; ({overdue} overdue, {soon} due within a few working days) · &lt;b&gt;{closed} closed&lt;/b&gt; since {start}: won {won}, settled {settled}, withdrawn {withdrawn}, lost {lost}, lapsed {lapsed} · win rate &lt;b&gt;{rate}&lt;/b&gt; · median {days} days to resolution</source>
        <translation>&lt;b&gt;{open} ouvertes&lt;/b&gt; ({overdue} en retard, {soon} à échéance dans quelques jours ouvrés) · &lt;b&gt;{closed} closes&lt;/b&gt; depuis le {start}&#xa0;: gagnées {won}, réglées {settled}, retirées {withdrawn}, perdues {lost}, expirées {lapsed} · taux de succès &lt;b&gt;{rate}&lt;/b&gt; · médiane de {days} jours jusqu&apos;au règlement</translation>
    </message>
    <message>
        <source>As o&amp;f:</source>
        <translation>A&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>En date du</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>By steward, step, area, article</source>
        <translation>Par représentant·e, étape, secteur, article</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Closed &amp;since:</source>
        <translation>Clos &amp;depuis le&#xa0;:</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Dossiers clos</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Décompte…</translation>
    </message>
    <message>
        <source>Every workplace</source>
        <translation>Tous les lieux de travail</translation>
    </message>
    <message>
        <source>Include cases marked &amp;sensitive</source>
        <translation>Inclure les dossiers marqués &amp;sensibles</translation>
    </message>
    <message>
        <source>Name &amp;grievants</source>
        <translation>Nommer les salarié·es &amp;concerné·es</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <source>Outcomes and months</source>
        <translation>Résultats et mois</translation>
    </message>
    <message>
        <source>Outcomes by article</source>
        <translation>Résultats par article</translation>
    </message>
    <message>
        <source>Outcomes by type</source>
        <translation>Résultats par type</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <source>Protect with a password</source>
        <translation>Protéger par un mot de passe</translation>
    </message>
    <message>
        <source>Report saved.</source>
        <translation>Rapport enregistré.</translation>
    </message>
    <message>
        <source>Save report &amp;PDF…</source>
        <translation>Enregistrer le rapport en &amp;PDF…</translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation>Les chiffres n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The period starts after its end; choose an earlier “Closed since” date.</source>
        <translation>La période commence après sa fin&#xa0;; choisissez une date «&#xa0;Clos depuis le&#xa0;» antérieure.</translation>
    </message>
    <message>
        <source>Win rate: won as a share of the cases closed (settlements counted apart). Days: from the first filing to the outcome.</source>
        <translation>Taux de succès&#xa0;: gagnés en part des dossiers clos (règlements comptés à part). Jours&#xa0;: du premier dépôt au résultat.</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Lieu de travail</translation>
    </message>
</context>
<context>
    <name>Grievances</name>
    <message>
        <source>Export deadlines to a calendar file</source>
        <translation>Exporter les délais vers un fichier de calendrier</translation>
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
            <numerusform>%n délai exporté.</numerusform>
            <numerusform>%n délais exportés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grievances</source>
        <translation>
            <numerusform>%n réclamation</numerusform>
            <numerusform>%n réclamations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Secteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Contract…</source>
        <translation>&amp;Convention…</translation>
    </message>
    <message>
        <source>&amp;New grievance</source>
        <translation>&amp;Nouvelle réclamation</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>St&amp;atut&#xa0;:</translation>
    </message>
    <message>
        <source>1 grievance</source>
        <translation>1 réclamation</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation>Tout secteur</translation>
    </message>
    <message>
        <source>Any step</source>
        <translation>Toute étape</translation>
    </message>
    <message>
        <source>Any steward</source>
        <translation>Tout·e représentant·e</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Committee re&amp;view</source>
        <translation>Re&amp;vue du comité</translation>
    </message>
    <message>
        <source>E&amp;xport deadlines (.ics)…</source>
        <translation>E&amp;xporter les délais (.ics)…</translation>
    </message>
    <message>
        <source>Grievances</source>
        <translation>Réclamations</translation>
    </message>
    <message>
        <source>Letter te&amp;mplates…</source>
        <translation>&amp;Modèles de lettres…</translation>
    </message>
    <message>
        <source>No deadline overdue</source>
        <translation>Aucun délai dépassé</translation>
    </message>
    <message>
        <source>S&amp;tep:</source>
        <translation>É&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Ste&amp;ward:</source>
        <translation>&amp;Représentant·e&#xa0;:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Représentant·e</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>include grievants&apos; names</source>
        <translation>inclure les noms des salarié·es concerné·es</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n overdue</source>
        <translation>
            <numerusform>⚠ %n en retard</numerusform>
            <numerusform>⚠ %n en retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrowthChart</name>
    <message>
        <source>Growth chart</source>
        <translation>Graphique de croissance</translation>
    </message>
    <message>
        <source>{label}: nobody works in these areas yet</source>
        <translation>{label}&#xa0;: personne ne travaille encore dans ces secteurs</translation>
    </message>
</context>
<context>
    <name>GrowthLists</name>
    <message>
        <source>below 1:10</source>
        <translation>sous 1:10</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
</context>
<context>
    <name>GrowthPage</name>
    <message numerus="yes">
        <source>%n areas ticked; the chart compares the first {max} (untick some to choose).</source>
        <translation>
            <numerusform>%n secteur coché&#xa0;; le graphique compare les {max} premiers (décochez-en pour choisir).</numerusform>
            <numerusform>%n secteurs cochés&#xa0;; le graphique compare les {max} premiers (décochez-en pour choisir).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;En date du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>&amp;Chiffre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Au&amp;jourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>&amp;Lieu de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Areas to compare</source>
        <translation>Secteurs à comparer</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>En date du</translation>
    </message>
    <message numerus="yes">
        <source>Compare areas (up to %n):</source>
        <translation>
            <numerusform>Comparer les secteurs (jusqu&apos;à %n)&#xa0;:</numerusform>
            <numerusform>Comparer les secteurs (jusqu&apos;à %n)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every area as of {day}: {below} below the 1:10 committee target (listed first).</source>
        <translation>Tous les secteurs au {day}&#xa0;: {below} sous l&apos;objectif de comité 1:10 (listés en premier).</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Figures by area</source>
        <translation>Chiffres par secteur</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Lieu de travail</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>&amp;Back</source>
        <translation>Re&amp;tour</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <source>For&amp;ward</source>
        <translation>Sui&amp;vant</translation>
    </message>
    <message>
        <source>Forum Kit guide</source>
        <translation>Guide de Forum Kit</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Texte du guide</translation>
    </message>
    <message>
        <source>Making the quick start…</source>
        <translation>Préparation du démarrage rapide…</translation>
    </message>
    <message>
        <source>Parts of the guide</source>
        <translation>Parties du guide</translation>
    </message>
    <message>
        <source>Save the &amp;quick start (PDF)…</source>
        <translation>Enregistrer le &amp;démarrage rapide (PDF)…</translation>
    </message>
    <message numerus="yes">
        <source>Saved the quick start (%n page(s)) to {path}.</source>
        <translation>
            <numerusform>Démarrage rapide (%n page) enregistré dans {path}.</numerusform>
            <numerusform>Démarrage rapide (%n pages) enregistré dans {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The quick start was not saved: {error}</source>
        <translation>Le démarrage rapide n&apos;a pas été enregistré&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>HazardsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Dealt with &amp;today</source>
        <translation>Traité &amp;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Hazards of the area</source>
        <translation>Risques du secteur</translation>
    </message>
    <message>
        <source>New hazard</source>
        <translation>Nouveau risque</translation>
    </message>
    <message>
        <source>Note a hazard:</source>
        <translation>Signaler un risque&#xa0;:</translation>
    </message>
    <message>
        <source>Noted on</source>
        <translation>Noté le</translation>
    </message>
    <message>
        <source>e.g. loading bay over 30 °C in summer</source>
        <translation>par ex. quai de chargement à plus de 30 °C en été</translation>
    </message>
</context>
<context>
    <name>HazardsModel</name>
    <message>
        <source>not yet</source>
        <comment>a hazard not dealt with yet</comment>
        <translation>pas encore</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Guide for this page</source>
        <translation>&amp;Guide de cette page</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>First ste&amp;ps (walk-through)…</source>
        <translation>Pre&amp;miers pas (visite guidée)…</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>G&amp;lossaire</translation>
    </message>
    <message>
        <source>Getting &amp;started</source>
        <translation>Pour &amp;commencer</translation>
    </message>
    <message>
        <source>Safety &amp;first</source>
        <translation>La &amp;sécurité avant tout</translation>
    </message>
    <message>
        <source>Save the &amp;quick start (PDF)…</source>
        <translation>Enregistrer le &amp;démarrage rapide (PDF)…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Choisissez un tableur</translation>
    </message>
    <message>
        <source>Import a chart</source>
        <translation>Importer une cartographie</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.ods *.txt *.tsv);;All files (*)</source>
        <translation>Feuilles de calcul (*.csv *.xlsx *.ods *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Grievance:</source>
        <translation>&amp;Réclamation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Membre&#xa0;:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Add a &amp;witness…</source>
        <translation>Ajouter un &amp;témoin…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Grievance</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <source>Log retaliation</source>
        <translation>Consigner des représailles</translation>
    </message>
    <message>
        <source>Member targeted</source>
        <translation>Membre visé·e</translation>
    </message>
    <message>
        <source>Sensitive (kept out of exports and bundles unless chosen)</source>
        <translation>Sensible (exclu des exports et des paquets sauf choix contraire)</translation>
    </message>
    <message>
        <source>W&amp;hat happened:</source>
        <translation>&amp;Ce qui s&apos;est passé&#xa0;:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Who from ma&amp;nagement:</source>
        <translation>Qui de la di&amp;rection&#xa0;:</translation>
    </message>
    <message>
        <source>Who from management</source>
        <translation>Qui de la direction</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Témoins</translation>
    </message>
    <message>
        <source>Witnesses:</source>
        <translation>Témoins&#xa0;:</translation>
    </message>
</context>
<context>
    <name>KeeperDialog</name>
    <message>
        <source>Trust a chart keeper</source>
        <translation>Reconnaître un dépositaire de la cartographie</translation>
    </message>
</context>
<context>
    <name>LeafletForm</name>
    <message numerus="yes">
        <source>&apos;{code}&apos; (second language): %n word(s)</source>
        <translation>
            <numerusform>&apos;{code}&apos; (deuxième langue)&#xa0;: %n mot</numerusform>
            <numerusform>&apos;{code}&apos; (deuxième langue)&#xa0;: %n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;{code}&apos;: %n word(s)</source>
        <translation>
            <numerusform>&apos;{code}&apos;&#xa0;: %n mot</numerusform>
            <numerusform>&apos;{code}&apos;&#xa0;: %n mots</numerusform>
        </translation>
    </message>
    <message>
        <source>A blank line separates paragraphs</source>
        <translation>Une ligne vide sépare les paragraphes</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>How to reach you: a phone, an e-mail, a name</source>
        <translation>Comment nous joindre&#xa0;: un téléphone, un e-mail, un nom</translation>
    </message>
    <message>
        <source>Image file…</source>
        <translation>Fichier image…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Pas d&apos;image</translation>
    </message>
    <message>
        <source>On the back</source>
        <translation>Au verso</translation>
    </message>
    <message>
        <source>One demand per line</source>
        <translation>Une revendication par ligne</translation>
    </message>
    <message>
        <source>PNG or JPEG file</source>
        <translation>Fichier PNG ou JPEG</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Deuxième langue</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Who we are, in this language</source>
        <translation>Qui nous sommes, dans cette langue</translation>
    </message>
    <message>
        <source>Words of the leaflet</source>
        <translation>Texte du tract</translation>
    </message>
    <message>
        <source>e.g. The night shift committee of the depot</source>
        <translation>par ex. Le comité de l&apos;équipe de nuit du dépôt</translation>
    </message>
    <message>
        <source>visual: choose an image file, or a pictogram.</source>
        <translation>visual&#xa0;: choisissez un fichier image, ou un pictogramme.</translation>
    </message>
    <message>
        <source>words: Forum Kit has no leaflet words in {languages} yet. Write them in that language under “Words of the leaflet” (marked in red); nothing is printed in English instead.</source>
        <translation>words&#xa0;: Forum Kit n&apos;a pas encore les mots des tracts en {languages}. Écrivez-les dans cette langue sous «&#xa0;Texte du tract&#xa0;» (marqués en rouge)&#xa0;; rien n&apos;est imprimé en anglais à la place.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source> with a password (AES-256)</source>
        <translation> avec un mot de passe (AES-256)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Information asked for:</source>
        <translation>&amp;Informations demandées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Lettre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation>&amp;Nouvelle date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Record as sent</source>
        <translation>&amp;Enregistrer comme envoyée</translation>
    </message>
    <message>
        <source>&amp;Reply by:</source>
        <translation>&amp;Réponse avant le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>&amp;Terms agreed:</source>
        <translation>&amp;Termes convenus&#xa0;:</translation>
    </message>
    <message>
        <source>Agreed &amp;with:</source>
        <translation>Convenu &amp;avec&#xa0;:</translation>
    </message>
    <message>
        <source>Agreed o&amp;n:</source>
        <translation>Convenue l&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>Dé&amp;lai&#xa0;:</translation>
    </message>
    <message>
        <source>Fill &amp;again from the case</source>
        <translation>Remplir à &amp;nouveau depuis le dossier</translation>
    </message>
    <message>
        <source>Grievance letter</source>
        <translation>Lettre de réclamation</translation>
    </message>
    <message>
        <source>Keep this letter on the case, dated as above</source>
        <translation>Garder cette lettre sur le dossier, datée comme ci-dessus</translation>
    </message>
    <message>
        <source>Letter te&amp;xt:</source>
        <translation>Te&amp;xte de la lettre&#xa0;:</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Texte de la lettre</translation>
    </message>
    <message>
        <source>Pages sent to the printer: {n}.</source>
        <translation>Pages envoyées à l&apos;imprimante&#xa0;: {n}.</translation>
    </message>
    <message>
        <source>Protect with a &amp;password</source>
        <translation>Protéger par un &amp;mot de passe</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Saved{how}.</source>
        <translation>Enregistré{how}.</translation>
    </message>
    <message>
        <source>Sent on {day}. {effect}</source>
        <translation>Envoyée le {day}. {effect}</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>The earliest open deadline</source>
        <translation>Le délai ouvert le plus proche</translation>
    </message>
    <message>
        <source>The employer&apos;s answer</source>
        <translation>La réponse de l&apos;employeur</translation>
    </message>
    <message>
        <source>The letter could not be built.</source>
        <translation>La lettre n&apos;a pas pu être créée.</translation>
    </message>
    <message>
        <source>The text keeps your edits; “Fill again” replaces them.</source>
        <translation>Le texte garde vos modifications&#xa0;; «&#xa0;Remplir à nouveau&#xa0;» les remplace.</translation>
    </message>
    <message>
        <source>The union&apos;s filing or appeal</source>
        <translation>Le dépôt ou l&apos;appel du syndicat</translation>
    </message>
    <message>
        <source>When recording, also: {effect}</source>
        <translation>À l&apos;enregistrement, aussi&#xa0;: {effect}</translation>
    </message>
    <message>
        <source>e.g. HR manager, in writing</source>
        <translation>par ex. la DRH, par écrit</translation>
    </message>
    <message>
        <source>one item a line, e.g. the overtime sheets for March</source>
        <translation>un élément par ligne, p. ex. les feuilles d&apos;heures supplémentaires de mars</translation>
    </message>
    <message>
        <source>⚠ Not filled from the case: {words}. The letter prints “[missing: …]” there: fill them in the case or in the letter.</source>
        <translation>⚠ Non rempli à partir du dossier&#xa0;: {words}. La lettre imprime «&#xa0;[manquant&#xa0;: …]&#xa0;» à cet endroit&#xa0;: remplissez-les dans le dossier ou dans la lettre.</translation>
    </message>
</context>
<context>
    <name>LettersPanel</name>
    <message>
        <source>&amp;New letter…</source>
        <translation>&amp;Nouvelle lettre…</translation>
    </message>
    <message>
        <source>(what it recorded on the case, such as a filing or an appeal, stays)</source>
        <translation>(ce qu&apos;elle a enregistré sur le dossier, comme un dépôt ou un appel, reste)</translation>
    </message>
    <message>
        <source>Building the fact sheet…</source>
        <translation>Préparation de la fiche du dossier…</translation>
    </message>
    <message>
        <source>Case &amp;fact sheet…</source>
        <translation>&amp;Fiche du dossier…</translation>
    </message>
    <message>
        <source>Fact sheet saved.</source>
        <translation>Fiche du dossier enregistrée.</translation>
    </message>
    <message>
        <source>Letter recorded on the case.</source>
        <translation>Lettre enregistrée sur le dossier.</translation>
    </message>
    <message>
        <source>Letters are filled from the case with the contract&apos;s own dates. Change the wording of each kind of letter with “Letter templates…” on the Grievances page.</source>
        <translation>Les lettres sont remplies à partir du dossier avec les dates de la convention. Modifiez le texte de chaque type de lettre avec «&#xa0;Modèles de lettres…&#xa0;» sur la page Réclamations.</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Lettres envoyées</translation>
    </message>
    <message>
        <source>Open / print a&amp;gain…</source>
        <translation>Ouvrir / imprimer à &amp;nouveau…</translation>
    </message>
    <message>
        <source>Protect the fact sheet with a password</source>
        <translation>Protéger la fiche du dossier par un mot de passe</translation>
    </message>
    <message>
        <source>Take off the &amp;record…</source>
        <translation>Retirer de l&apos;&amp;historique…</translation>
    </message>
    <message>
        <source>The fact sheet could not be built.</source>
        <translation>La fiche du dossier n&apos;a pas pu être créée.</translation>
    </message>
    <message>
        <source>The letter is no longer on the case&apos;s record.</source>
        <translation>La lettre n&apos;est plus dans l&apos;historique du dossier.</translation>
    </message>
    <message>
        <source>the copy of the letter kept on the case</source>
        <translation>la copie de la lettre conservée sur le dossier</translation>
    </message>
    <message>
        <source>this letter&apos;s record</source>
        <translation>l&apos;enregistrement de cette lettre</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About Forum Kit</source>
        <translation>À &amp;propos de Forum Kit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Search everything</source>
        <translation>&amp;Chercher partout</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Paramè&amp;tres…</translation>
    </message>
    <message>
        <source>Its files, its folder or the disk cannot be written.</source>
        <translation>Ses fichiers, son dossier ou le disque ne sont pas accessibles en écriture.</translation>
    </message>
    <message>
        <source>Quit Forum Kit</source>
        <translation>Quitter Forum Kit</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F)</source>
        <translation>Chercher partout (Ctrl+F)</translation>
    </message>
    <message>
        <source>This kind of item has no page yet.</source>
        <translation>Ce type d&apos;élément n&apos;a pas encore de page.</translation>
    </message>
    <message>
        <source>This vault is read-only: it is open for reading only and nothing in it can be changed. To make changes, copy the vault folder to a place you can write to.</source>
        <translation>Ce coffre-fort est en lecture seule&#xa0;: il est ouvert en lecture uniquement et rien ne peut y être modifié. Pour faire des modifications, copiez le dossier du coffre-fort dans un endroit où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Vault: {name} — {state}</source>
        <translation>Coffre-fort&#xa0;: {name} — {state}</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>déverrouillé</translation>
    </message>
    <message>
        <source>unlocked, read-only</source>
        <translation>déverrouillé, lecture seule</translation>
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
        <translation>&amp;Chiffre à tenir&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Instruction:</source>
        <translation>C&amp;onsigne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Red lines:</source>
        <translation>Lignes &amp;rouges&#xa0;:</translation>
    </message>
    <message>
        <source>(no motion recorded)</source>
        <translation>(aucune motion enregistrée)</translation>
    </message>
    <message>
        <source>Council agenda &amp;item:</source>
        <translation>&amp;Point de l&apos;ordre du jour du conseil&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>E&amp;xpire le&#xa0;:</translation>
    </message>
    <message>
        <source>Forum&apos;s &amp;motion:</source>
        <translation>&amp;Motion du forum&#xa0;:</translation>
    </message>
    <message>
        <source>Pass a mandate</source>
        <translation>Voter un mandat</translation>
    </message>
    <message>
        <source>What the delegate must never agree to</source>
        <translation>Ce que le·la délégué·e ne doit jamais accepter</translation>
    </message>
    <message>
        <source>e.g. 5% pay rise, no fewer than 12 on the line</source>
        <translation>par ex. 5&#xa0;% d&apos;augmentation, pas moins de 12 sur la ligne</translation>
    </message>
</context>
<context>
    <name>MandateState</name>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Rendu</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>none yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>{members} of {target} needed ({ratio}, target 1:{ten})</source>
        <translation>{members} sur {target} nécessaires ({ratio}, objectif 1:{ten})</translation>
    </message>
    <message>
        <source>{members} of {target} needed ({ratio}, target 1:{ten}) — {short} short</source>
        <translation>{members} sur {target} nécessaires ({ratio}, objectif 1:{ten}) — il en manque {short}</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add area…</source>
        <translation>&amp;Ajouter un secteur…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Déplacer…</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>&amp;Lieu de travail&#xa0;:</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
    <message>
        <source>Add &amp;below…</source>
        <translation>Ajouter &amp;en dessous…</translation>
    </message>
    <message>
        <source>Add &amp;person here…</source>
        <translation>Ajouter une &amp;personne ici…</translation>
    </message>
    <message>
        <source>Add a workplace to start.</source>
        <translation>Ajoutez un lieu de travail pour commencer.</translation>
    </message>
    <message>
        <source>Add an area (department, line, shift…).</source>
        <translation>Ajoutez un secteur (service, ligne, équipe…).</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>Ajouter un secteur</translation>
    </message>
    <message>
        <source>Add neighbourhood</source>
        <translation>Ajouter un quartier</translation>
    </message>
    <message>
        <source>Add neighbourhood…</source>
        <translation>Ajouter un quartier…</translation>
    </message>
    <message>
        <source>Add wor&amp;kplace…</source>
        <translation>Ajouter un l&amp;ieu de travail…</translation>
    </message>
    <message>
        <source>Add workplace</source>
        <translation>Ajouter un lieu de travail</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>C&amp;overage</source>
        <translation>C&amp;ouverture</translation>
    </message>
    <message>
        <source>Cha&amp;rt</source>
        <translation>Carto&amp;graphie</translation>
    </message>
    <message>
        <source>Chart of the area</source>
        <translation>Cartographie du secteur</translation>
    </message>
    <message>
        <source>Delete neighbo&amp;urhood…</source>
        <translation>Supprimer le &amp;quartier…</translation>
    </message>
    <message>
        <source>Delete workpla&amp;ce…</source>
        <translation>Supprimer le lieu de tra&amp;vail…</translation>
    </message>
    <message>
        <source>Door-knocks, last 90 days:</source>
        <translation>Porte-à-porte, 90 derniers jours&#xa0;:</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Headcount:</source>
        <translation>Effectif&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the street, estate or building:</source>
        <translation>Nom de la rue, de la cité ou de l&apos;immeuble&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the workplace:</source>
        <translation>Nom du lieu de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Ne&amp;ighbourhood:</source>
        <translation>&amp;Quartier&#xa0;:</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>One-on-ones, last 90 days:</source>
        <translation>Tête-à-tête, 90 derniers jours&#xa0;:</translation>
    </message>
    <message>
        <source>Pictur&amp;e</source>
        <translation>&amp;Image</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>Rename area</source>
        <translation>Renommer le secteur</translation>
    </message>
    <message>
        <source>Residents:</source>
        <translation>Résidents&#xa0;:</translation>
    </message>
    <message>
        <source>Structure &amp;tests…</source>
        <translation>&amp;Tests de structure…</translation>
    </message>
    <message>
        <source>Supporters (%1):</source>
        <translation>Sympathisant·es (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Lieu de travail</translation>
    </message>
    <message numerus="yes">
        <source>nothing about its %n person(s) or grievance(s): they move to an area you choose</source>
        <translation>
            <numerusform>rien sur sa %n personne ou réclamation&#xa0;: elle va dans un secteur de votre choix</numerusform>
            <numerusform>rien sur ses %n personnes ou réclamations&#xa0;: elles vont dans un secteur de votre choix</numerusform>
        </translation>
    </message>
    <message>
        <source>this area</source>
        <translation>ce secteur</translation>
    </message>
    <message>
        <source>this neighbourhood</source>
        <translation>ce quartier</translation>
    </message>
    <message>
        <source>this workplace</source>
        <translation>ce lieu de travail</translation>
    </message>
</context>
<context>
    <name>MapPicture</name>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone&#xa0;:</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Arrange &amp;tiles</source>
        <translation>Disposer les &amp;tuiles</translation>
    </message>
    <message>
        <source>B&amp;y headcount</source>
        <translation>Par &amp;effectif</translation>
    </message>
    <message>
        <source>Click a tile to choose an area.</source>
        <translation>Cliquez sur une tuile pour choisir un secteur.</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Danger zone</source>
        <translation>Zone à risque</translation>
    </message>
    <message>
        <source>Drag a tile to move it; drag its lower right corner to resize it.</source>
        <translation>Faites glisser une tuile pour la déplacer&#xa0;; faites glisser son coin inférieur droit pour la redimensionner.</translation>
    </message>
    <message>
        <source>Floor &amp;plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Free zone</source>
        <translation>Zone libre</translation>
    </message>
    <message>
        <source>Hazard&amp;s (%1)…</source>
        <translation>&amp;Risques (%1)…</translation>
    </message>
    <message>
        <source>Hazard&amp;s…</source>
        <translation>&amp;Risques…</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Calques</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Leaders</translation>
    </message>
    <message>
        <source>No zone</source>
        <translation>Aucune zone</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Image&#xa0;:</translation>
    </message>
    <message>
        <source>Show &amp;its chart</source>
        <translation>Afficher sa &amp;cartographie</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Unreached</source>
        <translation>Non atteints</translation>
    </message>
    <message>
        <source>Why the zone is free or dangerous, e.g. the supervisor&apos;s office looks onto it</source>
        <translation>Pourquoi la zone est libre ou à risque, par ex. le bureau du chef donne dessus</translation>
    </message>
    <message>
        <source>Why the zone is marked</source>
        <translation>Pourquoi la zone est marquée</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>why?</source>
        <translation>pourquoi&#xa0;?</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check what each column holds. Unmatched columns are ignored.</source>
        <translation>Vérifiez ce que contient chaque colonne. Les colonnes sans correspondance sont ignorées.</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>a guess</source>
        <translation>une estimation</translation>
    </message>
    <message>
        <source>the mapping you used last time</source>
        <translation>l&apos;association utilisée la dernière fois</translation>
    </message>
    <message>
        <source>{n} rows read; header on line {line}. Columns matched by {how}.</source>
        <translation>{n} lignes lues&#xa0;; en-tête à la ligne {line}. Colonnes associées par {how}.</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— non importé —</translation>
    </message>
</context>
<context>
    <name>MatchForm</name>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>&amp;Suivi le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Help on:</source>
        <translation>&amp;Aide le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>(the chosen offer&apos;s member)</source>
        <translation>(le membre de l&apos;offre choisie)</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Suivi le</translation>
    </message>
    <message>
        <source>Help on</source>
        <translation>Aide le</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Match a need</source>
        <translation>Répondre à un besoin</translation>
    </message>
    <message>
        <source>No standing offer fits: ask a member directly.</source>
        <translation>Aucune offre permanente ne convient&#xa0;: demandez directement à un membre.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Offers that fit</source>
        <translation>Offres qui conviennent</translation>
    </message>
    <message>
        <source>Offers that fit, nearest first:</source>
        <translation>Offres qui conviennent, les plus proches d&apos;abord&#xa0;:</translation>
    </message>
    <message>
        <source>Or a &amp;member:</source>
        <translation>Ou un &amp;membre&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Date et heure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Schedule a meeting</source>
        <translation>Convoquer une réunion</translation>
    </message>
    <message>
        <source>e.g. union hall, canteen after the late shift</source>
        <translation>par ex. local syndical, cantine après l&apos;équipe du soir</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n présent·e</numerusform>
            <numerusform>%n présent·es</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save minutes</source>
        <translation>&amp;Enregistrer le procès-verbal</translation>
    </message>
    <message numerus="yes">
        <source>, %n guest(s)</source>
        <translation>
            <numerusform>, %n invité·e</numerusform>
            <numerusform>, %n invité·es</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;ttendance…</source>
        <translation>&amp;Présences…</translation>
    </message>
    <message>
        <source>Add agenda &amp;item…</source>
        <translation>Ajouter un point à l&apos;ordre du &amp;jour…</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présent·es</translation>
    </message>
    <message>
        <source>Choose a meeting, or schedule one.</source>
        <translation>Choisissez une réunion, ou convoquez-en une.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>Motions</source>
        <translation>Motions</translation>
    </message>
    <message>
        <source>Motions and results</source>
        <translation>Motions et résultats</translation>
    </message>
    <message>
        <source>Record a &amp;motion…</source>
        <translation>Enregistrer une &amp;motion…</translation>
    </message>
    <message>
        <source>Title of the agenda item:</source>
        <translation>Titre du point de l&apos;ordre du jour&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>&amp;Workplace:</source>
        <translation>&amp;Lieu de travail&#xa0;:</translation>
    </message>
    <message>
        <source>(not in the chart)</source>
        <translation>(pas dans la cartographie)</translation>
    </message>
    <message>
        <source>Add a steward to the committee</source>
        <translation>Ajouter un·e représentant·e au comité</translation>
    </message>
    <message>
        <source>Areas of the scope</source>
        <translation>Secteurs du périmètre</translation>
    </message>
    <message>
        <source>Change a member&apos;s scope</source>
        <translation>Changer le périmètre d&apos;un membre</translation>
    </message>
    <message>
        <source>May see people, notes and cases marked &amp;sensitive</source>
        <translation>Peut voir les personnes, notes et dossiers marqués &amp;sensibles</translation>
    </message>
    <message>
        <source>Only these &amp;areas (with all under them):</source>
        <translation>Seulement ces &amp;secteurs (et tout ce qui en dépend)&#xa0;:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Périmètre&#xa0;:</translation>
    </message>
    <message>
        <source>The &amp;whole workplace</source>
        <translation>&amp;Tout le lieu de travail</translation>
    </message>
    <message>
        <source>The steward &amp;is:</source>
        <translation>Le·la représentant·e &amp;est&#xa0;:</translation>
    </message>
    <message>
        <source>The steward in the chart</source>
        <translation>Le·la représentant·e dans la cartographie</translation>
    </message>
</context>
<context>
    <name>MotionDialog</name>
    <message>
        <source>&amp;Counted vote</source>
        <translation>Vote avec dé&amp;compte</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Motion:</source>
        <translation>&amp;Motion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>(no agenda item)</source>
        <translation>(aucun point de l&apos;ordre du jour)</translation>
    </message>
    <message>
        <source>A&amp;bstain:</source>
        <translation>A&amp;bstention&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;gainst:</source>
        <translation>Co&amp;ntre&#xa0;:</translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation>P&amp;oint de l&apos;ordre du jour&#xa0;:</translation>
    </message>
    <message>
        <source>Record a motion</source>
        <translation>Enregistrer une motion</translation>
    </message>
    <message>
        <source>The motion as put to the meeting</source>
        <translation>La motion telle que présentée à la réunion</translation>
    </message>
    <message>
        <source>Vote:</source>
        <translation>Vote&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MutualAidPage</name>
    <message>
        <source> with a password (AES-256)</source>
        <translation> avec un mot de passe (AES-256)</translation>
    </message>
    <message>
        <source>&amp;Close…</source>
        <translation>&amp;Clore…</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>&amp;Log an incident…</source>
        <translation>&amp;Consigner un incident…</translation>
    </message>
    <message>
        <source>&amp;Match…</source>
        <translation>&amp;Mettre en relation…</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>&amp;Besoins</translation>
    </message>
    <message>
        <source>&amp;Offers</source>
        <translation>&amp;Offres</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Plan a check-in…</source>
        <translation>&amp;Prévoir une prise de nouvelles…</translation>
    </message>
    <message>
        <source>&amp;Post…</source>
        <translation>&amp;Inscrire…</translation>
    </message>
    <message>
        <source>&amp;Print for a lawyer…</source>
        <translation>&amp;Imprimer pour un avocat…</translation>
    </message>
    <message>
        <source>&amp;Record exchange…</source>
        <translation>&amp;Enregistrer un échange…</translation>
    </message>
    <message>
        <source>&amp;Retaliation log</source>
        <translation>&amp;Registre des représailles</translation>
    </message>
    <message>
        <source>&amp;Statement…</source>
        <translation>&amp;Relevé…</translation>
    </message>
    <message>
        <source>&amp;Time bank</source>
        <translation>&amp;Banque de temps</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>: nobody has called yet.</source>
        <translation>: personne n&apos;a encore appelé.</translation>
    </message>
    <message>
        <source>Add a workplace or a neighbourhood on the Map page.</source>
        <translation>Ajoutez un lieu de travail ou un quartier sur la page Carte.</translation>
    </message>
    <message>
        <source>An hour is an hour; accounts may go {floor} below zero.</source>
        <translation>Une heure vaut une heure&#xa0;; les comptes peuvent descendre de {floor} sous zéro.</translation>
    </message>
    <message>
        <source>Asks and offers &amp;sheet…</source>
        <translation>&amp;Fiche besoins et offres…</translation>
    </message>
    <message>
        <source>Balance {b} · in {i} · out {o}</source>
        <translation>Solde {b} · entrées {i} · sorties {o}</translation>
    </message>
    <message>
        <source>Chec&amp;k-ins</source>
        <translation>&amp;Nouvelles</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Prises de nouvelles</translation>
    </message>
    <message>
        <source>Choose a member&apos;s account first.</source>
        <translation>Choisissez d&apos;abord le compte d&apos;un membre.</translation>
    </message>
    <message>
        <source>Choose a place first (add one on the Map page).</source>
        <translation>Choisissez d&apos;abord un lieu (ajoutez-en un sur la page Carte).</translation>
    </message>
    <message>
        <source>Choose a place first.</source>
        <translation>Choisissez d&apos;abord un lieu.</translation>
    </message>
    <message>
        <source>Choose an exchange in the list.</source>
        <translation>Choisissez un échange dans la liste.</translation>
    </message>
    <message>
        <source>Choose the member to check on.</source>
        <translation>Choisissez le membre dont prendre des nouvelles.</translation>
    </message>
    <message>
        <source>Choose who gave the hours and who received them.</source>
        <translation>Choisissez qui a donné les heures et qui les a reçues.</translation>
    </message>
    <message>
        <source>Close &amp;account</source>
        <translation>Clore le &amp;compte</translation>
    </message>
    <message>
        <source>Close the account</source>
        <translation>Clore le compte</translation>
    </message>
    <message>
        <source>E&amp;xport needs and offers…</source>
        <translation>E&amp;xporter besoins et offres…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Export &amp;sensitive incidents too (each one is sensitive unless said otherwise)</source>
        <translation>Exporter aussi les incidents &amp;sensibles (chacun est sensible sauf indication contraire)</translation>
    </message>
    <message>
        <source>Export needs and offers</source>
        <translation>Exporter besoins et offres</translation>
    </message>
    <message>
        <source>Export the retaliation log</source>
        <translation>Exporter le registre des représailles</translation>
    </message>
    <message>
        <source>F&amp;igures</source>
        <translation>&amp;Chiffres</translation>
    </message>
    <message>
        <source>F&amp;und</source>
        <translation>&amp;Caisse</translation>
    </message>
    <message>
        <source>Follow-up &amp;done</source>
        <translation>Suivi &amp;fait</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Fund entries</source>
        <translation>Écritures de la caisse</translation>
    </message>
    <message>
        <source>Fund:</source>
        <translation>Caisse&#xa0;:</translation>
    </message>
    <message>
        <source>Incidents are evidence for a lawyer or a tribunal: date, what happened, who from management, and the coworkers who saw it.</source>
        <translation>Les incidents sont des preuves pour un avocat ou un tribunal&#xa0;: date, ce qui s&apos;est passé, qui de la direction, et les collègues qui l&apos;ont vu.</translation>
    </message>
    <message>
        <source>Matc&amp;hes</source>
        <translation>Mises en &amp;relation</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Mises en relation</translation>
    </message>
    <message>
        <source>Mutual aid figures</source>
        <translation>Chiffres de l&apos;entraide</translation>
    </message>
    <message>
        <source>Name of the fund:</source>
        <translation>Nom de la caisse&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the time bank:</source>
        <translation>Nom de la banque de temps&#xa0;:</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Needs raised, needs met within a week of being raised, people who helped and the fund&apos;s grants, per {area} and month; the rows marked &quot;Whole place&quot; add money in and out of the fund.</source>
        <translation>Besoins exprimés, besoins satisfaits dans la semaine, personnes qui ont aidé et aides de la caisse, par {area} et par mois&#xa0;; les lignes marquées «&#xa0;Tout le lieu&#xa0;» ajoutent les entrées et sorties d&apos;argent de la caisse.</translation>
    </message>
    <message>
        <source>New &amp;fund…</source>
        <translation>Nouvelle &amp;caisse…</translation>
    </message>
    <message>
        <source>New &amp;need…</source>
        <translation>Nouveau &amp;besoin…</translation>
    </message>
    <message>
        <source>New &amp;offer…</source>
        <translation>Nouvelle &amp;offre…</translation>
    </message>
    <message>
        <source>New fund</source>
        <translation>Nouvelle caisse</translation>
    </message>
    <message>
        <source>New time &amp;bank…</source>
        <translation>Nouvelle &amp;banque de temps…</translation>
    </message>
    <message>
        <source>New time bank</source>
        <translation>Nouvelle banque de temps</translation>
    </message>
    <message>
        <source>No fund yet: open one with New fund.</source>
        <translation>Pas encore de caisse&#xa0;: ouvrez-en une avec Nouvelle caisse.</translation>
    </message>
    <message>
        <source>No time bank yet: open one with New time bank.</source>
        <translation>Pas encore de banque de temps&#xa0;: ouvrez-en une avec Nouvelle banque de temps.</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Open &amp;person</source>
        <translation>Ouvrir la &amp;personne</translation>
    </message>
    <message>
        <source>Open a fund first (New fund).</source>
        <translation>Ouvrez d&apos;abord une caisse (Nouvelle caisse).</translation>
    </message>
    <message>
        <source>Open a time bank first (New time bank).</source>
        <translation>Ouvrez d&apos;abord une banque de temps (Nouvelle banque de temps).</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Print &amp;names (only of members who agreed)</source>
        <translation>Imprimer les &amp;noms (seulement des membres qui l&apos;acceptent)</translation>
    </message>
    <message>
        <source>Re&amp;verse</source>
        <translation>Contre-&amp;passer</translation>
    </message>
    <message>
        <source>Record &amp;outcome…</source>
        <translation>Enregistrer l&apos;&amp;issue…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Retaliation log</source>
        <translation>Registre des représailles</translation>
    </message>
    <message>
        <source>Reverse an entry</source>
        <translation>Contre-passer une écriture</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Saved {path}{how}. It carries {what}.</source>
        <translation>Enregistré&#xa0;: {path}{how}. Contient {what}.</translation>
    </message>
    <message>
        <source>Show &amp;done ones too</source>
        <translation>Afficher aussi les &amp;faits</translation>
    </message>
    <message>
        <source>The member left? Their account takes no new exchanges; its history is kept.</source>
        <translation>Le membre est parti&#xa0;? Son compte ne prend plus de nouveaux échanges&#xa0;; son historique est conservé.</translation>
    </message>
    <message>
        <source>The retaliation log names members and witnesses: it is saved only with a password (AES-256). Give the password to the lawyer separately.</source>
        <translation>Le registre des représailles nomme des membres et des témoins&#xa0;: il n&apos;est enregistré qu&apos;avec un mot de passe (AES-256). Donnez le mot de passe à l&apos;avocat séparément.</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was saved.</source>
        <translation>Les deux mots de passe diffèrent&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Time bank</source>
        <translation>Banque de temps</translation>
    </message>
    <message>
        <source>Time bank:</source>
        <translation>Banque de temps&#xa0;:</translation>
    </message>
    <message>
        <source>Time-bank accounts</source>
        <translation>Comptes de la banque de temps</translation>
    </message>
    <message>
        <source>Why is it corrected?</source>
        <translation>Pourquoi le corriger&#xa0;?</translation>
    </message>
    <message>
        <source>Witnesses: {w}</source>
        <translation>Témoins&#xa0;: {w}</translation>
    </message>
    <message>
        <source>Wrote {rows} to {path}.</source>
        <translation>Écrit dans {path}&#xa0;: {rows}.</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>un membre</translation>
    </message>
    <message>
        <source>check-in overdue</source>
        <translation>prise de nouvelles en retard</translation>
    </message>
    <message>
        <source>check-ins overdue</source>
        <translation>prises de nouvelles en retard</translation>
    </message>
    <message>
        <source>no names: only what members agreed the assembly may see</source>
        <translation>sans noms&#xa0;: seulement ce que les membres ont accepté de montrer à l&apos;assemblée</translation>
    </message>
    <message>
        <source>open need</source>
        <translation>besoin ouvert</translation>
    </message>
    <message>
        <source>open needs</source>
        <translation>besoins ouverts</translation>
    </message>
    <message>
        <source>row</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>standing offer</source>
        <translation>offre permanente</translation>
    </message>
    <message>
        <source>standing offers</source>
        <translation>offres permanentes</translation>
    </message>
    <message>
        <source>street or area</source>
        <translation>rue ou secteur</translation>
    </message>
    <message>
        <source>the member&apos;s name and the names of those they exchanged hours with</source>
        <translation>le nom du membre et les noms des personnes avec qui il a échangé des heures</translation>
    </message>
    <message>
        <source>the names of members targeted and of witnesses</source>
        <translation>les noms des membres visés et des témoins</translation>
    </message>
    <message>
        <source>the names of members who agreed to be named</source>
        <translation>les noms des membres qui ont accepté d&apos;être nommés</translation>
    </message>
    <message>
        <source>{kind} for {who}: {what}</source>
        <translation>{kind} pour {who}&#xa0;: {what}</translation>
    </message>
</context>
<context>
    <name>NeedOfferForm</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Membre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Seen by:</source>
        <translation>&amp;Visible par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Où&#xa0;:</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>(personne de nommé)</translation>
    </message>
    <message>
        <source>(the member&apos;s area)</source>
        <translation>(le secteur du membre)</translation>
    </message>
    <message>
        <source>Anonymous to the committee (nobody named at all)</source>
        <translation>Anonyme pour le comité (personne de nommé)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Available &amp;from:</source>
        <translation>Disponible à &amp;partir du&#xa0;:</translation>
    </message>
    <message>
        <source>Available &amp;until:</source>
        <translation>Disponible &amp;jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Needed &amp;by:</source>
        <translation>Nécessaire &amp;avant le&#xa0;:</translation>
    </message>
    <message>
        <source>Needed &amp;from:</source>
        <translation>Nécessaire à &amp;partir du&#xa0;:</translation>
    </message>
    <message>
        <source>New need</source>
        <translation>Nouveau besoin</translation>
    </message>
    <message>
        <source>New offer</source>
        <translation>Nouvelle offre</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>&amp;Quoi&#xa0;:</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>Ce qui est demandé</translation>
    </message>
    <message>
        <source>What is offered</source>
        <translation>Ce qui est offert</translation>
    </message>
    <message>
        <source>Who may see it</source>
        <translation>Qui peut le voir</translation>
    </message>
</context>
<context>
    <name>OpenPanel</name>
    <message>
        <source>&amp;Open a vault…</source>
        <translation>&amp;Ouvrir un coffre-fort…</translation>
    </message>
    <message>
        <source>&amp;Recent vaults</source>
        <translation>Coffres-forts &amp;récents</translation>
    </message>
    <message>
        <source>No recent vaults on this computer yet.</source>
        <translation>Pas encore de coffre-fort récent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Open &amp;selected</source>
        <translation>Ouvrir la &amp;sélection</translation>
    </message>
    <message>
        <source>Open a vault (a folder ending in .forumkit)</source>
        <translation>Ouvrir un coffre-fort (un dossier se terminant par .forumkit)</translation>
    </message>
</context>
<context>
    <name>OutcomeForm</name>
    <message>
        <source>&amp;Done on:</source>
        <translation>&amp;Fait le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <source>How did the check-in go?</source>
        <translation>Comment s&apos;est passée la prise de nouvelles&#xa0;?</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;lose with this outcome</source>
        <translation>C&amp;lore avec ce résultat</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Close.</translation>
    </message>
    <message>
        <source>Closed: {o} {d}</source>
        <translation>Close&#xa0;: {o} {d}</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>Dat&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Rés&amp;ultat&#xa0;:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Reopened; its deadlines count again.</source>
        <translation>Rouverte&#xa0;; ses délais courent à nouveau.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PackForm</name>
    <message>
        <source>&amp;Forum:</source>
        <translation>&amp;Forum&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hart sheets:</source>
        <translation>Fi&amp;ches de cartographie&#xa0;:</translation>
    </message>
    <message>
        <source>Chart sheets</source>
        <translation>Fiches de cartographie</translation>
    </message>
    <message>
        <source>Chart sheets show:</source>
        <translation>Les fiches de cartographie affichent&#xa0;:</translation>
    </message>
    <message>
        <source>Council &amp;meetings:</source>
        <translation>&amp;Réunions du conseil&#xa0;:</translation>
    </message>
    <message>
        <source>Council meetings</source>
        <translation>Réunions du conseil</translation>
    </message>
    <message>
        <source>Default: the forum&apos;s name</source>
        <translation>Par défaut&#xa0;: le nom du forum</translation>
    </message>
    <message>
        <source>Figures &amp;as of:</source>
        <translation>Chiffres &amp;en date du&#xa0;:</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>Pa&amp;pier&#xa0;:</translation>
    </message>
    <message>
        <source>items: tick at least one council meeting or one chart sheet.</source>
        <translation>items&#xa0;: cochez au moins une réunion du conseil ou une fiche de cartographie.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Again</source>
        <translation>Con&amp;firmation</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>Phrase de passe &amp;actuelle</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Again: the two new passphrases differ. Type the same one twice.</source>
        <translation>Confirmation&#xa0;: les deux nouvelles phrases de passe diffèrent. Tapez deux fois la même.</translation>
    </message>
    <message>
        <source>Backup files you wrote elsewhere still open with the old passphrase: delete them, or keep them as safe as it.</source>
        <translation>Les fichiers de sauvegarde que vous avez écrits ailleurs s&apos;ouvrent toujours avec l&apos;ancienne phrase de passe&#xa0;: supprimez-les, ou gardez-les aussi bien qu&apos;elle.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase de passe</translation>
    </message>
    <message>
        <source>Deriving the new key… about a second.</source>
        <translation>Dérivation de la nouvelle clé… environ une seconde.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>Créer une nouvelle clé de récupération</translation>
    </message>
    <message>
        <source>New passphrase: it is the current one. Choose another.</source>
        <translation>Nouvelle phrase de passe&#xa0;: c&apos;est l&apos;actuelle. Choisissez-en une autre.</translation>
    </message>
    <message>
        <source>New passphrase: use at least {n} characters.</source>
        <translation>Nouvelle phrase de passe&#xa0;: utilisez au moins {n} caractères.</translation>
    </message>
    <message>
        <source>Set a new passphrase</source>
        <translation>Définir une nouvelle phrase de passe</translation>
    </message>
    <message numerus="yes">
        <source>The %n automatic backups, still under the old passphrase, are replaced by one made now. {elsewhere}</source>
        <translation>
            <numerusform>%n sauvegarde automatique, toujours sous l&apos;ancienne phrase de passe, est remplacée par une sauvegarde faite maintenant. {elsewhere}</numerusform>
            <numerusform>Les %n sauvegardes automatiques, toujours sous l&apos;ancienne phrase de passe, sont remplacées par une sauvegarde faite maintenant. {elsewhere}</numerusform>
        </translation>
    </message>
    <message>
        <source>The automatic backups could not be renewed ({message}): those in the vault&apos;s backups folder still open with the old passphrase. {elsewhere}</source>
        <translation>Les sauvegardes automatiques n&apos;ont pas pu être renouvelées ({message})&#xa0;: celles du dossier de sauvegardes du coffre-fort s&apos;ouvrent toujours avec l&apos;ancienne phrase de passe. {elsewhere}</translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Nothing was changed; try again.</source>
        <translation>La phrase de passe actuelle est fausse. Rien n&apos;a été changé&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>The new one is shown once: write it down or print it.</source>
        <translation>La nouvelle n&apos;est affichée qu&apos;une fois&#xa0;: notez-la ou imprimez-la.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed (unexpected {kind}). Nothing was changed.</source>
        <translation>La phrase de passe n&apos;a pas pu être changée ({kind} inattendu). Rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>The passphrase is changed. </source>
        <translation>La phrase de passe est changée. </translation>
    </message>
    <message>
        <source>The recovery key was not accepted. Nothing was changed.</source>
        <translation>La clé de récupération n&apos;a pas été acceptée. Rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>The recovery key you have now stops working at once.</source>
        <translation>La clé de récupération que vous avez actuellement cesse aussitôt de fonctionner.</translation>
    </message>
    <message>
        <source>The vault&apos;s data is not re-encrypted: only the passphrase that unlocks it changes. Backups made before today still open with the old passphrase.</source>
        <translation>Les données du coffre-fort ne sont pas rechiffrées&#xa0;: seule la phrase de passe qui le déverrouille change. Les sauvegardes faites avant aujourd&apos;hui s&apos;ouvrent toujours avec l&apos;ancienne phrase de passe.</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Tapez la phrase de passe actuelle.</translation>
    </message>
    <message>
        <source>You unlocked the vault with its recovery key. Set a new passphrase now, so that you can open it without the key next time. The recovery key keeps working.</source>
        <translation>Vous avez déverrouillé le coffre-fort avec sa clé de récupération. Définissez maintenant une nouvelle phrase de passe, pour pouvoir l&apos;ouvrir sans la clé la prochaine fois. La clé de récupération continue de fonctionner.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Encore&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Protect with a password</source>
        <translation>Protéger par un mot de passe</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Document preview</source>
        <translation>Aperçu du document</translation>
    </message>
    <message>
        <source>The preview appears here.</source>
        <translation>L&apos;aperçu s&apos;affiche ici.</translation>
    </message>
</context>
<context>
    <name>PdfSave</name>
    <message>
        <source>Anyone who gets the file can read it.</source>
        <translation>Quiconque reçoit le fichier peut le lire.</translation>
    </message>
    <message>
        <source>Save a PDF with {what} without a password?</source>
        <translation>Enregistrer un PDF contenant {what} sans mot de passe&#xa0;?</translation>
    </message>
    <message>
        <source>Tick &apos;Protect with a password&apos; to encrypt it.</source>
        <translation>Cochez «&#xa0;Protéger par un mot de passe&#xa0;» pour le chiffrer.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete person…</source>
        <translation>&amp;Supprimer la personne…</translation>
    </message>
    <message>
        <source>&amp;Log conversation…</source>
        <translation>N&amp;oter une conversation…</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Nouvelle personne</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
    <message>
        <source>Add a workplace on the Map page first.</source>
        <translation>Ajoutez d&apos;abord un lieu de travail sur la page Carte.</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>Any assessment</source>
        <translation>Toute évaluation</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Toute langue</translation>
    </message>
    <message>
        <source>Area filter</source>
        <translation>Filtre de secteur</translation>
    </message>
    <message>
        <source>Assessment filter</source>
        <translation>Filtre d&apos;évaluation</translation>
    </message>
    <message>
        <source>Committee filter</source>
        <translation>Filtre de comité</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>Filtre de langue</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Search names, jobs, notes…</source>
        <translation>Noms, postes, notes…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Chercher des personnes</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Stale filter</source>
        <translation>Filtre de péremption</translation>
    </message>
    <message>
        <source>The person you were editing was deleted while the vault was locked; your unsaved changes were dropped.</source>
        <translation>La personne que vous modifiiez a été supprimée pendant que le coffre-fort était verrouillé&#xa0;; vos modifications non enregistrées ont été abandonnées.</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Lieu de travail</translation>
    </message>
    <message>
        <source>their assessment history</source>
        <translation>son historique d&apos;évaluations</translation>
    </message>
    <message>
        <source>their conversations and ties</source>
        <translation>ses conversations et ses liens</translation>
    </message>
    <message>
        <source>their details and notes</source>
        <translation>ses coordonnées et ses notes</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>cette personne</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>leader</source>
        <translation>leader</translation>
    </message>
    <message>
        <source>unreached</source>
        <translation>non atteints</translation>
    </message>
</context>
<context>
    <name>PersonField</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>PickContactDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Choisissez une personne</translation>
    </message>
    <message>
        <source>part of a name</source>
        <translation>partie d&apos;un nom</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is not built yet. It will arrive in a later version; nothing here is stored or shown from your vault.</source>
        <translation>Cette page n&apos;est pas encore faite. Elle arrivera dans une version ultérieure&#xa0;; rien ici n&apos;est stocké ni affiché depuis votre coffre-fort.</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>It adds: {fields}.</source>
        <translation>Ajoute&#xa0;: {fields}.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Vérifier avant d&apos;importer</translation>
    </message>
    <message>
        <source>Checking {n} rows… nothing is written yet.</source>
        <translation>Vérification de {n} lignes… rien n&apos;est encore écrit.</translation>
    </message>
    <message>
        <source>Import the good rows and skip the rejected (and unsettled) ones</source>
        <translation>Importer les bonnes lignes et ignorer les lignes rejetées (et non tranchées)</translation>
    </message>
    <message>
        <source>The dry run failed; nothing was changed. Go back and check the file and columns.</source>
        <translation>La simulation a échoué&#xa0;; rien n&apos;a été changé. Revenez en arrière et vérifiez le fichier et les colonnes.</translation>
    </message>
    <message>
        <source>These rows are a person an earlier row names, but say something else. Choose which values to keep, or that they are two people:</source>
        <translation>Ces lignes désignent une personne déjà nommée par une ligne antérieure, mais disent autre chose. Choisissez les valeurs à garder, ou qu&apos;il s&apos;agit de deux personnes&#xa0;:</translation>
    </message>
    <message>
        <source>{add} to add, {upd} to update, {same} unchanged, {rej} rejected; {areas} new areas; {merged} merged into an earlier row of the same person, {conflicts} to choose.</source>
        <translation>{add} à ajouter, {upd} à mettre à jour, {same} inchangés, {rej} rejetés&#xa0;; {areas} nouveaux secteurs&#xa0;; {merged} fusionnés avec une ligne antérieure de la même personne, {conflicts} à trancher.</translation>
    </message>
</context>
<context>
    <name>ProvenanceLabel</name>
    <message>
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <source>Recall &amp;motion:</source>
        <translation>&amp;Motion de révocation&#xa0;:</translation>
    </message>
    <message>
        <source>Recall the delegate</source>
        <translation>Révoquer le·la délégué·e</translation>
    </message>
    <message>
        <source>Term &amp;ends on:</source>
        <translation>Le mandat &amp;se termine le&#xa0;:</translation>
    </message>
    <message>
        <source>That recall motion was not carried, so it cannot end the term: choose a carried recall motion.</source>
        <translation>Cette motion de révocation n&apos;a pas été adoptée, elle ne peut donc pas mettre fin au mandat&#xa0;: choisissez une motion de révocation adoptée.</translation>
    </message>
    <message>
        <source>The recall date is before the delegate&apos;s term started ({day}).</source>
        <translation>La date de révocation est antérieure au début du mandat du·de la délégué·e ({day}).</translation>
    </message>
    <message>
        <source>The recall date is before the meeting that voted the recall ({day}): choose that day or a later one.</source>
        <translation>La date de révocation est antérieure à la réunion qui a voté la révocation ({day})&#xa0;: choisissez ce jour-là ou un jour suivant.</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>Forum Kit recovery key

Vault: {vault_name}

{recovery_key}

Keep this page somewhere safe and away from the computer. Anyone holding it and the vault folder can open the vault.</source>
        <translation>Clé de récupération Forum Kit

Coffre-fort&#xa0;: {vault_name}

{recovery_key}

Gardez cette page en lieu sûr, loin de l&apos;ordinateur. Quiconque la détient avec le dossier du coffre-fort peut ouvrir le coffre-fort.</translation>
    </message>
    <message>
        <source>Save the recovery key page</source>
        <translation>Enregistrer la page de la clé de récupération</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>&amp;Copy the key</source>
        <translation>&amp;Copier la clé</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Copied. Paste it where you will write it down: the clipboard is cleared in 30 seconds.</source>
        <translation>Copiée. Collez-la là où vous allez la noter&#xa0;: le presse-papiers est vidé dans 30 secondes.</translation>
    </message>
    <message>
        <source>I have &amp;written it down or printed it</source>
        <translation>Je l&apos;ai &amp;notée ou imprimée</translation>
    </message>
    <message>
        <source>No printer is set up on this computer, so nothing was printed. Save the page as a PDF to print it elsewhere, or copy the key and write it down.</source>
        <translation>Aucune imprimante n&apos;est configurée sur cet ordinateur, rien n&apos;a donc été imprimé. Enregistrez la page en PDF pour l&apos;imprimer ailleurs, ou copiez la clé et notez-la.</translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation>Non imprimé.</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Saved as a PDF. The file holds the key unencrypted: print it, then delete it (and empty the bin).</source>
        <translation>Enregistré en PDF. Le fichier contient la clé non chiffrée&#xa0;: imprimez-le, puis supprimez-le (et videz la corbeille).</translation>
    </message>
    <message>
        <source>Sent to the printer. Check that the page came out, and keep it safe, before you tick the box.</source>
        <translation>Envoyé à l&apos;imprimante. Vérifiez que la page est bien sortie, et gardez-la en lieu sûr, avant de cocher la case.</translation>
    </message>
    <message>
        <source>The PDF could not be written there. Choose another folder.</source>
        <translation>Le PDF n&apos;a pas pu être écrit à cet endroit. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The printer reported an error: the page may not have printed. Check the printer, or save the page as a PDF.</source>
        <translation>L&apos;imprimante a signalé une erreur&#xa0;: la page n&apos;a peut-être pas été imprimée. Vérifiez l&apos;imprimante, ou enregistrez la page en PDF.</translation>
    </message>
    <message>
        <source>This recovery key opens the vault if you forget the passphrase. It is shown only now. Write it down or print it, and keep it away from the computer.</source>
        <translation>Cette clé de récupération ouvre le coffre-fort si vous oubliez la phrase de passe. Elle n&apos;est affichée que maintenant. Notez-la ou imprimez-la, et gardez-la loin de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
</context>
<context>
    <name>ReportBackModel</name>
    <message>
        <source>{vote} (not as mandated)</source>
        <translation>{vote} (contraire au mandat)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>&amp;Delegate:</source>
        <translation>&amp;Délégué·e&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mandate:</source>
        <translation>&amp;Mandat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non enregistré)</translation>
    </message>
    <message>
        <source>Report back on the mandate</source>
        <translation>Rendre compte du mandat</translation>
    </message>
    <message>
        <source>Reported &amp;on:</source>
        <translation>Rendu &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>The delegate&apos;s notes (stay in this vault)</source>
        <translation>Les notes du·de la délégué·e (restent dans ce coffre-fort)</translation>
    </message>
    <message>
        <source>What the council decided</source>
        <translation>Ce que le conseil a décidé</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source> (needs change {n})</source>
        <translation> (nécessite la modification {n})</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>&amp;Keep yours</source>
        <translation>&amp;Garder la vôtre</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>Tout acc&amp;epter</translation>
    </message>
    <message>
        <source>Anyone who gets the file can read it.</source>
        <translation>Quiconque reçoit le fichier peut le lire.</translation>
    </message>
    <message>
        <source>Appl&amp;y decisions</source>
        <translation>Appli&amp;quer les décisions</translation>
    </message>
    <message>
        <source>Change {n} cannot be applied: {why}. Decline it.</source>
        <translation>La modification {n} ne peut pas être appliquée&#xa0;: {why}. Refusez-la.</translation>
    </message>
    <message>
        <source>Change {n} needs change {m}, which you declined.</source>
        <translation>La modification {n} dépend de la modification {m}, que vous avez refusée.</translation>
    </message>
    <message>
        <source>Changes applied: {a}; declined: {d}. Declined changes go back to the steward, marked declined, in their next copy.</source>
        <translation>Modifications appliquées : {a} ; refusées : {d}. Les modifications refusées reviennent au représentant, marquées refusées, dans sa prochaine copie.</translation>
    </message>
    <message>
        <source>Changes in the report</source>
        <translation>Modifications du rapport</translation>
    </message>
    <message>
        <source>Decide every change first ({n} left).</source>
        <translation>Décidez d&apos;abord de chaque modification (reste {n}).</translation>
    </message>
    <message>
        <source>Decline all</source>
        <translation>Tout refuser</translation>
    </message>
    <message>
        <source>Every change with its state, the three values and your decisions so far, on paper for the committee meeting</source>
        <translation>Chaque modification avec son état, les trois valeurs et vos décisions jusqu&apos;ici, sur papier pour la réunion du comité</translation>
    </message>
    <message>
        <source>Report from {steward}, written {written}. Changes: {n}; conflicts: {conflicts}. Nothing is written until you apply your decisions.</source>
        <translation>Rapport de {steward}, écrit le {written}. Modifications : {n} ; conflits : {conflicts}. Rien n&apos;est écrit avant que vous appliquiez vos décisions.</translation>
    </message>
    <message>
        <source>Review a field report</source>
        <translation>Examiner un rapport de terrain</translation>
    </message>
    <message>
        <source>Review sheet saved: {path}</source>
        <translation>Fiche d&apos;examen enregistrée : {path}</translation>
    </message>
    <message>
        <source>Save a PDF with coworkers&apos; full names without a password?</source>
        <translation>Enregistrer sans mot de passe un PDF avec les noms complets des collègues&#xa0;?</translation>
    </message>
    <message>
        <source>Save review &amp;sheet (PDF)…</source>
        <translation>Enregistrer la &amp;fiche d&apos;examen (PDF)…</translation>
    </message>
    <message>
        <source>Saving the review sheet…</source>
        <translation>Enregistrement de la fiche d&apos;examen…</translation>
    </message>
    <message>
        <source>Take the &amp;steward&apos;s</source>
        <translation>Prendre celle du &amp;représentant</translation>
    </message>
    <message>
        <source>The review sheet could not be saved. Check the folder and try again.</source>
        <translation>La fiche d&apos;examen n&apos;a pas pu être enregistrée. Vérifiez le dossier et réessayez.</translation>
    </message>
    <message>
        <source>Values of the change</source>
        <translation>Valeurs de la modification</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Imported: {add} added, {upd} updated, {merged} merged, {skip} skipped.</source>
        <translation>Importé&#xa0;: {add} ajoutés, {upd} mis à jour, {merged} fusionnés, {skip} ignorés.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Importing… the vault changes only when all rows are in.</source>
        <translation>Importation… le coffre-fort ne change que lorsque toutes les lignes sont intégrées.</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed.</source>
        <translation>L&apos;import a échoué et rien n&apos;a été changé.</translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <source>%1 to %2 levels, strongest support at the top; ticked levels count as support (now: %3). Taking a level off the scale never changes its history: it reads as the level you choose.</source>
        <translation>De %1 à %2 niveaux, le soutien le plus fort en haut&#xa0;; les niveaux cochés comptent comme soutien (actuellement&#xa0;: %3). Retirer un niveau de l&apos;échelle ne change jamais son historique&#xa0;: il se lit comme le niveau que vous choisissez.</translation>
    </message>
    <message>
        <source>&amp;Add a level</source>
        <translation>&amp;Ajouter un niveau</translation>
    </message>
    <message>
        <source>1 is the strongest opposition</source>
        <translation>1 est l&apos;opposition la plus forte</translation>
    </message>
    <message>
        <source>1 is the strongest support</source>
        <translation>1 est le soutien le plus fort</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Counts as support</source>
        <translation>Compte comme soutien</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Label of level %1</source>
        <translation>Libellé du niveau %1</translation>
    </message>
    <message>
        <source>Label of unassessed</source>
        <translation>Libellé de «&#xa0;non évalué&#xa0;»</translation>
    </message>
    <message>
        <source>Meaning of level %1</source>
        <translation>Sens du niveau %1</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>N&amp;umbers:</source>
        <translation>N&amp;uméros&#xa0;:</translation>
    </message>
    <message>
        <source>New level</source>
        <translation>Nouveau niveau</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Numérotation</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>What %1 reads as</source>
        <translation>Ce que %1 représente</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>its history reads as</source>
        <translation>son historique se lit comme</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Nothing matches. Search looks at names, job titles, shifts, languages, notes, conversations, grievances and areas. Case and accents do not matter, and names can be typed in plain letters: lukasz finds Łukasz, strasse Straße, ivan Иван.</source>
        <translation>Aucun résultat. La recherche porte sur les noms, postes, équipes, langues, notes, conversations, réclamations et secteurs. Majuscules et accents n&apos;ont pas d&apos;importance, et les noms peuvent être tapés en lettres simples&#xa0;: lukasz trouve Łukasz, strasse Straße, ivan Иван.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search is not available in this version yet.</source>
        <translation>La recherche n&apos;est pas encore disponible dans cette version.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Still indexing the copy&apos;s one-on-one notes: some conversations may be missing. Search again in a moment.</source>
        <translation>Indexation des notes de tête-à-tête de la copie en cours&#xa0;: certaines conversations peuvent manquer. Relancez la recherche dans un instant.</translation>
    </message>
    <message>
        <source>Type in the search box and press Enter.</source>
        <translation>Tapez dans la zone de recherche et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>{n} found. Press Enter or double-click to open one.</source>
        <translation>{n} trouvé(s). Appuyez sur Entrée ou double-cliquez pour en ouvrir un.</translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message numerus="yes">
        <source>%n checks failed: reinstall Forum Kit.</source>
        <translation>
            <numerusform>%n vérification échouée : réinstallez Forum Kit.</numerusform>
            <numerusform>%n vérifications échouées : réinstallez Forum Kit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything needed is in place.</source>
        <translation>Tout le nécessaire est en place.</translation>
    </message>
    <message>
        <source>Forum Kit self-check (Qt platform: {platform})</source>
        <translation>Autovérification de Forum Kit (plateforme Qt&#xa0;: {platform})</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>charts</source>
        <translation>graphiques</translation>
    </message>
    <message>
        <source>encryption</source>
        <translation>chiffrement</translation>
    </message>
    <message>
        <source>licences</source>
        <translation>licences</translation>
    </message>
    <message>
        <source>memory after a lock</source>
        <translation>mémoire après un verrouillage</translation>
    </message>
    <message>
        <source>no application icon in the resources folder</source>
        <translation>aucune icône d&apos;application dans le dossier des ressources</translation>
    </message>
    <message>
        <source>no licence texts in the resources folder</source>
        <translation>aucun texte de licence dans le dossier des ressources</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>impression</translation>
    </message>
    <message>
        <source>program files</source>
        <translation>fichiers du programme</translation>
    </message>
    <message>
        <source>vault schema</source>
        <translation>schéma du coffre-fort</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Setting &apos;{key}&apos; must be a {name}.</source>
        <translation>Le paramètre &apos;{key}&apos; doit être de type {name}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; must be at least {minimum}.</source>
        <translation>Le paramètre &apos;{key}&apos; doit valoir au moins {minimum}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; must be at most {maximum}.</source>
        <translation>Le paramètre &apos;{key}&apos; doit valoir au plus {maximum}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; must be one of: {choices}.</source>
        <translation>Le paramètre &apos;{key}&apos; doit être l&apos;un de&#xa0;: {choices}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; needs a value.</source>
        <translation>Le paramètre &apos;{key}&apos; a besoin d&apos;une valeur.</translation>
    </message>
    <message>
        <source>Unknown setting &apos;{key}&apos;.</source>
        <translation>Paramètre inconnu &apos;{key}&apos;.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Lock after idle (minutes)</source>
        <translation>&amp;Verrouiller après inactivité (minutes)</translation>
    </message>
    <message>
        <source>&amp;Nobody</source>
        <translation>Perso&amp;nne</translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation>(personne n&apos;est choisi)</translation>
    </message>
    <message>
        <source>(none: ask each time)</source>
        <translation>(aucun&#xa0;: demander à chaque fois)</translation>
    </message>
    <message>
        <source>A new language applies the next time Forum Kit starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Forum Kit.</translation>
    </message>
    <message>
        <source>Assessment is &amp;stale after (days)</source>
        <translation>L&apos;évaluation e&amp;st périmée après (jours)</translation>
    </message>
    <message>
        <source>Assessment scale</source>
        <translation>Échelle d&apos;évaluation</translation>
    </message>
    <message>
        <source>Automatic &amp;backup every (hours)</source>
        <translation>Sauvegarde &amp;automatique toutes les (heures)</translation>
    </message>
    <message>
        <source>Automatic backups &amp;kept</source>
        <translation>Sauvegardes automatiques c&amp;onservées</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>Changer la &amp;phrase de passe…</translation>
    </message>
    <message>
        <source>Deadline is &amp;due soon within (working days)</source>
        <translation>Le &amp;délai est proche à moins de (jours ouvrés)</translation>
    </message>
    <message>
        <source>Default &amp;workplace</source>
        <translation>Lieu de &amp;travail par défaut</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Make a new &amp;recovery key…</source>
        <translation>Créer une nouvelle &amp;clé de récupération…</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <source>The person in this vault who uses it: preselected as who talked in a one-on-one, and recorded as who made an assessment.</source>
        <translation>La personne de ce coffre-fort qui l&apos;utilise&#xa0;: présélectionnée comme celle qui a parlé dans un tête-à-tête, et enregistrée comme auteur·rice des évaluations.</translation>
    </message>
    <message>
        <source>The scale cannot be edited yet.</source>
        <translation>L&apos;échelle ne peut pas encore être modifiée.</translation>
    </message>
    <message>
        <source>Vault and me</source>
        <translation>Coffre-fort et moi</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Unknown setting &apos;{key}&apos;.</source>
        <translation>Paramètre inconnu &apos;{key}&apos;.</translation>
    </message>
</context>
<context>
    <name>SmallNumbers</name>
    <message>
        <source>at least {n}</source>
        <translation>au moins {n}</translation>
    </message>
    <message>
        <source>fewer than {n}</source>
        <translation>moins de {n}</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <source>A&amp;ppeal to next step…</source>
        <translation>Faire a&amp;ppel à l&apos;étape suivante…</translation>
    </message>
    <message>
        <source>Add e&amp;xtension…</source>
        <translation>Ajouter une prolon&amp;gation…</translation>
    </message>
    <message>
        <source>Appeal filed on:</source>
        <translation>Appel déposé le&#xa0;:</translation>
    </message>
    <message>
        <source>Appeal to the next step</source>
        <translation>Faire appel à l&apos;étape suivante</translation>
    </message>
    <message>
        <source>Appealed; deadlines recomputed from the contract.</source>
        <translation>Appel fait&#xa0;; délais recalculés d&apos;après la convention collective.</translation>
    </message>
    <message>
        <source>Current step: {step} (contract: {contract})</source>
        <translation>Étape actuelle&#xa0;: {step} (convention&#xa0;: {contract})</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Employer&apos;s answer deadline</source>
        <translation>Délai de réponse de l&apos;employeur</translation>
    </message>
    <message>
        <source>Extension recorded; the deadline moved.</source>
        <translation>Prolongation enregistrée&#xa0;; le délai a changé.</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Prolongations</translation>
    </message>
    <message>
        <source>Filing / appeal deadline</source>
        <translation>Délai de dépôt / d&apos;appel</translation>
    </message>
    <message>
        <source>Open deadlines</source>
        <translation>Délais ouverts</translation>
    </message>
    <message>
        <source>Record &amp;answer…</source>
        <translation>Enregistrer la &amp;réponse…</translation>
    </message>
    <message>
        <source>Record &amp;filing…</source>
        <translation>Enregistrer le &amp;dépôt…</translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation>Enregistrer la réponse</translation>
    </message>
    <message>
        <source>Record filing</source>
        <translation>Enregistrer le dépôt</translation>
    </message>
    <message>
        <source>Recorded; deadlines recomputed.</source>
        <translation>Enregistré&#xa0;; délais recalculés.</translation>
    </message>
    <message>
        <source>Step history</source>
        <translation>Historique des étapes</translation>
    </message>
    <message>
        <source>Written extensions</source>
        <translation>Prolongations écrites</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>It contains common words, keyboard runs or repeated characters.</source>
        <translation>Elle contient des mots courants, des suites de touches ou des caractères répétés.</translation>
    </message>
    <message>
        <source>It uses only a few different characters.</source>
        <translation>Elle n&apos;utilise que peu de caractères différents.</translation>
    </message>
    <message>
        <source>Long and varied.</source>
        <translation>Longue et variée.</translation>
    </message>
    <message>
        <source>Too short: use at least {n} characters.</source>
        <translation>Trop courte&#xa0;: utilisez au moins {n} caractères.</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Tapez une phrase de passe.</translation>
    </message>
    <message>
        <source>Use several unrelated words, or mix letters, digits and symbols.</source>
        <translation>Utilisez plusieurs mots sans rapport, ou mélangez lettres, chiffres et symboles.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Solide</translation>
    </message>
    <message>
        <source>Use at least 12 characters; four or more unrelated words are easy to remember and hard to guess.</source>
        <translation>Utilisez au moins 12 caractères&#xa0;; quatre mots sans rapport ou plus sont faciles à retenir et difficiles à deviner.</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
</context>
<context>
    <name>StrengthWords</name>
    <message numerus="yes">
        <source>%n unrelated words; each extra word makes it much stronger.</source>
        <translation>
            <numerusform>%n mot sans rapport&#xa0;; chaque mot de plus la rend bien plus solide.</numerusform>
            <numerusform>%n mots sans rapport&#xa0;; chaque mot de plus la rend bien plus solide.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StructureTestDialog</name>
    <message>
        <source>Structure tests</source>
        <translation>Tests de structure</translation>
    </message>
</context>
<context>
    <name>StructureTestLists</name>
    <message>
        <source>below</source>
        <translation>en dessous</translation>
    </message>
    <message>
        <source>meets it</source>
        <translation>atteint</translation>
    </message>
</context>
<context>
    <name>StructureTestPanel</name>
    <message>
        <source>&amp;Create test</source>
        <translation>&amp;Créer un test</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>Area to record</source>
        <translation>Secteur à enregistrer</translation>
    </message>
    <message>
        <source>Create a test to start recording.</source>
        <translation>Créez un test pour commencer à enregistrer.</translation>
    </message>
    <message>
        <source>Keys: P participated · A asked · R refused (moves to the next person).</source>
        <translation>Légende&#xa0;: P a participé · A demandé · R a refusé (passe à la personne suivante).</translation>
    </message>
    <message>
        <source>New structure test</source>
        <translation>Nouveau test de structure</translation>
    </message>
    <message>
        <source>People asked</source>
        <translation>Personnes sollicitées</translation>
    </message>
    <message>
        <source>Record in &amp;area:</source>
        <translation>Enregistrer dans le &amp;secteur&#xa0;:</translation>
    </message>
    <message>
        <source>Results by area</source>
        <translation>Résultats par secteur</translation>
    </message>
    <message>
        <source>Structure tests</source>
        <translation>Tests de structure</translation>
    </message>
    <message>
        <source>T&amp;hreshold:</source>
        <translation>Se&amp;uil&#xa0;:</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Objectif&#xa0;:</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Whole workplace</source>
        <translation>Tout le lieu de travail</translation>
    </message>
    <message>
        <source>below the threshold</source>
        <translation>sous le seuil</translation>
    </message>
    <message>
        <source>meets the threshold</source>
        <translation>atteint le seuil</translation>
    </message>
    <message>
        <source>{name}: {p} of {n} participated ({pct:.0f} %), threshold {t} % — {verdict}</source>
        <translation>{name}&#xa0;: {p} sur {n} ont participé ({pct:.0f}&#xa0;%), seuil {t}&#xa0;% — {verdict}</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Fill in the form first.</source>
        <translation>Remplissez d&apos;abord le formulaire.</translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <source>, decided {how}</source>
        <translation>, décidé {how}</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source> Not saved yet.</source>
        <translation> Pas encore enregistré.</translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation>&amp;Convention&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Insert field</source>
        <translation>&amp;Insérer un champ</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Lettre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Back to the &amp;default…</source>
        <translation>Revenir au texte par &amp;défaut…</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Fields are filled from the case when a letter is made. Write {{ and }} for a brace.</source>
        <translation>Les champs sont remplis à partir du dossier quand une lettre est créée. Écrivez {{ et }} pour une accolade.</translation>
    </message>
    <message>
        <source>Letter te&amp;xt:</source>
        <translation>Te&amp;xte de la lettre&#xa0;:</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Modèles de lettres</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Texte de la lettre</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Saved: letters of this kind under this contract use it now.</source>
        <translation>Enregistré&#xa0;: les lettres de ce type sous cette convention l&apos;utilisent désormais.</translation>
    </message>
    <message>
        <source>Set up a contract first (“Contract…” on the Grievances page).</source>
        <translation>Configurez d&apos;abord une convention («&#xa0;Convention…&#xa0;» sur la page Réclamations).</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>The default wording</source>
        <translation>Le texte par défaut</translation>
    </message>
    <message>
        <source>This contract&apos;s own wording</source>
        <translation>Le texte propre à cette convention</translation>
    </message>
    <message>
        <source>the default wording is used again</source>
        <translation>le texte par défaut est de nouveau utilisé</translation>
    </message>
    <message>
        <source>the subject and text typed since the last save</source>
        <translation>l&apos;objet et le texte saisis depuis le dernier enregistrement</translation>
    </message>
    <message>
        <source>this contract&apos;s own wording of this letter</source>
        <translation>le texte propre à cette convention pour cette lettre</translation>
    </message>
    <message>
        <source>your changes to this template</source>
        <translation>vos modifications de ce modèle</translation>
    </message>
    <message>
        <source>✓ Every field is known.</source>
        <translation>✓ Tous les champs sont connus.</translation>
    </message>
</context>
<context>
    <name>TileMap</name>
    <message>
        <source>Committee: </source>
        <translation>Comité&#xa0;: </translation>
    </message>
    <message>
        <source>No areas yet: add them beside the picture.</source>
        <translation>Pas encore de secteurs&#xa0;: ajoutez-les à côté de l&apos;image.</translation>
    </message>
    <message>
        <source>Organic leaders: </source>
        <translation>Leaders naturels&#xa0;: </translation>
    </message>
    <message>
        <source>Picture of the workplace</source>
        <translation>Image du lieu de travail</translation>
    </message>
    <message>
        <source>Zone: </source>
        <translation>Zone&#xa0;: </translation>
    </message>
    <message>
        <source>blue lines: ties between areas (how many)</source>
        <translation>lignes bleues&#xa0;: liens entre secteurs (combien)</translation>
    </message>
    <message>
        <source>green border: free zone, red dashes: danger zone</source>
        <translation>bordure verte&#xa0;: zone libre, tirets rouges&#xa0;: zone à risque</translation>
    </message>
    <message>
        <source>hatched: committee below 1 in 10</source>
        <translation>hachuré&#xa0;: comité sous 1 pour 10</translation>
    </message>
    <message>
        <source>no one mapped</source>
        <translation>personne de cartographié</translation>
    </message>
    <message>
        <source>★ an organic leader</source>
        <translation>★ un leader naturel</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>&amp;Body in this vault:</source>
        <translation>&amp;Instance dans ce coffre-fort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>&amp;Carte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;Empreinte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Is a:</source>
        <translation>E&amp;st un·e&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name here:</source>
        <translation>&amp;Nom ici&#xa0;:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Leave empty to use the card&apos;s name</source>
        <translation>Laissez vide pour utiliser le nom de la carte</translation>
    </message>
    <message>
        <source>Paste the card: &apos;Forum Kit public key card v1&apos; …</source>
        <translation>Collez la carte&#xa0;: &apos;Forum Kit public key card v1&apos; …</translation>
    </message>
    <message>
        <source>Trust a key card</source>
        <translation>Faire confiance à une carte de clé</translation>
    </message>
    <message>
        <source>Type the fingerprint you compared</source>
        <translation>Tapez l&apos;empreinte que vous avez comparée</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>Not enough memory to derive the key. Close other programs and try again.</source>
        <translation>Pas assez de mémoire pour dériver la clé. Fermez d&apos;autres programmes et réessayez.</translation>
    </message>
    <message>
        <source>The vault could not be opened (unexpected {name}). Nothing was changed.</source>
        <translation>Le coffre-fort n&apos;a pas pu être ouvert ({name} inattendu). Rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>Wrong passphrase — try again</source>
        <translation>Phrase de passe incorrecte — réessayez</translation>
    </message>
    <message>
        <source>Wrong recovery key — try again</source>
        <translation>Clé de récupération incorrecte — réessayez</translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <source>&amp;Back</source>
        <translation>Re&amp;tour</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>Clé de &amp;récupération</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Demo vault: the passphrase is &apos;{p}&apos;</source>
        <translation>Coffre-fort de démonstration&#xa0;: la phrase de passe est &apos;{p}&apos;</translation>
    </message>
    <message>
        <source>Deriving the key… this takes about a second.</source>
        <translation>Dérivation de la clé… cela prend environ une seconde.</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Tapez d&apos;abord la phrase de passe.</translation>
    </message>
    <message>
        <source>Unlock “{name}”</source>
        <translation>Déverrouiller «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation>Utiliser plutôt la clé de &amp;récupération</translation>
    </message>
</context>
<context>
    <name>VoteTally</name>
    <message>
        <source>For</source>
        <comment>votes for a motion</comment>
        <translation>Pour</translation>
    </message>
</context>
<context>
    <name>WalkthroughDialog</name>
    <message>
        <source>&amp;Area name:</source>
        <translation>Nom du &amp;secteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Bring in a chart…</source>
        <translation>&amp;Importer une cartographie…</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>E&amp;mployeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>P&amp;rénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save and continue</source>
        <translation>&amp;Enregistrer et continuer</translation>
    </message>
    <message>
        <source>&amp;Save the one-on-one</source>
        <translation>&amp;Enregistrer le tête-à-tête</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>&amp;Lieu de travail&#xa0;:</translation>
    </message>
    <message>
        <source>1. Your workplace</source>
        <translation>1. Votre lieu de travail</translation>
    </message>
    <message>
        <source>2. Your first area</source>
        <translation>2. Votre premier secteur</translation>
    </message>
    <message>
        <source>3. The first people</source>
        <translation>3. Les premières personnes</translation>
    </message>
    <message>
        <source>4. Your first one-on-one</source>
        <translation>4. Votre premier tête-à-tête</translation>
    </message>
    <message>
        <source>A new workplace</source>
        <translation>Un nouveau lieu de travail</translation>
    </message>
    <message>
        <source>A&amp;dd this person</source>
        <translation>&amp;Ajouter cette personne</translation>
    </message>
    <message>
        <source>Add at least one person, or bring in a chart.</source>
        <translation>Ajoutez au moins une personne, ou importez une cartographie.</translation>
    </message>
    <message>
        <source>Add the coworkers you know, one by one, with their &lt;b&gt;personal&lt;/b&gt; phone (never a work one) and where you think they stand. Or bring in a chart you already keep as a spreadsheet (CSV, XLSX or ODS): the import shows every row before it writes.</source>
        <translation>Ajoutez les collègues que vous connaissez, un par un, avec leur téléphone &lt;b&gt;personnel&lt;/b&gt; (jamais celui du travail) et où ils en sont selon vous. Ou importez une cartographie que vous tenez déjà dans un tableur (CSV, XLSX ou ODS)&#xa0;: l&apos;importation montre chaque ligne avant d&apos;écrire quoi que ce soit.</translation>
    </message>
    <message>
        <source>Assess&amp;ment:</source>
        <translation>Éval&amp;uation&#xa0;:</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Four short steps set up your chart, each saved as soon as you do it:&lt;ol&gt;&lt;li&gt;your &lt;b&gt;workplace&lt;/b&gt;;&lt;/li&gt;&lt;li&gt;your first &lt;b&gt;area&lt;/b&gt; (a department, line, shift or ward);&lt;/li&gt;&lt;li&gt;the first &lt;b&gt;people&lt;/b&gt;, typed in or brought in from a chart you already keep;&lt;/li&gt;&lt;li&gt;your first &lt;b&gt;one-on-one&lt;/b&gt;, the AEIOU way.&lt;/li&gt;&lt;/ol&gt;Skip it whenever you like: what you saved stays. Press F1 on any page for its part of the guide.&lt;br&gt;&lt;br&gt;Before the first name: coworkers&apos; jobs can depend on this chart. Keep it on your own computer, never on the employer&apos;s, and read &lt;b&gt;Safety first&lt;/b&gt; (Help menu).</source>
        <translation>Quatre courtes étapes mettent en place votre cartographie, chacune enregistrée dès que vous l&apos;avez faite&#xa0;:&lt;ol&gt;&lt;li&gt;votre &lt;b&gt;lieu de travail&lt;/b&gt;&#xa0;;&lt;/li&gt;&lt;li&gt;votre premier &lt;b&gt;secteur&lt;/b&gt; (un service, une ligne, une équipe ou une unité)&#xa0;;&lt;/li&gt;&lt;li&gt;les premières &lt;b&gt;personnes&lt;/b&gt;, saisies à la main ou importées d&apos;une cartographie que vous tenez déjà&#xa0;;&lt;/li&gt;&lt;li&gt;votre premier &lt;b&gt;tête-à-tête&lt;/b&gt;, selon la méthode AEIOU.&lt;/li&gt;&lt;/ol&gt;Vous pouvez arrêter quand vous voulez&#xa0;: ce que vous avez enregistré reste. Appuyez sur F1 sur n&apos;importe quelle page pour ouvrir sa partie du guide.&lt;br&gt;&lt;br&gt;Avant le premier nom&#xa0;: l&apos;emploi de vos collègues peut dépendre de cette cartographie. Gardez-la sur votre propre ordinateur, jamais sur celui de l&apos;employeur, et lisez &lt;b&gt;La sécurité avant tout&lt;/b&gt; (menu Aide).</translation>
    </message>
    <message>
        <source>Log a conversation you had: what they are angry about (&lt;b&gt;Agitate&lt;/b&gt;), what would fix it and who decides (&lt;b&gt;Educate&lt;/b&gt;), what the boss will do next (&lt;b&gt;Inoculate&lt;/b&gt;), the &lt;b&gt;ask&lt;/b&gt; and their &lt;b&gt;answer&lt;/b&gt;, how they connect to the group (&lt;b&gt;Unite&lt;/b&gt;), and where they stand now.</source>
        <translation>Notez une conversation que vous avez eue&#xa0;: ce qui met la personne en colère (&lt;b&gt;Agiter&lt;/b&gt;), ce qui réglerait le problème et qui décide (&lt;b&gt;Éduquer&lt;/b&gt;), ce que la direction va faire ensuite (&lt;b&gt;Inoculer&lt;/b&gt;), la &lt;b&gt;demande&lt;/b&gt; et sa &lt;b&gt;réponse&lt;/b&gt;, comment la relier au groupe (&lt;b&gt;Unir&lt;/b&gt;), et où elle en est maintenant.</translation>
    </message>
    <message>
        <source>Map the workplace as its workers know it: a department, a line, a shift, a ward. Start with the area you work in; on the Map, &lt;b&gt;Add below&lt;/b&gt; goes deeper (department, then line, then shift).</source>
        <translation>Cartographiez le lieu de travail tel que les salarié·es le connaissent&#xa0;: un service, une ligne, une équipe, une unité. Commencez par le secteur où vous travaillez&#xa0;; sur la Carte, &lt;b&gt;Ajouter en dessous&lt;/b&gt; descend d&apos;un niveau (service, puis ligne, puis équipe).</translation>
    </message>
    <message>
        <source>Next: map the other areas on the &lt;b&gt;Map&lt;/b&gt;, read &lt;b&gt;Safety first&lt;/b&gt; in the guide (Help), and keep talking: each one-on-one you log moves the Map&apos;s figures.</source>
        <translation>Ensuite&#xa0;: cartographiez les autres secteurs sur la &lt;b&gt;Carte&lt;/b&gt;, lisez &lt;b&gt;La sécurité avant tout&lt;/b&gt; dans le guide (Aide), et continuez à parler avec vos collègues&#xa0;: chaque tête-à-tête noté fait bouger les chiffres de la Carte.</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Pas encore évalué·e</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>People in this workplace</source>
        <translation>Personnes de ce lieu de travail</translation>
    </message>
    <message numerus="yes">
        <source>People in this workplace so far: %n</source>
        <translation>
            <numerusform>Personnes de ce lieu de travail pour l&apos;instant&#xa0;: %n</numerusform>
            <numerusform>Personnes de ce lieu de travail pour l&apos;instant&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: a workplace, an area, %n person(s) and a one-on-one.</source>
        <translation>
            <numerusform>Enregistré&#xa0;: un lieu de travail, un secteur, %n personne et un tête-à-tête.</numerusform>
            <numerusform>Enregistré&#xa0;: un lieu de travail, un secteur, %n personnes et un tête-à-tête.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ski&amp;p the walk-through</source>
        <translation>&amp;Passer la visite guidée</translation>
    </message>
    <message numerus="yes">
        <source>Step %n of 4</source>
        <translation>
            <numerusform>Étape %n sur 4</numerusform>
            <numerusform>Étape %n sur 4</numerusform>
        </translation>
    </message>
    <message>
        <source>The site you organise: a depot, a hospital, a call centre. The Map shows one workplace at a time; add others later with &lt;b&gt;Add workplace&lt;/b&gt;.</source>
        <translation>Le site que vous organisez&#xa0;: un dépôt, un hôpital, un centre d&apos;appels. La Carte montre un lieu de travail à la fois&#xa0;; ajoutez-en d&apos;autres plus tard avec &lt;b&gt;Ajouter un lieu de travail&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Welcome to your new vault</source>
        <translation>Bienvenue dans votre nouveau coffre-fort</translation>
    </message>
    <message>
        <source>What you saved stays; the walk-through is not offered again (Help &gt; First steps opens it).</source>
        <translation>Ce que vous avez enregistré reste&#xa0;; la visite guidée ne sera plus proposée (Aide &gt; Premiers pas l&apos;ouvre).</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Lieu de travail</translation>
    </message>
    <message>
        <source>Your chart has begun</source>
        <translation>Votre cartographie est lancée</translation>
    </message>
    <message>
        <source>e.g. Loading bay</source>
        <translation>par ex. Quai de chargement</translation>
    </message>
    <message>
        <source>e.g. Parcelco Ltd (optional)</source>
        <translation>par ex. Parcelco SAS (facultatif)</translation>
    </message>
    <message>
        <source>e.g. Riverside depot</source>
        <translation>par ex. Dépôt des Berges</translation>
    </message>
    <message>
        <source>e.g. department, line, shift, ward</source>
        <translation>par ex. service, ligne, équipe, unité</translation>
    </message>
    <message>
        <source>personal phone (optional)</source>
        <translation>téléphone personnel (facultatif)</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>This folder is synced by {service}. The vault stays encrypted, but the synced copy leaves this computer, and pages deleted from it may persist in the service&apos;s file history. Use a folder that is not synced unless you mean this.</source>
        <translation>Ce dossier est synchronisé par {service}. Le coffre-fort reste chiffré, mais la copie synchronisée quitte cet ordinateur, et les pages qui en sont supprimées peuvent subsister dans l&apos;historique des fichiers du service. Utilisez un dossier non synchronisé, sauf si c&apos;est voulu.</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Create new</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Creating the vault and deriving its keys…</source>
        <translation>Création du coffre-fort et dérivation de ses clés…</translation>
    </message>
    <message>
        <source>Forum Kit</source>
        <translation>Forum Kit</translation>
    </message>
    <message>
        <source>Made-up people in many languages, to look around safely.</source>
        <translation>Des personnes inventées dans de nombreuses langues, pour explorer sans risque.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Try the &amp;demo vault</source>
        <translation>Essayer le coffre-fort de &amp;démonstration</translation>
    </message>
    <message>
        <source>Your organising records, encrypted on this computer.</source>
        <translation>Vos données d&apos;organisation, chiffrées sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>WordsBox</name>
    <message>
        <source>Forum Kit has no leaflet words in &apos;{code}&apos; yet. Write each one in that language (missing: {n}).</source>
        <translation>Forum Kit n&apos;a pas encore les mots des tracts en &apos;{code}&apos;. Écrivez chacun dans cette langue (manquants&#xa0;: {n}).</translation>
    </message>
    <message>
        <source>The words printed besides yours; change any of them.</source>
        <translation>Les mots imprimés à côté des vôtres&#xa0;; modifiez ceux que vous voulez.</translation>
    </message>
</context>
</TS>
