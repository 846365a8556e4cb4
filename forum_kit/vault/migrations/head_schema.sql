-- revision: 0016_confederation
-- written by: python -m forum_kit.vault.template
BEGIN;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
CREATE TABLE vault_meta (
	"key" VARCHAR(64) NOT NULL, 
	value VARCHAR NOT NULL, 
	CONSTRAINT pk_vault_meta PRIMARY KEY ("key")
);
CREATE TABLE assessment_levels (
	level INTEGER NOT NULL, 
	label VARCHAR(60) NOT NULL, 
	colour VARCHAR(9) NOT NULL, 
	definition TEXT NOT NULL, 
	counts_as_support BOOLEAN NOT NULL, 
	counts_as_assessed BOOLEAN NOT NULL, position INTEGER, retired_into INTEGER, 
	CONSTRAINT pk_assessment_levels PRIMARY KEY (level)
);
CREATE TABLE issue_tags (
	id INTEGER NOT NULL, 
	name VARCHAR(80) NOT NULL, uid VARCHAR(32), 
	CONSTRAINT pk_issue_tags PRIMARY KEY (id), 
	CONSTRAINT uq_issue_tags_name UNIQUE (name)
);
CREATE TABLE workplaces (
	id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	employer VARCHAR(200) NOT NULL, 
	address TEXT NOT NULL, 
	notes TEXT NOT NULL, 
	created_on DATE NOT NULL, kind VARCHAR(13) DEFAULT 'workplace' NOT NULL CONSTRAINT ck_workplaces_place_kind CHECK (kind IN ('workplace', 'neighbourhood')), uid VARCHAR(32), 
	CONSTRAINT pk_workplaces PRIMARY KEY (id), 
	CONSTRAINT uq_workplaces_name UNIQUE (name)
);
CREATE TABLE areas (
	id INTEGER NOT NULL, 
	workplace_id INTEGER NOT NULL, 
	parent_id INTEGER, 
	name VARCHAR(200) NOT NULL, 
	kind VARCHAR(60) NOT NULL, 
	position INTEGER NOT NULL, 
	zone VARCHAR(6), 
	hazards TEXT NOT NULL, 
	notes TEXT NOT NULL, zone_note VARCHAR(500) NOT NULL DEFAULT '', uid VARCHAR(32), 
	CONSTRAINT ck_areas_zone CHECK (zone IN ('free', 'danger')), 
	CONSTRAINT fk_areas_parent_id_areas FOREIGN KEY(parent_id) REFERENCES areas (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_areas_workplace_id_workplaces FOREIGN KEY(workplace_id) REFERENCES workplaces (id) ON DELETE CASCADE, 
	CONSTRAINT pk_areas PRIMARY KEY (id), 
	CONSTRAINT uq_areas_workplace_id_parent_id_name UNIQUE (workplace_id, parent_id, name)
);
CREATE TABLE committees (
	id INTEGER NOT NULL, 
	workplace_id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, uid VARCHAR(32), 
	CONSTRAINT fk_committees_workplace_id_workplaces FOREIGN KEY(workplace_id) REFERENCES workplaces (id) ON DELETE CASCADE, 
	CONSTRAINT pk_committees PRIMARY KEY (id), 
	CONSTRAINT uq_committees_workplace_id_name UNIQUE (workplace_id, name)
);
CREATE TABLE contracts (
	id INTEGER NOT NULL, 
	workplace_id INTEGER, 
	name VARCHAR(200) NOT NULL, 
	roll_forward BOOLEAN NOT NULL, 
	weekend_days VARCHAR(7) NOT NULL, uid VARCHAR(32), 
	CONSTRAINT fk_contracts_workplace_id_workplaces FOREIGN KEY(workplace_id) REFERENCES workplaces (id) ON DELETE SET NULL, 
	CONSTRAINT pk_contracts PRIMARY KEY (id), 
	CONSTRAINT uq_contracts_name UNIQUE (name)
);
CREATE TABLE area_headcounts (
	id INTEGER NOT NULL, 
	area_id INTEGER NOT NULL, 
	as_of DATE NOT NULL, 
	headcount INTEGER NOT NULL, uid VARCHAR(32), 
	CONSTRAINT ck_area_headcounts_headcount_not_negative CHECK (headcount >= 0), 
	CONSTRAINT fk_area_headcounts_area_id_areas FOREIGN KEY(area_id) REFERENCES areas (id) ON DELETE CASCADE, 
	CONSTRAINT pk_area_headcounts PRIMARY KEY (id), 
	CONSTRAINT uq_area_headcounts_area_id_as_of UNIQUE (area_id, as_of)
);
CREATE TABLE bodies (
	id INTEGER NOT NULL, 
	kind VARCHAR(7) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	parent_id INTEGER, 
	level VARCHAR(60) NOT NULL, 
	workplace_id INTEGER, 
	area_id INTEGER, 
	recall_rule TEXT NOT NULL, uid VARCHAR(32), 
	CONSTRAINT ck_bodies_body_kind CHECK (kind IN ('forum', 'council')), 
	CONSTRAINT fk_bodies_area_id_areas FOREIGN KEY(area_id) REFERENCES areas (id) ON DELETE SET NULL, 
	CONSTRAINT fk_bodies_parent_id_bodies FOREIGN KEY(parent_id) REFERENCES bodies (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_bodies_workplace_id_workplaces FOREIGN KEY(workplace_id) REFERENCES workplaces (id) ON DELETE SET NULL, 
	CONSTRAINT pk_bodies PRIMARY KEY (id), 
	CONSTRAINT uq_bodies_name UNIQUE (name)
);
CREATE TABLE contacts (
	id INTEGER NOT NULL, 
	workplace_id INTEGER NOT NULL, 
	area_id INTEGER NOT NULL, 
	first_name VARCHAR(200) NOT NULL, 
	last_name VARCHAR(200) NOT NULL, 
	shift VARCHAR(60) NOT NULL, 
	job_title VARCHAR(200) NOT NULL, 
	employment VARCHAR(2), 
	employee_number VARCHAR(60), 
	phone VARCHAR(60) NOT NULL, 
	email VARCHAR(254) NOT NULL, 
	language VARCHAR(60) NOT NULL, 
	sensitive BOOLEAN NOT NULL, 
	organic_leader BOOLEAN NOT NULL, 
	card_signed_on DATE, 
	notes TEXT NOT NULL, 
	added_on DATE NOT NULL, 
	left_on DATE, 
	current_level INTEGER NOT NULL, 
	current_assessed_on DATE, 
	last_contact_on DATE, 
	last_contact_by_id INTEGER, uid VARCHAR(32), 
	CONSTRAINT ck_contacts_employment CHECK (employment IN ('FT', 'PT')), 
	CONSTRAINT ck_contacts_has_name CHECK (length(trim(first_name)) > 0), 
	CONSTRAINT fk_contacts_area_id_areas FOREIGN KEY(area_id) REFERENCES areas (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_contacts_last_contact_by_id_contacts FOREIGN KEY(last_contact_by_id) REFERENCES contacts (id) ON DELETE SET NULL, 
	CONSTRAINT fk_contacts_workplace_id_workplaces FOREIGN KEY(workplace_id) REFERENCES workplaces (id) ON DELETE CASCADE, 
	CONSTRAINT pk_contacts PRIMARY KEY (id), 
	CONSTRAINT uq_contacts_workplace_id_employee_number UNIQUE (workplace_id, employee_number)
);
CREATE TABLE contract_holidays (
	id INTEGER NOT NULL, 
	contract_id INTEGER NOT NULL, 
	day DATE NOT NULL, 
	name VARCHAR(120) NOT NULL, uid VARCHAR(32), 
	CONSTRAINT fk_contract_holidays_contract_id_contracts FOREIGN KEY(contract_id) REFERENCES contracts (id) ON DELETE CASCADE, 
	CONSTRAINT pk_contract_holidays PRIMARY KEY (id), 
	CONSTRAINT uq_contract_holidays_contract_id_day UNIQUE (contract_id, day)
);
CREATE TABLE contract_steps (
	id INTEGER NOT NULL, 
	contract_id INTEGER NOT NULL, 
	ordinal INTEGER NOT NULL, 
	name VARCHAR(80) NOT NULL, 
	answered_by VARCHAR(200) NOT NULL, 
	file_days INTEGER NOT NULL, 
	file_unit VARCHAR(8) NOT NULL, 
	file_from VARCHAR(120) NOT NULL, 
	file_whichever VARCHAR(5) NOT NULL, 
	answer_days INTEGER, 
	answer_unit VARCHAR(8), 
	start_days INTEGER, 
	start_unit VARCHAR(8), 
	start_from VARCHAR(120), 
	start_whichever VARCHAR(5) NOT NULL, uid VARCHAR(32), 
	CONSTRAINT ck_contract_steps_answer_days_not_negative CHECK (answer_days IS NULL OR answer_days >= 0), 
	CONSTRAINT ck_contract_steps_answer_unit CHECK (answer_unit IN ('working', 'calendar')), 
	CONSTRAINT ck_contract_steps_file_days_not_negative CHECK (file_days >= 0), 
	CONSTRAINT ck_contract_steps_file_unit CHECK (file_unit IN ('working', 'calendar')), 
	CONSTRAINT ck_contract_steps_start_unit CHECK (start_unit IN ('working', 'calendar')), 
	CONSTRAINT fk_contract_steps_contract_id_contracts FOREIGN KEY(contract_id) REFERENCES contracts (id) ON DELETE CASCADE, 
	CONSTRAINT pk_contract_steps PRIMARY KEY (id), 
	CONSTRAINT uq_contract_steps_contract_id_ordinal UNIQUE (contract_id, ordinal)
);
CREATE TABLE contract_type_starts (
	id INTEGER NOT NULL, 
	contract_id INTEGER NOT NULL, 
	grievance_type VARCHAR(17) NOT NULL, 
	start_ordinal INTEGER NOT NULL, uid VARCHAR(32), 
	CONSTRAINT ck_contract_type_starts_start_type CHECK (grievance_type IN ('individual', 'group', 'policy', 'discipline', 'health_and_safety')), 
	CONSTRAINT fk_contract_type_starts_contract_id_contracts FOREIGN KEY(contract_id) REFERENCES contracts (id) ON DELETE CASCADE, 
	CONSTRAINT pk_contract_type_starts PRIMARY KEY (id), 
	CONSTRAINT uq_contract_type_starts_contract_id_grievance_type UNIQUE (contract_id, grievance_type)
);
CREATE TABLE structure_tests (
	id INTEGER NOT NULL, 
	workplace_id INTEGER NOT NULL, 
	area_id INTEGER, 
	kind VARCHAR(17) NOT NULL, 
	title VARCHAR(200) NOT NULL, 
	threshold_pct INTEGER NOT NULL, 
	starts_on DATE NOT NULL, 
	ends_on DATE, uid VARCHAR(32), 
	CONSTRAINT ck_structure_tests_structure_test_kind CHECK (kind IN ('petition', 'photo_board', 'button_day', 'march_on_the_boss', 'strike_vote', 'other')), 
	CONSTRAINT ck_structure_tests_threshold_range CHECK (threshold_pct BETWEEN 1 AND 100), 
	CONSTRAINT fk_structure_tests_area_id_areas FOREIGN KEY(area_id) REFERENCES areas (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_structure_tests_workplace_id_workplaces FOREIGN KEY(workplace_id) REFERENCES workplaces (id) ON DELETE CASCADE, 
	CONSTRAINT pk_structure_tests PRIMARY KEY (id)
);
CREATE TABLE committee_memberships (
	id INTEGER NOT NULL, 
	committee_id INTEGER NOT NULL, 
	contact_id INTEGER NOT NULL, 
	role VARCHAR(2) NOT NULL, 
	joined_on DATE NOT NULL, 
	left_on DATE, uid VARCHAR(32), 
	CONSTRAINT ck_committee_memberships_committee_role CHECK (role IN ('C', 'CH')), 
	CONSTRAINT ck_committee_memberships_left_after_join CHECK (left_on IS NULL OR left_on >= joined_on), 
	CONSTRAINT fk_committee_memberships_committee_id_committees FOREIGN KEY(committee_id) REFERENCES committees (id) ON DELETE CASCADE, 
	CONSTRAINT fk_committee_memberships_contact_id_contacts FOREIGN KEY(contact_id) REFERENCES contacts (id) ON DELETE CASCADE, 
	CONSTRAINT pk_committee_memberships PRIMARY KEY (id)
);
CREATE TABLE conversations (
	id INTEGER NOT NULL, 
	contact_id INTEGER NOT NULL, 
	held_on DATE NOT NULL, 
	by_id INTEGER, 
	agitate TEXT NOT NULL, 
	educate TEXT NOT NULL, 
	inoculate TEXT NOT NULL, 
	ask TEXT NOT NULL, 
	answer TEXT NOT NULL, 
	unite TEXT NOT NULL, 
	"plan" TEXT NOT NULL, 
	follow_up_on DATE, 
	follow_up_done BOOLEAN NOT NULL, 
	sensitive BOOLEAN NOT NULL, uid VARCHAR(32), 
	CONSTRAINT fk_conversations_by_id_contacts FOREIGN KEY(by_id) REFERENCES contacts (id) ON DELETE SET NULL, 
	CONSTRAINT fk_conversations_contact_id_contacts FOREIGN KEY(contact_id) REFERENCES contacts (id) ON DELETE CASCADE, 
	CONSTRAINT pk_conversations PRIMARY KEY (id)
);
CREATE TABLE grievances (
	id INTEGER NOT NULL, 
	number VARCHAR(40) NOT NULL, 
	workplace_id INTEGER NOT NULL, 
	area_id INTEGER, 
	contract_id INTEGER NOT NULL, 
	grievance_type VARCHAR(17) NOT NULL, 
	title VARCHAR(200) NOT NULL, 
	who TEXT NOT NULL, 
	what TEXT NOT NULL, 
	"where" TEXT NOT NULL, 
	why TEXT NOT NULL, 
	contract_article VARCHAR(120) NOT NULL, 
	remedy TEXT NOT NULL, 
	incident_on DATE NOT NULL, 
	knew_on DATE, 
	steward_id INTEGER, 
	status VARCHAR(6) NOT NULL, 
	current_step INTEGER NOT NULL, 
	outcome VARCHAR(9), 
	outcome_on DATE, 
	outcome_notes TEXT NOT NULL, 
	sensitive BOOLEAN NOT NULL, 
	opened_on DATE NOT NULL, uid VARCHAR(32), 
	CONSTRAINT ck_grievances_grievance_status CHECK (status IN ('open', 'closed')), 
	CONSTRAINT ck_grievances_grievance_type CHECK (grievance_type IN ('individual', 'group', 'policy', 'discipline', 'health_and_safety')), 
	CONSTRAINT ck_grievances_outcome CHECK (outcome IN ('won', 'settled', 'withdrawn', 'lost', 'lapsed')), 
	CONSTRAINT fk_grievances_area_id_areas FOREIGN KEY(area_id) REFERENCES areas (id) ON DELETE SET NULL, 
	CONSTRAINT fk_grievances_contract_id_contracts FOREIGN KEY(contract_id) REFERENCES contracts (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_grievances_steward_id_contacts FOREIGN KEY(steward_id) REFERENCES contacts (id) ON DELETE SET NULL, 
	CONSTRAINT fk_grievances_workplace_id_workplaces FOREIGN KEY(workplace_id) REFERENCES workplaces (id) ON DELETE CASCADE, 
	CONSTRAINT pk_grievances PRIMARY KEY (id), 
	CONSTRAINT uq_grievances_number UNIQUE (number)
);
CREATE TABLE meetings (
	id INTEGER NOT NULL, 
	body_id INTEGER NOT NULL, 
	held_at DATETIME NOT NULL, 
	place VARCHAR(200) NOT NULL, 
	minutes TEXT NOT NULL, 
	guests INTEGER NOT NULL, uid VARCHAR(32), mandates_due DATE, 
	CONSTRAINT fk_meetings_body_id_bodies FOREIGN KEY(body_id) REFERENCES bodies (id) ON DELETE CASCADE, 
	CONSTRAINT pk_meetings PRIMARY KEY (id)
);
CREATE TABLE social_ties (
	id INTEGER NOT NULL, 
	contact_a_id INTEGER NOT NULL, 
	contact_b_id INTEGER NOT NULL, 
	kind VARCHAR(60) NOT NULL, 
	notes TEXT NOT NULL, uid VARCHAR(32), 
	CONSTRAINT ck_social_ties_ordered_pair CHECK (contact_a_id < contact_b_id), 
	CONSTRAINT fk_social_ties_contact_a_id_contacts FOREIGN KEY(contact_a_id) REFERENCES contacts (id) ON DELETE CASCADE, 
	CONSTRAINT fk_social_ties_contact_b_id_contacts FOREIGN KEY(contact_b_id) REFERENCES contacts (id) ON DELETE CASCADE, 
	CONSTRAINT pk_social_ties PRIMARY KEY (id), 
	CONSTRAINT uq_social_ties_contact_a_id_contact_b_id UNIQUE (contact_a_id, contact_b_id)
);
CREATE TABLE structure_test_outcomes (
	id INTEGER NOT NULL, 
	test_id INTEGER NOT NULL, 
	contact_id INTEGER NOT NULL, 
	outcome VARCHAR(12) NOT NULL, 
	recorded_on DATE NOT NULL, uid VARCHAR(32), 
	CONSTRAINT ck_structure_test_outcomes_outcome CHECK (outcome IN ('asked', 'participated', 'refused')), 
	CONSTRAINT fk_structure_test_outcomes_contact_id_contacts FOREIGN KEY(contact_id) REFERENCES contacts (id) ON DELETE CASCADE, 
	CONSTRAINT fk_structure_test_outcomes_test_id_structure_tests FOREIGN KEY(test_id) REFERENCES structure_tests (id) ON DELETE CASCADE, 
	CONSTRAINT pk_structure_test_outcomes PRIMARY KEY (id), 
	CONSTRAINT uq_structure_test_outcomes_test_id_contact_id UNIQUE (test_id, contact_id)
);
CREATE TABLE agenda_items (
	id INTEGER NOT NULL, 
	meeting_id INTEGER NOT NULL, 
	ordinal INTEGER NOT NULL, 
	title VARCHAR(200) NOT NULL, 
	description TEXT NOT NULL, uid VARCHAR(32), 
	CONSTRAINT fk_agenda_items_meeting_id_meetings FOREIGN KEY(meeting_id) REFERENCES meetings (id) ON DELETE CASCADE, 
	CONSTRAINT pk_agenda_items PRIMARY KEY (id), 
	CONSTRAINT uq_agenda_items_meeting_id_ordinal UNIQUE (meeting_id, ordinal)
);
CREATE TABLE assessments (
	id INTEGER NOT NULL, 
	contact_id INTEGER NOT NULL, 
	level INTEGER NOT NULL, 
	assessed_on DATE NOT NULL, 
	assessed_by_id INTEGER, 
	conversation_id INTEGER, 
	evidence TEXT NOT NULL, uid VARCHAR(32), 
	CONSTRAINT fk_assessments_assessed_by_id_contacts FOREIGN KEY(assessed_by_id) REFERENCES contacts (id) ON DELETE SET NULL, 
	CONSTRAINT fk_assessments_contact_id_contacts FOREIGN KEY(contact_id) REFERENCES contacts (id) ON DELETE CASCADE, 
	CONSTRAINT fk_assessments_conversation_id_conversations FOREIGN KEY(conversation_id) REFERENCES conversations (id) ON DELETE SET NULL, 
	CONSTRAINT fk_assessments_level_assessment_levels FOREIGN KEY(level) REFERENCES assessment_levels (level) ON DELETE RESTRICT, 
	CONSTRAINT pk_assessments PRIMARY KEY (id)
);
CREATE TABLE attachments (
	id INTEGER NOT NULL, 
	grievance_id INTEGER NOT NULL, 
	filename VARCHAR(255) NOT NULL, 
	media_type VARCHAR(120) NOT NULL, 
	size INTEGER NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	added_on DATE NOT NULL, 
	data BLOB NOT NULL, 
	CONSTRAINT fk_attachments_grievance_id_grievances FOREIGN KEY(grievance_id) REFERENCES grievances (id) ON DELETE CASCADE, 
	CONSTRAINT pk_attachments PRIMARY KEY (id)
);
CREATE TABLE conversation_tags (
	conversation_id INTEGER NOT NULL, 
	tag_id INTEGER NOT NULL, 
	CONSTRAINT fk_conversation_tags_conversation_id_conversations FOREIGN KEY(conversation_id) REFERENCES conversations (id) ON DELETE CASCADE, 
	CONSTRAINT fk_conversation_tags_tag_id_issue_tags FOREIGN KEY(tag_id) REFERENCES issue_tags (id) ON DELETE CASCADE, 
	CONSTRAINT pk_conversation_tags PRIMARY KEY (conversation_id, tag_id)
);
CREATE TABLE grievance_events (
	id INTEGER NOT NULL, 
	grievance_id INTEGER NOT NULL, 
	step INTEGER NOT NULL, 
	kind VARCHAR(8) NOT NULL, 
	"on" DATE NOT NULL, 
	notes TEXT NOT NULL, uid VARCHAR(32), 
	CONSTRAINT ck_grievance_events_event_kind CHECK (kind IN ('filed', 'answered')), 
	CONSTRAINT fk_grievance_events_grievance_id_grievances FOREIGN KEY(grievance_id) REFERENCES grievances (id) ON DELETE CASCADE, 
	CONSTRAINT pk_grievance_events PRIMARY KEY (id)
);
CREATE TABLE grievance_extensions (
	id INTEGER NOT NULL, 
	grievance_id INTEGER NOT NULL, 
	step INTEGER NOT NULL, 
	kind VARCHAR(6) NOT NULL, 
	agreed_on DATE NOT NULL, 
	agreed_with VARCHAR(200) NOT NULL, 
	new_date DATE NOT NULL, uid VARCHAR(32), 
	CONSTRAINT ck_grievance_extensions_deadline_kind CHECK (kind IN ('file', 'answer')), 
	CONSTRAINT fk_grievance_extensions_grievance_id_grievances FOREIGN KEY(grievance_id) REFERENCES grievances (id) ON DELETE CASCADE, 
	CONSTRAINT pk_grievance_extensions PRIMARY KEY (id)
);
CREATE TABLE grievance_grievants (
	grievance_id INTEGER NOT NULL, 
	contact_id INTEGER NOT NULL, 
	CONSTRAINT fk_grievance_grievants_contact_id_contacts FOREIGN KEY(contact_id) REFERENCES contacts (id) ON DELETE CASCADE, 
	CONSTRAINT fk_grievance_grievants_grievance_id_grievances FOREIGN KEY(grievance_id) REFERENCES grievances (id) ON DELETE CASCADE, 
	CONSTRAINT pk_grievance_grievants PRIMARY KEY (grievance_id, contact_id)
);
CREATE TABLE meeting_attendance (
	meeting_id INTEGER NOT NULL, 
	contact_id INTEGER NOT NULL, 
	CONSTRAINT fk_meeting_attendance_contact_id_contacts FOREIGN KEY(contact_id) REFERENCES contacts (id) ON DELETE CASCADE, 
	CONSTRAINT fk_meeting_attendance_meeting_id_meetings FOREIGN KEY(meeting_id) REFERENCES meetings (id) ON DELETE CASCADE, 
	CONSTRAINT pk_meeting_attendance PRIMARY KEY (meeting_id, contact_id)
);
CREATE TABLE motions (
	id INTEGER NOT NULL, 
	meeting_id INTEGER NOT NULL, 
	agenda_item_id INTEGER, 
	kind VARCHAR(8) NOT NULL, 
	text TEXT NOT NULL, 
	result VARCHAR(9) NOT NULL, 
	votes_for INTEGER, 
	votes_against INTEGER, 
	abstentions INTEGER, uid VARCHAR(32), 
	CONSTRAINT ck_motions_motion_kind CHECK (kind IN ('ordinary', 'mandate', 'election', 'recall')), 
	CONSTRAINT ck_motions_motion_result CHECK (result IN ('carried', 'lost', 'consensus', 'withdrawn', 'pending')), 
	CONSTRAINT fk_motions_agenda_item_id_agenda_items FOREIGN KEY(agenda_item_id) REFERENCES agenda_items (id) ON DELETE SET NULL, 
	CONSTRAINT fk_motions_meeting_id_meetings FOREIGN KEY(meeting_id) REFERENCES meetings (id) ON DELETE CASCADE, 
	CONSTRAINT pk_motions PRIMARY KEY (id)
);
CREATE TABLE delegates (
	id INTEGER NOT NULL, 
	forum_id INTEGER NOT NULL, 
	council_id INTEGER NOT NULL, 
	contact_id INTEGER, 
	display_name VARCHAR(200) NOT NULL, 
	role VARCHAR(9) NOT NULL, 
	term_start DATE NOT NULL, 
	term_end DATE NOT NULL, 
	elected_by_motion_id INTEGER, 
	recalled_by_motion_id INTEGER, 
	ended_on DATE, uid VARCHAR(32), 
	CONSTRAINT ck_delegates_delegate_role CHECK (role IN ('delegate', 'alternate')), 
	CONSTRAINT fk_delegates_contact_id_contacts FOREIGN KEY(contact_id) REFERENCES contacts (id) ON DELETE SET NULL, 
	CONSTRAINT fk_delegates_council_id_bodies FOREIGN KEY(council_id) REFERENCES bodies (id) ON DELETE CASCADE, 
	CONSTRAINT fk_delegates_elected_by_motion_id_motions FOREIGN KEY(elected_by_motion_id) REFERENCES motions (id) ON DELETE SET NULL, 
	CONSTRAINT fk_delegates_forum_id_bodies FOREIGN KEY(forum_id) REFERENCES bodies (id) ON DELETE CASCADE, 
	CONSTRAINT fk_delegates_recalled_by_motion_id_motions FOREIGN KEY(recalled_by_motion_id) REFERENCES motions (id) ON DELETE SET NULL, 
	CONSTRAINT pk_delegates PRIMARY KEY (id)
);
CREATE TABLE mandates (
	id INTEGER NOT NULL, 
	forum_id INTEGER NOT NULL, 
	agenda_item_id INTEGER NOT NULL, 
	motion_id INTEGER, 
	instruction VARCHAR(7) NOT NULL, 
	red_lines TEXT NOT NULL, 
	figure_to_hold VARCHAR(200) NOT NULL, 
	expires_on DATE, uid VARCHAR(32), 
	CONSTRAINT ck_mandates_instruction CHECK (instruction IN ('for', 'against', 'abstain', 'free')), 
	CONSTRAINT fk_mandates_agenda_item_id_agenda_items FOREIGN KEY(agenda_item_id) REFERENCES agenda_items (id) ON DELETE CASCADE, 
	CONSTRAINT fk_mandates_forum_id_bodies FOREIGN KEY(forum_id) REFERENCES bodies (id) ON DELETE CASCADE, 
	CONSTRAINT fk_mandates_motion_id_motions FOREIGN KEY(motion_id) REFERENCES motions (id) ON DELETE SET NULL, 
	CONSTRAINT pk_mandates PRIMARY KEY (id), 
	CONSTRAINT uq_mandates_forum_id_agenda_item_id UNIQUE (forum_id, agenda_item_id)
);
CREATE TABLE mandate_reports (
	id INTEGER NOT NULL, 
	mandate_id INTEGER NOT NULL, 
	delegate_id INTEGER, 
	carried_out VARCHAR(6) NOT NULL, 
	outcome TEXT NOT NULL, 
	notes TEXT NOT NULL, 
	reported_on DATE NOT NULL, uid VARCHAR(32), 
	CONSTRAINT ck_mandate_reports_carried_out CHECK (carried_out IN ('yes', 'partly', 'no')), 
	CONSTRAINT fk_mandate_reports_delegate_id_delegates FOREIGN KEY(delegate_id) REFERENCES delegates (id) ON DELETE SET NULL, 
	CONSTRAINT fk_mandate_reports_mandate_id_mandates FOREIGN KEY(mandate_id) REFERENCES mandates (id) ON DELETE CASCADE, 
	CONSTRAINT pk_mandate_reports PRIMARY KEY (id), 
	CONSTRAINT uq_mandate_reports_mandate_id UNIQUE (mandate_id)
);
CREATE VIRTUAL TABLE contacts_fts USING fts5("first_name", "last_name", "job_title", "shift", "language", "notes", content='contacts', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE conversations_fts USING fts5("agitate", "educate", "inoculate", "ask", "answer", "unite", "plan", content='conversations', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE grievances_fts USING fts5("number", "title", "who", "what", "where", "why", "remedy", content='grievances', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TABLE vault_keys (
	id INTEGER NOT NULL, 
	display_name VARCHAR(200) NOT NULL, 
	signing_private BLOB NOT NULL, 
	signing_public BLOB NOT NULL, 
	agreement_private BLOB NOT NULL, 
	agreement_public BLOB NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_vault_keys PRIMARY KEY (id)
);
CREATE TABLE trusted_peers (
	id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	kind VARCHAR(7) NOT NULL, 
	signing_public BLOB NOT NULL, 
	agreement_public BLOB NOT NULL, 
	fingerprint BLOB NOT NULL, 
	added_on DATE NOT NULL, 
	last_bundle_at DATETIME, 
	body_id INTEGER, 
	CONSTRAINT ck_trusted_peers_peer_kind CHECK (kind IN ('forum', 'council')), 
	CONSTRAINT fk_trusted_peers_body_id_bodies FOREIGN KEY(body_id) REFERENCES bodies (id) ON DELETE SET NULL, 
	CONSTRAINT pk_trusted_peers PRIMARY KEY (id), 
	CONSTRAINT uq_trusted_peers_fingerprint UNIQUE (fingerprint), 
	CONSTRAINT uq_trusted_peers_name UNIQUE (name)
);
CREATE TABLE received_bundles (
	id INTEGER NOT NULL, 
	bundle_id BLOB NOT NULL, 
	peer_id INTEGER NOT NULL, 
	forum_name VARCHAR(200) NOT NULL, 
	created_at DATETIME NOT NULL, 
	imported_at DATETIME NOT NULL, 
	meeting_date DATE NOT NULL, 
	summary TEXT NOT NULL, 
	CONSTRAINT fk_received_bundles_peer_id_trusted_peers FOREIGN KEY(peer_id) REFERENCES trusted_peers (id) ON DELETE RESTRICT, 
	CONSTRAINT pk_received_bundles PRIMARY KEY (id), 
	CONSTRAINT uq_received_bundles_bundle_id UNIQUE (bundle_id)
);
CREATE TABLE sent_bundles (
	id INTEGER NOT NULL, 
	bundle_id BLOB NOT NULL, 
	peer_id INTEGER NOT NULL, 
	forum_id INTEGER, 
	meeting_date DATE NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT fk_sent_bundles_forum_id_bodies FOREIGN KEY(forum_id) REFERENCES bodies (id) ON DELETE SET NULL, 
	CONSTRAINT fk_sent_bundles_peer_id_trusted_peers FOREIGN KEY(peer_id) REFERENCES trusted_peers (id) ON DELETE CASCADE, 
	CONSTRAINT pk_sent_bundles PRIMARY KEY (id), 
	CONSTRAINT uq_sent_bundles_bundle_id UNIQUE (bundle_id)
);
CREATE TABLE rollup_delegates (
	id INTEGER NOT NULL, 
	peer_id INTEGER NOT NULL, 
	received_id INTEGER NOT NULL, 
	display_name VARCHAR(200) NOT NULL, 
	role VARCHAR(9) NOT NULL, 
	term_start DATE NOT NULL, 
	term_end DATE NOT NULL, 
	recalled BOOLEAN NOT NULL, 
	ended_on DATE, 
	CONSTRAINT ck_rollup_delegates_delegate_role CHECK (role IN ('delegate', 'alternate')), 
	CONSTRAINT fk_rollup_delegates_peer_id_trusted_peers FOREIGN KEY(peer_id) REFERENCES trusted_peers (id) ON DELETE CASCADE, 
	CONSTRAINT fk_rollup_delegates_received_id_received_bundles FOREIGN KEY(received_id) REFERENCES received_bundles (id) ON DELETE CASCADE, 
	CONSTRAINT pk_rollup_delegates PRIMARY KEY (id)
);
CREATE TABLE rollup_mandates (
	id INTEGER NOT NULL, 
	peer_id INTEGER NOT NULL, 
	received_id INTEGER NOT NULL, 
	forum_name VARCHAR(200) NOT NULL, 
	meeting_date DATE NOT NULL, 
	item_ordinal INTEGER NOT NULL, 
	item_title VARCHAR(200) NOT NULL, 
	instruction VARCHAR(7) NOT NULL, 
	red_lines TEXT NOT NULL, 
	figure_to_hold VARCHAR(200) NOT NULL, 
	expires_on DATE, 
	carried_out VARCHAR(6), 
	outcome TEXT NOT NULL, 
	reported_on DATE, decided_basis VARCHAR(20), decided_for INTEGER, decided_against INTEGER, decided_abstain INTEGER, 
	CONSTRAINT ck_rollup_mandates_carried_out CHECK (carried_out IN ('yes', 'partly', 'no')), 
	CONSTRAINT ck_rollup_mandates_instruction CHECK (instruction IN ('for', 'against', 'abstain', 'free')), 
	CONSTRAINT fk_rollup_mandates_peer_id_trusted_peers FOREIGN KEY(peer_id) REFERENCES trusted_peers (id) ON DELETE CASCADE, 
	CONSTRAINT fk_rollup_mandates_received_id_received_bundles FOREIGN KEY(received_id) REFERENCES received_bundles (id) ON DELETE CASCADE, 
	CONSTRAINT pk_rollup_mandates PRIMARY KEY (id), 
	CONSTRAINT uq_rollup_mandates_peer_id_meeting_date_item_ordinal UNIQUE (peer_id, meeting_date, item_ordinal)
);
CREATE TABLE growth_daily (
	area_id INTEGER NOT NULL, 
	day DATE NOT NULL, 
	mapped INTEGER NOT NULL, 
	assessed INTEGER NOT NULL, 
	supporters INTEGER NOT NULL, 
	committee_members INTEGER NOT NULL, 
	committee_helpers INTEGER NOT NULL, 
	one_on_ones_90d INTEGER NOT NULL, 
	follow_ups_due INTEGER NOT NULL, 
	open_grievances INTEGER NOT NULL, 
	CONSTRAINT pk_growth_daily PRIMARY KEY (area_id, day)
)
 WITHOUT ROWID

;
CREATE TABLE growth_dirty (
	area_id INTEGER NOT NULL, 
	since DATE NOT NULL, 
	CONSTRAINT pk_growth_dirty PRIMARY KEY (area_id)
);
CREATE TABLE tag_daily (
	area_id INTEGER NOT NULL, 
	day DATE NOT NULL, 
	tag_id INTEGER NOT NULL, 
	conversations INTEGER NOT NULL, 
	CONSTRAINT pk_tag_daily PRIMARY KEY (area_id, day, tag_id)
)
 WITHOUT ROWID

;
CREATE VIRTUAL TABLE contacts_fold_fts USING fts5(fold, content='', tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE grievances_fold_fts USING fts5(fold, content='', tokenize='unicode61 remove_diacritics 2');
CREATE TABLE letter_templates (
	id INTEGER NOT NULL, 
	contract_id INTEGER NOT NULL, 
	kind VARCHAR(22) NOT NULL, 
	subject VARCHAR(300) NOT NULL, 
	body TEXT NOT NULL, 
	updated_on DATE NOT NULL, 
	CONSTRAINT ck_letter_templates_letter_kind CHECK (kind IN ('filing', 'appeal', 'information', 'extension_request', 'extension_confirmation', 'withdrawal', 'settlement')), 
	CONSTRAINT fk_letter_templates_contract_id_contracts FOREIGN KEY(contract_id) REFERENCES contracts (id) ON DELETE CASCADE, 
	CONSTRAINT pk_letter_templates PRIMARY KEY (id), 
	CONSTRAINT uq_letter_templates_contract_id_kind UNIQUE (contract_id, kind)
);
CREATE TABLE grievance_letters (
	id INTEGER NOT NULL, 
	grievance_id INTEGER NOT NULL, 
	kind VARCHAR(22) NOT NULL, 
	step INTEGER NOT NULL, 
	sent_on DATE NOT NULL, 
	subject VARCHAR(300) NOT NULL, 
	body TEXT NOT NULL, 
	effect VARCHAR(300) NOT NULL, 
	CONSTRAINT ck_grievance_letters_letter_kind CHECK (kind IN ('filing', 'appeal', 'information', 'extension_request', 'extension_confirmation', 'withdrawal', 'settlement')), 
	CONSTRAINT fk_grievance_letters_grievance_id_grievances FOREIGN KEY(grievance_id) REFERENCES grievances (id) ON DELETE CASCADE, 
	CONSTRAINT pk_grievance_letters PRIMARY KEY (id)
);
CREATE TABLE funds (
	id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	workplace_id INTEGER, 
	currency VARCHAR(10) NOT NULL, 
	created_on DATE NOT NULL, 
	notes TEXT NOT NULL, 
	CONSTRAINT fk_funds_workplace_id_workplaces FOREIGN KEY(workplace_id) REFERENCES workplaces (id) ON DELETE SET NULL, 
	CONSTRAINT pk_funds PRIMARY KEY (id), 
	CONSTRAINT uq_funds_name UNIQUE (name)
);
CREATE TABLE time_banks (
	id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	workplace_id INTEGER, 
	floor_minutes INTEGER NOT NULL, 
	rules TEXT NOT NULL, 
	created_on DATE NOT NULL, 
	CONSTRAINT ck_time_banks_floor_not_negative CHECK (floor_minutes >= 0), 
	CONSTRAINT fk_time_banks_workplace_id_workplaces FOREIGN KEY(workplace_id) REFERENCES workplaces (id) ON DELETE SET NULL, 
	CONSTRAINT pk_time_banks PRIMARY KEY (id), 
	CONSTRAINT uq_time_banks_name UNIQUE (name)
);
CREATE TABLE aid_needs (
	id INTEGER NOT NULL, 
	workplace_id INTEGER NOT NULL, 
	area_id INTEGER, 
	contact_id INTEGER, 
	anonymous BOOLEAN NOT NULL, 
	kind VARCHAR(13) NOT NULL, 
	what TEXT NOT NULL, 
	needed_from DATE, 
	needed_by DATE, 
	urgency VARCHAR(6) NOT NULL, 
	visibility VARCHAR(9) NOT NULL, 
	raised_on DATE NOT NULL, 
	status VARCHAR(10) NOT NULL, 
	closed_on DATE, 
	close_reason TEXT NOT NULL, 
	CONSTRAINT ck_aid_needs_aid_kind CHECK (kind IN ('food', 'childcare', 'transport', 'repairs', 'translation', 'money', 'place_to_stay', 'other')), 
	CONSTRAINT ck_aid_needs_anonymous_has_no_member CHECK (NOT anonymous OR contact_id IS NULL), 
	CONSTRAINT ck_aid_needs_closed_has_date CHECK ((status = 'open') = (closed_on IS NULL)), 
	CONSTRAINT ck_aid_needs_need_status CHECK (status IN ('open', 'met', 'partly_met', 'unmet')), 
	CONSTRAINT ck_aid_needs_needed_in_order CHECK (needed_by IS NULL OR needed_from IS NULL OR needed_by >= needed_from), 
	CONSTRAINT ck_aid_needs_urgency CHECK (urgency IN ('low', 'normal', 'urgent')), 
	CONSTRAINT ck_aid_needs_visibility CHECK (visibility IN ('committee', 'assembly', 'named')), 
	CONSTRAINT fk_aid_needs_area_id_areas FOREIGN KEY(area_id) REFERENCES areas (id) ON DELETE SET NULL, 
	CONSTRAINT fk_aid_needs_contact_id_contacts FOREIGN KEY(contact_id) REFERENCES contacts (id) ON DELETE CASCADE, 
	CONSTRAINT fk_aid_needs_workplace_id_workplaces FOREIGN KEY(workplace_id) REFERENCES workplaces (id) ON DELETE CASCADE, 
	CONSTRAINT pk_aid_needs PRIMARY KEY (id)
);
CREATE TABLE aid_offers (
	id INTEGER NOT NULL, 
	workplace_id INTEGER NOT NULL, 
	area_id INTEGER, 
	contact_id INTEGER, 
	anonymous BOOLEAN NOT NULL, 
	kind VARCHAR(13) NOT NULL, 
	what TEXT NOT NULL, 
	available_from DATE, 
	available_until DATE, 
	visibility VARCHAR(9) NOT NULL, 
	offered_on DATE NOT NULL, 
	withdrawn_on DATE, 
	CONSTRAINT ck_aid_offers_aid_kind CHECK (kind IN ('food', 'childcare', 'transport', 'repairs', 'translation', 'money', 'place_to_stay', 'other')), 
	CONSTRAINT ck_aid_offers_anonymous_has_no_member CHECK (NOT anonymous OR contact_id IS NULL), 
	CONSTRAINT ck_aid_offers_available_in_order CHECK (available_until IS NULL OR available_from IS NULL OR available_until >= available_from), 
	CONSTRAINT ck_aid_offers_visibility CHECK (visibility IN ('committee', 'assembly', 'named')), 
	CONSTRAINT fk_aid_offers_area_id_areas FOREIGN KEY(area_id) REFERENCES areas (id) ON DELETE SET NULL, 
	CONSTRAINT fk_aid_offers_contact_id_contacts FOREIGN KEY(contact_id) REFERENCES contacts (id) ON DELETE CASCADE, 
	CONSTRAINT fk_aid_offers_workplace_id_workplaces FOREIGN KEY(workplace_id) REFERENCES workplaces (id) ON DELETE CASCADE, 
	CONSTRAINT pk_aid_offers PRIMARY KEY (id)
);
CREATE TABLE time_accounts (
	id INTEGER NOT NULL, 
	bank_id INTEGER NOT NULL, 
	contact_id INTEGER NOT NULL, 
	opened_on DATE NOT NULL, 
	closed_on DATE, 
	CONSTRAINT ck_time_accounts_closed_after_open CHECK (closed_on IS NULL OR closed_on >= opened_on), 
	CONSTRAINT fk_time_accounts_bank_id_time_banks FOREIGN KEY(bank_id) REFERENCES time_banks (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_time_accounts_contact_id_contacts FOREIGN KEY(contact_id) REFERENCES contacts (id) ON DELETE CASCADE, 
	CONSTRAINT pk_time_accounts PRIMARY KEY (id), 
	CONSTRAINT uq_time_accounts_contact_id_bank_id UNIQUE (contact_id, bank_id)
);
CREATE TABLE aid_matches (
	id INTEGER NOT NULL, 
	need_id INTEGER NOT NULL, 
	offer_id INTEGER, 
	helper_id INTEGER, 
	matched_on DATE NOT NULL, 
	help_on DATE, 
	notes TEXT NOT NULL, 
	follow_up_on DATE, 
	follow_up_done BOOLEAN NOT NULL, 
	CONSTRAINT fk_aid_matches_helper_id_contacts FOREIGN KEY(helper_id) REFERENCES contacts (id) ON DELETE SET NULL, 
	CONSTRAINT fk_aid_matches_need_id_aid_needs FOREIGN KEY(need_id) REFERENCES aid_needs (id) ON DELETE CASCADE, 
	CONSTRAINT fk_aid_matches_offer_id_aid_offers FOREIGN KEY(offer_id) REFERENCES aid_offers (id) ON DELETE SET NULL, 
	CONSTRAINT pk_aid_matches PRIMARY KEY (id)
);
CREATE TABLE check_ins (
	id INTEGER NOT NULL, 
	contact_id INTEGER NOT NULL, 
	event VARCHAR(10) NOT NULL, 
	event_on DATE NOT NULL, 
	about TEXT NOT NULL, 
	grievance_id INTEGER, 
	checker_id INTEGER, 
	due_on DATE NOT NULL, 
	done_on DATE, 
	outcome TEXT NOT NULL, 
	recorded_on DATE NOT NULL, 
	CONSTRAINT ck_check_ins_care_event CHECK (event IN ('discipline', 'injury', 'firing', 'eviction', 'illness', 'other')), 
	CONSTRAINT ck_check_ins_checker_is_another CHECK (checker_id IS NULL OR checker_id != contact_id), 
	CONSTRAINT fk_check_ins_checker_id_contacts FOREIGN KEY(checker_id) REFERENCES contacts (id) ON DELETE SET NULL, 
	CONSTRAINT fk_check_ins_contact_id_contacts FOREIGN KEY(contact_id) REFERENCES contacts (id) ON DELETE CASCADE, 
	CONSTRAINT fk_check_ins_grievance_id_grievances FOREIGN KEY(grievance_id) REFERENCES grievances (id) ON DELETE SET NULL, 
	CONSTRAINT pk_check_ins PRIMARY KEY (id)
);
CREATE TABLE fund_entries (
	id INTEGER NOT NULL, 
	fund_id INTEGER NOT NULL, 
	posted_on DATE NOT NULL, 
	amount_cents INTEGER NOT NULL, 
	kind VARCHAR(10) NOT NULL, 
	contact_id INTEGER, 
	need_id INTEGER, 
	memo TEXT NOT NULL, 
	reverses_id INTEGER, 
	recorded_on DATE NOT NULL, 
	CONSTRAINT ck_fund_entries_amount_not_zero CHECK (amount_cents != 0), 
	CONSTRAINT ck_fund_entries_fund_entry_kind CHECK (kind IN ('dues', 'collection', 'donation', 'grant', 'expense', 'reversal')), 
	CONSTRAINT ck_fund_entries_reversal_names_entry CHECK ((kind = 'reversal') = (reverses_id IS NOT NULL)), 
	CONSTRAINT ck_fund_entries_sign_follows_kind CHECK ((kind IN ('dues', 'collection', 'donation') AND amount_cents > 0) OR (kind IN ('grant', 'expense') AND amount_cents < 0) OR kind = 'reversal'), 
	CONSTRAINT fk_fund_entries_contact_id_contacts FOREIGN KEY(contact_id) REFERENCES contacts (id) ON DELETE SET NULL, 
	CONSTRAINT fk_fund_entries_fund_id_funds FOREIGN KEY(fund_id) REFERENCES funds (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_fund_entries_need_id_aid_needs FOREIGN KEY(need_id) REFERENCES aid_needs (id) ON DELETE SET NULL, 
	CONSTRAINT fk_fund_entries_reverses_id_fund_entries FOREIGN KEY(reverses_id) REFERENCES fund_entries (id) ON DELETE RESTRICT, 
	CONSTRAINT pk_fund_entries PRIMARY KEY (id), 
	CONSTRAINT uq_fund_entries_reverses_id UNIQUE (reverses_id)
);
CREATE TABLE retaliation_incidents (
	id INTEGER NOT NULL, 
	workplace_id INTEGER NOT NULL, 
	contact_id INTEGER, 
	occurred_on DATE NOT NULL, 
	what TEXT NOT NULL, 
	management TEXT NOT NULL, 
	grievance_id INTEGER, 
	sensitive BOOLEAN NOT NULL, 
	recorded_on DATE NOT NULL, 
	CONSTRAINT fk_retaliation_incidents_contact_id_contacts FOREIGN KEY(contact_id) REFERENCES contacts (id) ON DELETE CASCADE, 
	CONSTRAINT fk_retaliation_incidents_grievance_id_grievances FOREIGN KEY(grievance_id) REFERENCES grievances (id) ON DELETE SET NULL, 
	CONSTRAINT fk_retaliation_incidents_workplace_id_workplaces FOREIGN KEY(workplace_id) REFERENCES workplaces (id) ON DELETE CASCADE, 
	CONSTRAINT pk_retaliation_incidents PRIMARY KEY (id)
);
CREATE TABLE time_exchanges (
	id INTEGER NOT NULL, 
	bank_id INTEGER NOT NULL, 
	giver_id INTEGER NOT NULL, 
	receiver_id INTEGER NOT NULL, 
	minutes INTEGER NOT NULL, 
	what TEXT NOT NULL, 
	done_on DATE NOT NULL, 
	confirmed_by_giver BOOLEAN NOT NULL, 
	confirmed_by_receiver BOOLEAN NOT NULL, 
	entered_by_committee BOOLEAN NOT NULL, 
	posted BOOLEAN NOT NULL, 
	posted_on DATE, 
	reverses_id INTEGER, 
	recorded_on DATE NOT NULL, 
	CONSTRAINT ck_time_exchanges_minutes_positive CHECK (minutes > 0), 
	CONSTRAINT ck_time_exchanges_posted_has_date CHECK ((posted = 0) = (posted_on IS NULL)), 
	CONSTRAINT ck_time_exchanges_posted_when_confirmed CHECK (posted = (entered_by_committee OR (confirmed_by_giver AND confirmed_by_receiver))), 
	CONSTRAINT ck_time_exchanges_two_accounts CHECK (giver_id != receiver_id), 
	CONSTRAINT fk_time_exchanges_bank_id_time_banks FOREIGN KEY(bank_id) REFERENCES time_banks (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_time_exchanges_giver_id_time_accounts FOREIGN KEY(giver_id) REFERENCES time_accounts (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_time_exchanges_receiver_id_time_accounts FOREIGN KEY(receiver_id) REFERENCES time_accounts (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_time_exchanges_reverses_id_time_exchanges FOREIGN KEY(reverses_id) REFERENCES time_exchanges (id) ON DELETE RESTRICT, 
	CONSTRAINT pk_time_exchanges PRIMARY KEY (id), 
	CONSTRAINT uq_time_exchanges_reverses_id UNIQUE (reverses_id)
);
CREATE TABLE retaliation_witnesses (
	incident_id INTEGER NOT NULL, 
	contact_id INTEGER NOT NULL, 
	CONSTRAINT fk_retaliation_witnesses_contact_id_contacts FOREIGN KEY(contact_id) REFERENCES contacts (id) ON DELETE CASCADE, 
	CONSTRAINT fk_retaliation_witnesses_incident_id_retaliation_incidents FOREIGN KEY(incident_id) REFERENCES retaliation_incidents (id) ON DELETE CASCADE, 
	CONSTRAINT pk_retaliation_witnesses PRIMARY KEY (incident_id, contact_id)
);
CREATE TABLE rollup_community (
	id INTEGER NOT NULL, 
	peer_id INTEGER NOT NULL, 
	received_id INTEGER NOT NULL, 
	forum_name VARCHAR(200) NOT NULL, 
	place_kind VARCHAR(20) NOT NULL, 
	as_of DATE NOT NULL, 
	period VARCHAR(10) NOT NULL, 
	measure VARCHAR(40) NOT NULL, 
	value INTEGER, 
	qualifier VARCHAR(10) NOT NULL, 
	CONSTRAINT fk_rollup_community_peer_id_trusted_peers FOREIGN KEY(peer_id) REFERENCES trusted_peers (id) ON DELETE CASCADE, 
	CONSTRAINT fk_rollup_community_received_id_received_bundles FOREIGN KEY(received_id) REFERENCES received_bundles (id) ON DELETE CASCADE, 
	CONSTRAINT pk_rollup_community PRIMARY KEY (id)
);
CREATE TABLE rollup_retaliation (
	id INTEGER NOT NULL, 
	peer_id INTEGER NOT NULL, 
	received_id INTEGER NOT NULL, 
	forum_name VARCHAR(200) NOT NULL, 
	occurred_on DATE NOT NULL, 
	what TEXT NOT NULL, 
	management TEXT NOT NULL, 
	grievance VARCHAR(60) NOT NULL, 
	witnesses INTEGER NOT NULL, 
	CONSTRAINT fk_rollup_retaliation_peer_id_trusted_peers FOREIGN KEY(peer_id) REFERENCES trusted_peers (id) ON DELETE CASCADE, 
	CONSTRAINT fk_rollup_retaliation_received_id_received_bundles FOREIGN KEY(received_id) REFERENCES received_bundles (id) ON DELETE CASCADE, 
	CONSTRAINT pk_rollup_retaliation PRIMARY KEY (id)
);
CREATE TABLE placements (
	id INTEGER NOT NULL, 
	contact_id INTEGER NOT NULL, 
	area_id INTEGER NOT NULL, 
	shift VARCHAR(60) NOT NULL, 
	until_on DATE NOT NULL, 
	CONSTRAINT fk_placements_area_id_areas FOREIGN KEY(area_id) REFERENCES areas (id) ON DELETE CASCADE, 
	CONSTRAINT fk_placements_contact_id_contacts FOREIGN KEY(contact_id) REFERENCES contacts (id) ON DELETE CASCADE, 
	CONSTRAINT pk_placements PRIMARY KEY (id)
);
CREATE TABLE area_hazards (
	id INTEGER NOT NULL, 
	area_id INTEGER NOT NULL, 
	description VARCHAR(500) NOT NULL, 
	noted_on DATE NOT NULL, 
	resolved_on DATE, 
	CONSTRAINT fk_area_hazards_area_id_areas FOREIGN KEY(area_id) REFERENCES areas (id) ON DELETE CASCADE, 
	CONSTRAINT pk_area_hazards PRIMARY KEY (id)
);
CREATE TABLE floor_plan_tiles (
	area_id INTEGER NOT NULL, 
	x INTEGER NOT NULL, 
	y INTEGER NOT NULL, 
	w INTEGER NOT NULL, 
	h INTEGER NOT NULL, 
	CONSTRAINT ck_floor_plan_tiles_has_size CHECK (w >= 1 AND h >= 1), 
	CONSTRAINT ck_floor_plan_tiles_inside_plan CHECK (x >= 0 AND y >= 0), 
	CONSTRAINT fk_floor_plan_tiles_area_id_areas FOREIGN KEY(area_id) REFERENCES areas (id) ON DELETE CASCADE, 
	CONSTRAINT pk_floor_plan_tiles PRIMARY KEY (area_id)
);
CREATE TABLE chart_views (
	id INTEGER NOT NULL, 
	name VARCHAR(100) NOT NULL, 
	columns TEXT NOT NULL, 
	filters TEXT NOT NULL, 
	sort VARCHAR(30) NOT NULL, 
	descending BOOLEAN NOT NULL, 
	CONSTRAINT pk_chart_views PRIMARY KEY (id), 
	CONSTRAINT uq_chart_views_name UNIQUE (name)
);
CREATE TABLE chart_keepers (
	id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	signing_public BLOB NOT NULL, 
	agreement_public BLOB NOT NULL, 
	fingerprint BLOB NOT NULL, 
	added_on DATE NOT NULL, 
	last_copy_at DATETIME, 
	CONSTRAINT pk_chart_keepers PRIMARY KEY (id), 
	CONSTRAINT uq_chart_keepers_fingerprint UNIQUE (fingerprint), 
	CONSTRAINT uq_chart_keepers_name UNIQUE (name)
);
CREATE TABLE chart_copies (
	id INTEGER NOT NULL, 
	keeper_id INTEGER NOT NULL, 
	workplace_uid VARCHAR(32) NOT NULL, 
	workplace_name VARCHAR(200) NOT NULL, 
	copy_id BLOB NOT NULL, 
	created_at DATETIME NOT NULL, 
	opened_at DATETIME NOT NULL, 
	db_name VARCHAR(80) NOT NULL, 
	db_key BLOB NOT NULL, 
	you_uid VARCHAR(32), 
	scope TEXT NOT NULL, 
	records INTEGER NOT NULL, 
	CONSTRAINT fk_chart_copies_keeper_id_chart_keepers FOREIGN KEY(keeper_id) REFERENCES chart_keepers (id) ON DELETE CASCADE, 
	CONSTRAINT pk_chart_copies PRIMARY KEY (id), 
	CONSTRAINT uq_chart_copies_keeper_id_workplace_uid UNIQUE (keeper_id, workplace_uid)
);
CREATE TABLE chart_entries (
	id INTEGER NOT NULL, 
	copy_row_id INTEGER NOT NULL, 
	uid VARCHAR(32) NOT NULL, 
	op VARCHAR(40) NOT NULL, 
	target_uid VARCHAR(32) NOT NULL, 
	data TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	status VARCHAR(12) NOT NULL, 
	report_ref BLOB, 
	CONSTRAINT fk_chart_entries_copy_row_id_chart_copies FOREIGN KEY(copy_row_id) REFERENCES chart_copies (id) ON DELETE CASCADE, 
	CONSTRAINT pk_chart_entries PRIMARY KEY (id), 
	CONSTRAINT uq_chart_entries_uid UNIQUE (uid)
);
CREATE TABLE chart_reports_sent (
	id INTEGER NOT NULL, 
	report_id BLOB NOT NULL, 
	copy_row_id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	entries INTEGER NOT NULL, 
	CONSTRAINT fk_chart_reports_sent_copy_row_id_chart_copies FOREIGN KEY(copy_row_id) REFERENCES chart_copies (id) ON DELETE CASCADE, 
	CONSTRAINT pk_chart_reports_sent PRIMARY KEY (id), 
	CONSTRAINT uq_chart_reports_sent_report_id UNIQUE (report_id)
);
CREATE TABLE chart_members (
	id INTEGER NOT NULL, 
	workplace_id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	signing_public BLOB NOT NULL, 
	agreement_public BLOB NOT NULL, 
	fingerprint BLOB NOT NULL, 
	whole_workplace BOOLEAN NOT NULL, 
	sensitive BOOLEAN NOT NULL, 
	contact_id INTEGER, 
	added_on DATE NOT NULL, 
	last_report_at DATETIME, 
	CONSTRAINT fk_chart_members_contact_id_contacts FOREIGN KEY(contact_id) REFERENCES contacts (id) ON DELETE SET NULL, 
	CONSTRAINT fk_chart_members_workplace_id_workplaces FOREIGN KEY(workplace_id) REFERENCES workplaces (id) ON DELETE CASCADE, 
	CONSTRAINT pk_chart_members PRIMARY KEY (id), 
	CONSTRAINT uq_chart_members_workplace_id_fingerprint UNIQUE (workplace_id, fingerprint), 
	CONSTRAINT uq_chart_members_workplace_id_name UNIQUE (workplace_id, name)
);
CREATE TABLE chart_copies_sent (
	id INTEGER NOT NULL, 
	copy_id BLOB NOT NULL, 
	member_id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	records INTEGER NOT NULL, 
	CONSTRAINT fk_chart_copies_sent_member_id_chart_members FOREIGN KEY(member_id) REFERENCES chart_members (id) ON DELETE CASCADE, 
	CONSTRAINT pk_chart_copies_sent PRIMARY KEY (id), 
	CONSTRAINT uq_chart_copies_sent_copy_id UNIQUE (copy_id)
);
CREATE TABLE chart_member_areas (
	member_id INTEGER NOT NULL, 
	area_id INTEGER NOT NULL, 
	CONSTRAINT fk_chart_member_areas_area_id_areas FOREIGN KEY(area_id) REFERENCES areas (id) ON DELETE CASCADE, 
	CONSTRAINT fk_chart_member_areas_member_id_chart_members FOREIGN KEY(member_id) REFERENCES chart_members (id) ON DELETE CASCADE, 
	CONSTRAINT pk_chart_member_areas PRIMARY KEY (member_id, area_id)
);
CREATE TABLE chart_reports (
	id INTEGER NOT NULL, 
	report_id BLOB NOT NULL, 
	member_id INTEGER, 
	reporter_name VARCHAR(200) NOT NULL, 
	reporter_fingerprint BLOB NOT NULL, 
	base_copy_id BLOB NOT NULL, 
	created_at DATETIME NOT NULL, 
	received_at DATETIME NOT NULL, 
	reviewed_at DATETIME, 
	operations TEXT NOT NULL, 
	decisions TEXT NOT NULL, 
	CONSTRAINT fk_chart_reports_member_id_chart_members FOREIGN KEY(member_id) REFERENCES chart_members (id) ON DELETE SET NULL, 
	CONSTRAINT pk_chart_reports PRIMARY KEY (id), 
	CONSTRAINT uq_chart_reports_report_id UNIQUE (report_id)
);
CREATE TABLE chart_provenance (
	id INTEGER NOT NULL, 
	record_kind VARCHAR(40) NOT NULL, 
	record_uid VARCHAR(32) NOT NULL, 
	field VARCHAR(60) NOT NULL, 
	action VARCHAR(20) NOT NULL, 
	entry_uid VARCHAR(32) NOT NULL, 
	report_id INTEGER, 
	report_ref BLOB NOT NULL, 
	reporter_name VARCHAR(200) NOT NULL, 
	reporter_fingerprint BLOB NOT NULL, 
	reported_on DATE NOT NULL, 
	accepted_at DATETIME NOT NULL, 
	accepted_by VARCHAR(200) NOT NULL, 
	CONSTRAINT fk_chart_provenance_report_id_chart_reports FOREIGN KEY(report_id) REFERENCES chart_reports (id) ON DELETE SET NULL, 
	CONSTRAINT pk_chart_provenance PRIMARY KEY (id)
);
CREATE TABLE "rollup_figures" (
	id INTEGER NOT NULL, 
	peer_id INTEGER NOT NULL, 
	received_id INTEGER NOT NULL, 
	forum_name VARCHAR(200) NOT NULL, 
	as_of DATE NOT NULL, 
	position INTEGER NOT NULL, 
	area_name VARCHAR(200) NOT NULL, 
	depth INTEGER NOT NULL, 
	top BOOLEAN NOT NULL, 
	headcount INTEGER, 
	supporters INTEGER, 
	supporters_pct DOUBLE, 
	committee_members INTEGER, 
	target_members INTEGER, 
	one_on_ones_90d INTEGER, 
	open_grievances INTEGER, 
	last_test_pct DOUBLE, 
	total BOOLEAN DEFAULT 0 NOT NULL, 
	at_least VARCHAR(200) DEFAULT '' NOT NULL, 
	CONSTRAINT fk_rollup_figures_peer_id_trusted_peers FOREIGN KEY(peer_id) REFERENCES trusted_peers (id) ON DELETE CASCADE, 
	CONSTRAINT fk_rollup_figures_received_id_received_bundles FOREIGN KEY(received_id) REFERENCES received_bundles (id) ON DELETE CASCADE, 
	CONSTRAINT pk_rollup_figures PRIMARY KEY (id)
);
CREATE TABLE "rollup_counts" (
	id INTEGER NOT NULL, 
	peer_id INTEGER NOT NULL, 
	received_id INTEGER NOT NULL, 
	as_of DATE NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	label VARCHAR(200) NOT NULL, 
	count INTEGER, 
	at_least BOOLEAN DEFAULT 0 NOT NULL, 
	CONSTRAINT fk_rollup_counts_peer_id_trusted_peers FOREIGN KEY(peer_id) REFERENCES trusted_peers (id) ON DELETE CASCADE, 
	CONSTRAINT fk_rollup_counts_received_id_received_bundles FOREIGN KEY(received_id) REFERENCES received_bundles (id) ON DELETE CASCADE, 
	CONSTRAINT pk_rollup_counts PRIMARY KEY (id)
);
CREATE TABLE member_votes (
	id INTEGER NOT NULL, 
	agenda_item_id INTEGER NOT NULL, 
	peer_id INTEGER NOT NULL, 
	vote VARCHAR(10) NOT NULL, 
	CONSTRAINT fk_member_votes_agenda_item_id_agenda_items FOREIGN KEY(agenda_item_id) REFERENCES agenda_items (id) ON DELETE CASCADE, 
	CONSTRAINT fk_member_votes_peer_id_trusted_peers FOREIGN KEY(peer_id) REFERENCES trusted_peers (id) ON DELETE CASCADE, 
	CONSTRAINT pk_member_votes PRIMARY KEY (id), 
	CONSTRAINT uq_member_votes_agenda_item_id_peer_id UNIQUE (agenda_item_id, peer_id)
);
CREATE TABLE council_decisions (
	id INTEGER NOT NULL, 
	agenda_item_id INTEGER NOT NULL, 
	received_id INTEGER, 
	result VARCHAR(20) NOT NULL, 
	votes_for INTEGER, 
	votes_against INTEGER, 
	abstentions INTEGER, 
	tally TEXT NOT NULL, 
	delegate_vote VARCHAR(10), 
	against_mandate BOOLEAN NOT NULL, 
	CONSTRAINT fk_council_decisions_agenda_item_id_agenda_items FOREIGN KEY(agenda_item_id) REFERENCES agenda_items (id) ON DELETE CASCADE, 
	CONSTRAINT fk_council_decisions_received_id_received_bundles FOREIGN KEY(received_id) REFERENCES received_bundles (id) ON DELETE SET NULL, 
	CONSTRAINT pk_council_decisions PRIMARY KEY (id), 
	CONSTRAINT uq_council_decisions_agenda_item_id UNIQUE (agenda_item_id)
);
CREATE UNIQUE INDEX ix_agenda_items_uid ON agenda_items (uid);
CREATE INDEX ix_aid_matches_follow_up_open ON aid_matches (follow_up_on) WHERE follow_up_done = 0;
CREATE INDEX ix_aid_matches_helper_id ON aid_matches (helper_id) WHERE helper_id IS NOT NULL;
CREATE INDEX ix_aid_matches_need_id ON aid_matches (need_id);
CREATE INDEX ix_aid_matches_offer_id ON aid_matches (offer_id) WHERE offer_id IS NOT NULL;
CREATE INDEX ix_aid_needs_area_id ON aid_needs (area_id) WHERE area_id IS NOT NULL;
CREATE INDEX ix_aid_needs_contact_id ON aid_needs (contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX ix_aid_needs_wp_status ON aid_needs (workplace_id, status, raised_on);
CREATE INDEX ix_aid_offers_area_id ON aid_offers (area_id) WHERE area_id IS NOT NULL;
CREATE INDEX ix_aid_offers_contact_id ON aid_offers (contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX ix_aid_offers_wp_kind ON aid_offers (workplace_id, kind, withdrawn_on);
CREATE INDEX ix_area_hazards_area_id ON area_hazards (area_id);
CREATE INDEX ix_area_headcounts_area_id ON area_headcounts (area_id);
CREATE UNIQUE INDEX ix_area_headcounts_uid ON area_headcounts (uid);
CREATE INDEX ix_areas_parent_id ON areas (parent_id);
CREATE UNIQUE INDEX ix_areas_uid ON areas (uid);
CREATE INDEX ix_areas_workplace_id ON areas (workplace_id);
CREATE INDEX ix_assessments_assessed_by_id ON assessments (assessed_by_id) WHERE assessed_by_id IS NOT NULL;
CREATE INDEX ix_assessments_contact_date ON assessments (contact_id, assessed_on, id);
CREATE INDEX ix_assessments_conversation_id ON assessments (conversation_id);
CREATE UNIQUE INDEX ix_assessments_uid ON assessments (uid);
CREATE INDEX ix_attachments_grievance_id ON attachments (grievance_id);
CREATE UNIQUE INDEX ix_bodies_uid ON bodies (uid);
CREATE INDEX ix_chart_copies_keeper_id ON chart_copies (keeper_id);
CREATE INDEX ix_chart_copies_sent_member_id ON chart_copies_sent (member_id);
CREATE INDEX ix_chart_entries_copy_status ON chart_entries (copy_row_id, status);
CREATE INDEX ix_chart_entries_target_uid ON chart_entries (target_uid);
CREATE INDEX ix_chart_member_areas_area_id ON chart_member_areas (area_id);
CREATE INDEX ix_chart_members_contact_id ON chart_members (contact_id);
CREATE INDEX ix_chart_members_fingerprint ON chart_members (fingerprint);
CREATE INDEX ix_chart_members_workplace_id ON chart_members (workplace_id);
CREATE INDEX ix_chart_provenance_record ON chart_provenance (record_uid, field);
CREATE INDEX ix_chart_provenance_report_id ON chart_provenance (report_id);
CREATE INDEX ix_chart_reports_member_id ON chart_reports (member_id);
CREATE INDEX ix_chart_reports_sent_copy_row_id ON chart_reports_sent (copy_row_id);
CREATE INDEX ix_check_ins_checker_id ON check_ins (checker_id) WHERE checker_id IS NOT NULL;
CREATE INDEX ix_check_ins_contact ON check_ins (contact_id, event_on);
CREATE INDEX ix_check_ins_grievance_id ON check_ins (grievance_id) WHERE grievance_id IS NOT NULL;
CREATE INDEX ix_check_ins_open_due ON check_ins (due_on) WHERE done_on IS NULL;
CREATE INDEX ix_committee_memberships_committee_id ON committee_memberships (committee_id);
CREATE UNIQUE INDEX ix_committee_memberships_uid ON committee_memberships (uid);
CREATE UNIQUE INDEX ix_committees_uid ON committees (uid);
CREATE INDEX ix_committees_workplace_id ON committees (workplace_id);
CREATE INDEX ix_contacts_area_name ON contacts (area_id, last_name, first_name);
CREATE INDEX ix_contacts_last_contact_by_id ON contacts (last_contact_by_id) WHERE last_contact_by_id IS NOT NULL;
CREATE UNIQUE INDEX ix_contacts_uid ON contacts (uid);
CREATE INDEX ix_contacts_wp_area ON contacts (workplace_id, area_id, left_on);
CREATE INDEX ix_contacts_wp_language ON contacts (workplace_id, language);
CREATE INDEX ix_contacts_wp_level ON contacts (workplace_id, current_level, last_name COLLATE NOCASE, first_name COLLATE NOCASE, left_on);
CREATE INDEX ix_contacts_wp_name ON contacts (workplace_id, last_name COLLATE NOCASE, first_name COLLATE NOCASE, left_on);
CREATE UNIQUE INDEX ix_contract_holidays_uid ON contract_holidays (uid);
CREATE UNIQUE INDEX ix_contract_steps_uid ON contract_steps (uid);
CREATE UNIQUE INDEX ix_contract_type_starts_uid ON contract_type_starts (uid);
CREATE UNIQUE INDEX ix_contracts_uid ON contracts (uid);
CREATE INDEX ix_conversation_tags_tag_id ON conversation_tags (tag_id);
CREATE INDEX ix_conversations_by_id ON conversations (by_id) WHERE by_id IS NOT NULL;
CREATE INDEX ix_conversations_contact_date ON conversations (contact_id, held_on);
CREATE INDEX ix_conversations_follow_up ON conversations (follow_up_on, follow_up_done);
CREATE INDEX ix_conversations_follow_up_open ON conversations (follow_up_on, contact_id, follow_up_done) WHERE follow_up_done = 0;
CREATE INDEX ix_conversations_held_on ON conversations (held_on);
CREATE UNIQUE INDEX ix_conversations_uid ON conversations (uid);
CREATE INDEX ix_council_decisions_received_id ON council_decisions (received_id);
CREATE INDEX ix_delegates_contact_id ON delegates (contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX ix_delegates_forum_council ON delegates (forum_id, council_id, term_start);
CREATE UNIQUE INDEX ix_delegates_uid ON delegates (uid);
CREATE INDEX ix_fund_entries_contact_id ON fund_entries (contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX ix_fund_entries_fund_posted ON fund_entries (fund_id, posted_on, id);
CREATE INDEX ix_fund_entries_need_id ON fund_entries (need_id) WHERE need_id IS NOT NULL;
CREATE INDEX ix_grievance_events_grievance_id ON grievance_events (grievance_id);
CREATE UNIQUE INDEX ix_grievance_events_uid ON grievance_events (uid);
CREATE INDEX ix_grievance_extensions_grievance_id ON grievance_extensions (grievance_id);
CREATE UNIQUE INDEX ix_grievance_extensions_uid ON grievance_extensions (uid);
CREATE INDEX ix_grievance_grievants_contact_id ON grievance_grievants (contact_id);
CREATE INDEX ix_grievance_letters_grievance_id ON grievance_letters (grievance_id);
CREATE INDEX ix_grievances_area_id ON grievances (area_id);
CREATE INDEX ix_grievances_status ON grievances (status, current_step);
CREATE INDEX ix_grievances_steward_id ON grievances (steward_id) WHERE steward_id IS NOT NULL;
CREATE UNIQUE INDEX ix_grievances_uid ON grievances (uid);
CREATE INDEX ix_grievances_workplace_id ON grievances (workplace_id);
CREATE UNIQUE INDEX ix_issue_tags_uid ON issue_tags (uid);
CREATE UNIQUE INDEX ix_mandate_reports_uid ON mandate_reports (uid);
CREATE INDEX ix_mandates_forum_id ON mandates (forum_id);
CREATE UNIQUE INDEX ix_mandates_uid ON mandates (uid);
CREATE INDEX ix_meeting_attendance_contact_id ON meeting_attendance (contact_id);
CREATE INDEX ix_meetings_body_id ON meetings (body_id);
CREATE UNIQUE INDEX ix_meetings_uid ON meetings (uid);
CREATE INDEX ix_member_votes_peer_id ON member_votes (peer_id);
CREATE INDEX ix_memberships_contact ON committee_memberships (contact_id, joined_on);
CREATE INDEX ix_motions_meeting_id ON motions (meeting_id);
CREATE UNIQUE INDEX ix_motions_uid ON motions (uid);
CREATE INDEX ix_placements_area ON placements (area_id);
CREATE INDEX ix_placements_contact ON placements (contact_id, until_on, id);
CREATE INDEX ix_received_bundles_peer_id ON received_bundles (peer_id);
CREATE INDEX ix_retaliation_contact_id ON retaliation_incidents (contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX ix_retaliation_grievance_id ON retaliation_incidents (grievance_id) WHERE grievance_id IS NOT NULL;
CREATE INDEX ix_retaliation_witnesses_contact_id ON retaliation_witnesses (contact_id);
CREATE INDEX ix_retaliation_wp_date ON retaliation_incidents (workplace_id, occurred_on);
CREATE INDEX ix_rollup_community_peer_as_of ON rollup_community (peer_id, as_of);
CREATE INDEX ix_rollup_community_received_id ON rollup_community (received_id);
CREATE INDEX ix_rollup_counts_peer_as_of ON rollup_counts (peer_id, as_of);
CREATE INDEX ix_rollup_counts_received_id ON rollup_counts (received_id);
CREATE INDEX ix_rollup_delegates_received_id ON rollup_delegates (received_id);
CREATE INDEX ix_rollup_figures_peer_as_of ON rollup_figures (peer_id, as_of);
CREATE INDEX ix_rollup_figures_received_id ON rollup_figures (received_id);
CREATE INDEX ix_rollup_mandates_meeting_date ON rollup_mandates (meeting_date);
CREATE INDEX ix_rollup_mandates_received_id ON rollup_mandates (received_id);
CREATE INDEX ix_rollup_retaliation_peer_id ON rollup_retaliation (peer_id);
CREATE INDEX ix_rollup_retaliation_received_id ON rollup_retaliation (received_id);
CREATE INDEX ix_sent_bundles_peer_id ON sent_bundles (peer_id);
CREATE INDEX ix_social_ties_contact_a_id ON social_ties (contact_a_id);
CREATE INDEX ix_social_ties_contact_b_id ON social_ties (contact_b_id);
CREATE UNIQUE INDEX ix_social_ties_uid ON social_ties (uid);
CREATE INDEX ix_structure_test_outcomes_contact_id ON structure_test_outcomes (contact_id);
CREATE UNIQUE INDEX ix_structure_test_outcomes_uid ON structure_test_outcomes (uid);
CREATE UNIQUE INDEX ix_structure_tests_uid ON structure_tests (uid);
CREATE INDEX ix_structure_tests_workplace_id ON structure_tests (workplace_id);
CREATE INDEX ix_time_accounts_bank_id ON time_accounts (bank_id);
CREATE INDEX ix_time_exchanges_bank_done ON time_exchanges (bank_id, done_on, id);
CREATE INDEX ix_time_exchanges_giver ON time_exchanges (giver_id, posted);
CREATE INDEX ix_time_exchanges_receiver ON time_exchanges (receiver_id, posted);
CREATE UNIQUE INDEX ix_workplaces_uid ON workplaces (uid);
INSERT INTO "alembic_version" ("version_num") VALUES ('0016_confederation');
INSERT INTO "assessment_levels" ("level", "label", "colour", "definition", "counts_as_support", "counts_as_assessed", "position", "retired_into") VALUES (0, 'Unassessed', '#9e9e9e', 'Not yet talked to or not enough known.', 0, 0, 0, NULL);
INSERT INTO "assessment_levels" ("level", "label", "colour", "definition", "counts_as_support", "counts_as_assessed", "position", "retired_into") VALUES (1, 'Leader', '#1b5e20', 'Organic leader who moves others; active on the committee.', 1, 1, 1, NULL);
INSERT INTO "assessment_levels" ("level", "label", "colour", "definition", "counts_as_support", "counts_as_assessed", "position", "retired_into") VALUES (2, 'Supporter', '#66bb6a', 'Supports the union and will act when asked.', 1, 1, 2, NULL);
INSERT INTO "assessment_levels" ("level", "label", "colour", "definition", "counts_as_support", "counts_as_assessed", "position", "retired_into") VALUES (3, 'Undecided', '#fdd835', 'Has issues but is not yet convinced.', 0, 1, 3, NULL);
INSERT INTO "assessment_levels" ("level", "label", "colour", "definition", "counts_as_support", "counts_as_assessed", "position", "retired_into") VALUES (4, 'Opposed', '#fb8c00', 'Not interested or opposed.', 0, 1, 4, NULL);
INSERT INTO "assessment_levels" ("level", "label", "colour", "definition", "counts_as_support", "counts_as_assessed", "position", "retired_into") VALUES (5, 'Hostile', '#c62828', 'Hostile to the union; may report to management.', 0, 1, 5, NULL);
CREATE TRIGGER growth_levels_au AFTER UPDATE ON assessment_levels WHEN old.level IS NOT new.level OR old.counts_as_assessed IS NOT new.counts_as_assessed OR old.counts_as_support IS NOT new.counts_as_support BEGIN INSERT INTO growth_dirty(area_id, since) SELECT id, '0001-01-01' FROM areas WHERE true ON CONFLICT(area_id) DO UPDATE SET since = excluded.since; END;
CREATE TRIGGER fund_entries_append_only BEFORE UPDATE ON fund_entries WHEN NOT (new.id IS old.id AND new.fund_id IS old.fund_id AND new.posted_on IS old.posted_on AND new.amount_cents IS old.amount_cents AND new.kind IS old.kind AND new.memo IS old.memo AND new.reverses_id IS old.reverses_id AND new.recorded_on IS old.recorded_on AND (new.contact_id IS old.contact_id OR (new.contact_id IS NULL  AND NOT EXISTS (SELECT 1 FROM contacts WHERE id = old.contact_id))) AND (new.need_id IS old.need_id OR (new.need_id IS NULL  AND NOT EXISTS (SELECT 1 FROM aid_needs WHERE id = old.need_id)))) BEGIN SELECT RAISE(ABORT, 'the solidarity fund is append-only: post a reversing entry'); END;
CREATE TRIGGER fund_entries_no_delete BEFORE DELETE ON fund_entries BEGIN SELECT RAISE(ABORT, 'the solidarity fund is append-only: post a reversing entry'); END;
CREATE TRIGGER time_exchanges_append_only BEFORE UPDATE ON time_exchanges WHEN old.posted BEGIN SELECT RAISE(ABORT, 'the time bank is append-only: post a reversing entry'); END;
CREATE TRIGGER time_exchanges_no_delete BEFORE DELETE ON time_exchanges WHEN old.posted BEGIN SELECT RAISE(ABORT, 'the time bank is append-only: post a reversing entry'); END;
CREATE TRIGGER tags_conversation_tags_ai AFTER INSERT ON conversation_tags BEGIN INSERT INTO growth_dirty(area_id, since) SELECT x.area_id, (SELECT held_on FROM conversations WHERE id = new.conversation_id) FROM (SELECT area_id FROM contacts WHERE id = (SELECT contact_id FROM conversations WHERE id = new.conversation_id) UNION SELECT area_id FROM placements WHERE contact_id = (SELECT contact_id FROM conversations WHERE id = new.conversation_id) AND until_on > (SELECT held_on FROM conversations WHERE id = new.conversation_id)) AS x WHERE EXISTS (SELECT 1 FROM areas WHERE id = x.area_id) ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since); END;
CREATE TRIGGER tags_conversation_tags_au AFTER UPDATE ON conversation_tags BEGIN INSERT INTO growth_dirty(area_id, since) SELECT x.area_id, (SELECT held_on FROM conversations WHERE id = old.conversation_id) FROM (SELECT area_id FROM contacts WHERE id = (SELECT contact_id FROM conversations WHERE id = old.conversation_id) UNION SELECT area_id FROM placements WHERE contact_id = (SELECT contact_id FROM conversations WHERE id = old.conversation_id) AND until_on > (SELECT held_on FROM conversations WHERE id = old.conversation_id)) AS x WHERE EXISTS (SELECT 1 FROM areas WHERE id = x.area_id) ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since); INSERT INTO growth_dirty(area_id, since) SELECT x.area_id, (SELECT held_on FROM conversations WHERE id = new.conversation_id) FROM (SELECT area_id FROM contacts WHERE id = (SELECT contact_id FROM conversations WHERE id = new.conversation_id) UNION SELECT area_id FROM placements WHERE contact_id = (SELECT contact_id FROM conversations WHERE id = new.conversation_id) AND until_on > (SELECT held_on FROM conversations WHERE id = new.conversation_id)) AS x WHERE EXISTS (SELECT 1 FROM areas WHERE id = x.area_id) ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since); END;
CREATE TRIGGER tags_conversation_tags_ad AFTER DELETE ON conversation_tags BEGIN INSERT INTO growth_dirty(area_id, since) SELECT x.area_id, (SELECT held_on FROM conversations WHERE id = old.conversation_id) FROM (SELECT area_id FROM contacts WHERE id = (SELECT contact_id FROM conversations WHERE id = old.conversation_id) UNION SELECT area_id FROM placements WHERE contact_id = (SELECT contact_id FROM conversations WHERE id = old.conversation_id) AND until_on > (SELECT held_on FROM conversations WHERE id = old.conversation_id)) AS x WHERE EXISTS (SELECT 1 FROM areas WHERE id = x.area_id) ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since); END;
CREATE TRIGGER growth_placements_ai AFTER INSERT ON placements BEGIN INSERT INTO growth_dirty(area_id, since) SELECT x.area_id, '0001-01-01' FROM (SELECT area_id FROM contacts WHERE id = new.contact_id UNION SELECT area_id FROM placements WHERE contact_id = new.contact_id AND until_on > '0001-01-01') AS x WHERE EXISTS (SELECT 1 FROM areas WHERE id = x.area_id) ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since); END;
CREATE TRIGGER growth_placements_au AFTER UPDATE ON placements BEGIN INSERT INTO growth_dirty(area_id, since) SELECT old.area_id, '0001-01-01' WHERE EXISTS (SELECT 1 FROM areas WHERE id = old.area_id) ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since); INSERT INTO growth_dirty(area_id, since) SELECT x.area_id, '0001-01-01' FROM (SELECT area_id FROM contacts WHERE id = old.contact_id UNION SELECT area_id FROM placements WHERE contact_id = old.contact_id AND until_on > '0001-01-01') AS x WHERE EXISTS (SELECT 1 FROM areas WHERE id = x.area_id) ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since); INSERT INTO growth_dirty(area_id, since) SELECT x.area_id, '0001-01-01' FROM (SELECT area_id FROM contacts WHERE id = new.contact_id UNION SELECT area_id FROM placements WHERE contact_id = new.contact_id AND until_on > '0001-01-01') AS x WHERE EXISTS (SELECT 1 FROM areas WHERE id = x.area_id) ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since); END;
CREATE TRIGGER growth_placements_ad AFTER DELETE ON placements BEGIN INSERT INTO growth_dirty(area_id, since) SELECT old.area_id, '0001-01-01' WHERE EXISTS (SELECT 1 FROM areas WHERE id = old.area_id) ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since); INSERT INTO growth_dirty(area_id, since) SELECT x.area_id, '0001-01-01' FROM (SELECT area_id FROM contacts WHERE id = old.contact_id UNION SELECT area_id FROM placements WHERE contact_id = old.contact_id AND until_on > '0001-01-01') AS x WHERE EXISTS (SELECT 1 FROM areas WHERE id = x.area_id) ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since); END;
CREATE TRIGGER growth_areas_ad AFTER DELETE ON areas BEGIN DELETE FROM growth_daily WHERE area_id = old.id; DELETE FROM growth_dirty WHERE area_id = old.id; END;
CREATE TRIGGER tags_areas_ad AFTER DELETE ON areas BEGIN DELETE FROM tag_daily WHERE area_id = old.id; END;
CREATE TRIGGER contacts_fts_ai AFTER INSERT ON contacts BEGIN INSERT INTO contacts_fts(rowid, "first_name", "last_name", "job_title", "shift", "language", "notes") VALUES (new.id, new."first_name", new."last_name", new."job_title", new."shift", new."language", new."notes"); END;
CREATE TRIGGER contacts_fts_ad AFTER DELETE ON contacts BEGIN INSERT INTO contacts_fts(contacts_fts, rowid, "first_name", "last_name", "job_title", "shift", "language", "notes") VALUES ('delete', old.id, old."first_name", old."last_name", old."job_title", old."shift", old."language", old."notes"); END;
CREATE TRIGGER contacts_fts_au AFTER UPDATE ON contacts BEGIN INSERT INTO contacts_fts(contacts_fts, rowid, "first_name", "last_name", "job_title", "shift", "language", "notes") VALUES ('delete', old.id, old."first_name", old."last_name", old."job_title", old."shift", old."language", old."notes"); INSERT INTO contacts_fts(rowid, "first_name", "last_name", "job_title", "shift", "language", "notes") VALUES (new.id, new."first_name", new."last_name", new."job_title", new."shift", new."language", new."notes"); END;
CREATE TRIGGER growth_contacts_ai AFTER INSERT ON contacts BEGIN INSERT INTO growth_dirty(area_id, since) SELECT new.area_id, new.added_on WHERE EXISTS (SELECT 1 FROM areas WHERE id = new.area_id) ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since); END;
CREATE TRIGGER growth_contacts_ad AFTER DELETE ON contacts BEGIN INSERT INTO growth_dirty(area_id, since) SELECT old.area_id, '0001-01-01' WHERE EXISTS (SELECT 1 FROM areas WHERE id = old.area_id) ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since); END;
CREATE TRIGGER contacts_fold_fts_ai AFTER INSERT ON contacts WHEN forum_kit_fold(new."first_name", new."last_name", new."job_title", new."shift", new."language", new."notes") <> '' BEGIN INSERT INTO contacts_fold_fts(rowid, fold) VALUES (new.id, forum_kit_fold(new."first_name", new."last_name", new."job_title", new."shift", new."language", new."notes")); END;
CREATE TRIGGER contacts_fold_fts_au AFTER UPDATE OF "first_name", "last_name", "job_title", "shift", "language", "notes" ON contacts BEGIN INSERT INTO contacts_fold_fts(contacts_fold_fts, rowid, fold) SELECT 'delete', old.id, forum_kit_fold(old."first_name", old."last_name", old."job_title", old."shift", old."language", old."notes") WHERE forum_kit_fold(old."first_name", old."last_name", old."job_title", old."shift", old."language", old."notes") <> ''; INSERT INTO contacts_fold_fts(rowid, fold) SELECT new.id, forum_kit_fold(new."first_name", new."last_name", new."job_title", new."shift", new."language", new."notes") WHERE forum_kit_fold(new."first_name", new."last_name", new."job_title", new."shift", new."language", new."notes") <> ''; END;
CREATE TRIGGER contacts_fold_fts_ad AFTER DELETE ON contacts WHEN forum_kit_fold(old."first_name", old."last_name", old."job_title", old."shift", old."language", old."notes") <> '' BEGIN INSERT INTO contacts_fold_fts(contacts_fold_fts, rowid, fold) VALUES ('delete', old.id, forum_kit_fold(old."first_name", old."last_name", old."job_title", old."shift", old."language", old."notes")); END;
CREATE TRIGGER growth_contacts_au AFTER UPDATE OF area_id, added_on, left_on ON contacts WHEN old.area_id IS NOT new.area_id OR old.added_on IS NOT new.added_on OR old.left_on IS NOT new.left_on BEGIN INSERT INTO growth_dirty(area_id, since) SELECT old.area_id, CASE WHEN old.area_id IS NOT new.area_id THEN '0001-01-01' ELSE min(old.added_on, new.added_on, coalesce(old.left_on, '9999-12-31'), coalesce(new.left_on, '9999-12-31')) END WHERE EXISTS (SELECT 1 FROM areas WHERE id = old.area_id) ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since); INSERT INTO growth_dirty(area_id, since) SELECT x.area_id, CASE WHEN old.area_id IS NOT new.area_id THEN '0001-01-01' ELSE min(old.added_on, new.added_on, coalesce(old.left_on, '9999-12-31'), coalesce(new.left_on, '9999-12-31')) END FROM (SELECT area_id FROM contacts WHERE id = new.id UNION SELECT area_id FROM placements WHERE contact_id = new.id AND until_on > CASE WHEN old.area_id IS NOT new.area_id THEN '0001-01-01' ELSE min(old.added_on, new.added_on, coalesce(old.left_on, '9999-12-31'), coalesce(new.left_on, '9999-12-31')) END) AS x WHERE EXISTS (SELECT 1 FROM areas WHERE id = x.area_id) ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since); END;
CREATE TRIGGER tags_contacts_sensitive_au AFTER UPDATE OF sensitive ON contacts WHEN old.sensitive IS NOT new.sensitive BEGIN INSERT INTO growth_dirty(area_id, since) SELECT x.area_id, '0001-01-01' FROM (SELECT area_id FROM contacts WHERE id = new.id UNION SELECT area_id FROM placements WHERE contact_id = new.id AND until_on > '0001-01-01') AS x WHERE EXISTS (SELECT 1 FROM areas WHERE id = x.area_id) ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since); END;
CREATE TRIGGER placements_contacts_au AFTER UPDATE OF area_id, shift ON contacts WHEN (old.area_id IS NOT new.area_id OR old.shift IS NOT new.shift) AND NOT EXISTS (SELECT 1 FROM (SELECT area_id, shift FROM placements WHERE contact_id = new.id ORDER BY until_on DESC, id DESC LIMIT 1) AS p WHERE p.area_id = old.area_id AND p.shift IS old.shift) BEGIN INSERT INTO placements(contact_id, area_id, shift, until_on) SELECT new.id, old.area_id, old.shift, max(date('now', 'localtime'), coalesce((SELECT max(until_on) FROM placements WHERE contact_id = new.id), '0001-01-01')); END;
CREATE TRIGGER assessments_current_ai AFTER INSERT ON assessments BEGIN
        UPDATE contacts SET current_level = new.level, current_assessed_on = new.assessed_on
        WHERE id = new.contact_id
          AND (current_assessed_on IS NULL OR new.assessed_on >= current_assessed_on);
    END;
CREATE TRIGGER assessments_current_ad AFTER DELETE ON assessments BEGIN
        UPDATE contacts SET
          current_level = coalesce((SELECT level FROM assessments WHERE contact_id = old.contact_id
              ORDER BY assessed_on DESC, id DESC LIMIT 1), 0),
          current_assessed_on = (SELECT max(assessed_on) FROM assessments
              WHERE contact_id = old.contact_id)
        WHERE id = old.contact_id;
    END;
CREATE TRIGGER growth_assessments_ai AFTER INSERT ON assessments BEGIN INSERT INTO growth_dirty(area_id, since) SELECT x.area_id, new.assessed_on FROM (SELECT area_id FROM contacts WHERE id = new.contact_id UNION SELECT area_id FROM placements WHERE contact_id = new.contact_id AND until_on > new.assessed_on) AS x WHERE EXISTS (SELECT 1 FROM areas WHERE id = x.area_id) ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since); END;
CREATE TRIGGER growth_assessments_ad AFTER DELETE ON assessments BEGIN INSERT INTO growth_dirty(area_id, since) SELECT x.area_id, old.assessed_on FROM (SELECT area_id FROM contacts WHERE id = old.contact_id UNION SELECT area_id FROM placements WHERE contact_id = old.contact_id AND until_on > old.assessed_on) AS x WHERE EXISTS (SELECT 1 FROM areas WHERE id = x.area_id) ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since); END;
CREATE TRIGGER conversations_fts_ai AFTER INSERT ON conversations BEGIN INSERT INTO conversations_fts(rowid, "agitate", "educate", "inoculate", "ask", "answer", "unite", "plan") VALUES (new.id, new."agitate", new."educate", new."inoculate", new."ask", new."answer", new."unite", new."plan"); END;
CREATE TRIGGER conversations_fts_ad AFTER DELETE ON conversations BEGIN INSERT INTO conversations_fts(conversations_fts, rowid, "agitate", "educate", "inoculate", "ask", "answer", "unite", "plan") VALUES ('delete', old.id, old."agitate", old."educate", old."inoculate", old."ask", old."answer", old."unite", old."plan"); END;
CREATE TRIGGER conversations_fts_au AFTER UPDATE ON conversations BEGIN INSERT INTO conversations_fts(conversations_fts, rowid, "agitate", "educate", "inoculate", "ask", "answer", "unite", "plan") VALUES ('delete', old.id, old."agitate", old."educate", old."inoculate", old."ask", old."answer", old."unite", old."plan"); INSERT INTO conversations_fts(rowid, "agitate", "educate", "inoculate", "ask", "answer", "unite", "plan") VALUES (new.id, new."agitate", new."educate", new."inoculate", new."ask", new."answer", new."unite", new."plan"); END;
CREATE TRIGGER conversations_last_ai AFTER INSERT ON conversations BEGIN
        UPDATE contacts SET last_contact_on = new.held_on, last_contact_by_id = new.by_id
        WHERE id = new.contact_id
          AND (last_contact_on IS NULL OR new.held_on >= last_contact_on);
    END;
CREATE TRIGGER conversations_last_au AFTER UPDATE OF held_on, by_id, contact_id
        ON conversations BEGIN
        UPDATE contacts SET
          last_contact_on = (SELECT held_on FROM conversations WHERE contact_id = contacts.id
              ORDER BY held_on DESC, id DESC LIMIT 1),
          last_contact_by_id = (SELECT by_id FROM conversations WHERE contact_id = contacts.id
              ORDER BY held_on DESC, id DESC LIMIT 1)
        WHERE id IN (old.contact_id, new.contact_id);
    END;
CREATE TRIGGER conversations_last_ad AFTER DELETE ON conversations BEGIN
        UPDATE contacts SET
          last_contact_on = (SELECT held_on FROM conversations WHERE contact_id = old.contact_id
              ORDER BY held_on DESC, id DESC LIMIT 1),
          last_contact_by_id = (SELECT by_id FROM conversations WHERE contact_id = old.contact_id
              ORDER BY held_on DESC, id DESC LIMIT 1)
        WHERE id = old.contact_id;
    END;
CREATE TRIGGER growth_conversations_ai AFTER INSERT ON conversations BEGIN INSERT INTO growth_dirty(area_id, since) SELECT x.area_id, new.held_on FROM (SELECT area_id FROM contacts WHERE id = new.contact_id UNION SELECT area_id FROM placements WHERE contact_id = new.contact_id AND until_on > new.held_on) AS x WHERE EXISTS (SELECT 1 FROM areas WHERE id = x.area_id) ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since); END;
CREATE TRIGGER growth_conversations_au AFTER UPDATE OF contact_id, held_on, follow_up_on, follow_up_done ON conversations BEGIN INSERT INTO growth_dirty(area_id, since) SELECT x.area_id, min(old.held_on, new.held_on) FROM (SELECT area_id FROM contacts WHERE id = old.contact_id UNION SELECT area_id FROM placements WHERE contact_id = old.contact_id AND until_on > min(old.held_on, new.held_on)) AS x WHERE EXISTS (SELECT 1 FROM areas WHERE id = x.area_id) ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since); INSERT INTO growth_dirty(area_id, since) SELECT x.area_id, min(old.held_on, new.held_on) FROM (SELECT area_id FROM contacts WHERE id = new.contact_id UNION SELECT area_id FROM placements WHERE contact_id = new.contact_id AND until_on > min(old.held_on, new.held_on)) AS x WHERE EXISTS (SELECT 1 FROM areas WHERE id = x.area_id) ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since); END;
CREATE TRIGGER growth_conversations_ad AFTER DELETE ON conversations BEGIN INSERT INTO growth_dirty(area_id, since) SELECT x.area_id, old.held_on FROM (SELECT area_id FROM contacts WHERE id = old.contact_id UNION SELECT area_id FROM placements WHERE contact_id = old.contact_id AND until_on > old.held_on) AS x WHERE EXISTS (SELECT 1 FROM areas WHERE id = x.area_id) ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since); END;
CREATE TRIGGER tags_conversations_sensitive_au AFTER UPDATE OF sensitive ON conversations WHEN old.sensitive IS NOT new.sensitive BEGIN INSERT INTO growth_dirty(area_id, since) SELECT x.area_id, min(old.held_on, new.held_on) FROM (SELECT area_id FROM contacts WHERE id = new.contact_id UNION SELECT area_id FROM placements WHERE contact_id = new.contact_id AND until_on > min(old.held_on, new.held_on)) AS x WHERE EXISTS (SELECT 1 FROM areas WHERE id = x.area_id) ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since); END;
CREATE TRIGGER growth_memberships_ai AFTER INSERT ON committee_memberships BEGIN INSERT INTO growth_dirty(area_id, since) SELECT x.area_id, new.joined_on FROM (SELECT area_id FROM contacts WHERE id = new.contact_id UNION SELECT area_id FROM placements WHERE contact_id = new.contact_id AND until_on > new.joined_on) AS x WHERE EXISTS (SELECT 1 FROM areas WHERE id = x.area_id) ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since); END;
CREATE TRIGGER growth_memberships_au AFTER UPDATE OF contact_id, role, joined_on, left_on ON committee_memberships BEGIN INSERT INTO growth_dirty(area_id, since) SELECT x.area_id, min(old.joined_on, new.joined_on) FROM (SELECT area_id FROM contacts WHERE id = old.contact_id UNION SELECT area_id FROM placements WHERE contact_id = old.contact_id AND until_on > min(old.joined_on, new.joined_on)) AS x WHERE EXISTS (SELECT 1 FROM areas WHERE id = x.area_id) ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since); INSERT INTO growth_dirty(area_id, since) SELECT x.area_id, min(old.joined_on, new.joined_on) FROM (SELECT area_id FROM contacts WHERE id = new.contact_id UNION SELECT area_id FROM placements WHERE contact_id = new.contact_id AND until_on > min(old.joined_on, new.joined_on)) AS x WHERE EXISTS (SELECT 1 FROM areas WHERE id = x.area_id) ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since); END;
CREATE TRIGGER growth_memberships_ad AFTER DELETE ON committee_memberships BEGIN INSERT INTO growth_dirty(area_id, since) SELECT x.area_id, old.joined_on FROM (SELECT area_id FROM contacts WHERE id = old.contact_id UNION SELECT area_id FROM placements WHERE contact_id = old.contact_id AND until_on > old.joined_on) AS x WHERE EXISTS (SELECT 1 FROM areas WHERE id = x.area_id) ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since); END;
CREATE TRIGGER grievances_fts_ai AFTER INSERT ON grievances BEGIN INSERT INTO grievances_fts(rowid, "number", "title", "who", "what", "where", "why", "remedy") VALUES (new.id, new."number", new."title", new."who", new."what", new."where", new."why", new."remedy"); END;
CREATE TRIGGER grievances_fts_ad AFTER DELETE ON grievances BEGIN INSERT INTO grievances_fts(grievances_fts, rowid, "number", "title", "who", "what", "where", "why", "remedy") VALUES ('delete', old.id, old."number", old."title", old."who", old."what", old."where", old."why", old."remedy"); END;
CREATE TRIGGER grievances_fts_au AFTER UPDATE ON grievances BEGIN INSERT INTO grievances_fts(grievances_fts, rowid, "number", "title", "who", "what", "where", "why", "remedy") VALUES ('delete', old.id, old."number", old."title", old."who", old."what", old."where", old."why", old."remedy"); INSERT INTO grievances_fts(rowid, "number", "title", "who", "what", "where", "why", "remedy") VALUES (new.id, new."number", new."title", new."who", new."what", new."where", new."why", new."remedy"); END;
CREATE TRIGGER growth_grievances_ai AFTER INSERT ON grievances BEGIN INSERT INTO growth_dirty(area_id, since) SELECT new.area_id, new.opened_on WHERE EXISTS (SELECT 1 FROM areas WHERE id = new.area_id) ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since); END;
CREATE TRIGGER growth_grievances_au AFTER UPDATE OF area_id, opened_on, status, outcome_on ON grievances BEGIN INSERT INTO growth_dirty(area_id, since) SELECT old.area_id, min(old.opened_on, new.opened_on) WHERE EXISTS (SELECT 1 FROM areas WHERE id = old.area_id) ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since); INSERT INTO growth_dirty(area_id, since) SELECT new.area_id, min(old.opened_on, new.opened_on) WHERE EXISTS (SELECT 1 FROM areas WHERE id = new.area_id) ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since); END;
CREATE TRIGGER growth_grievances_ad AFTER DELETE ON grievances BEGIN INSERT INTO growth_dirty(area_id, since) SELECT old.area_id, old.opened_on WHERE EXISTS (SELECT 1 FROM areas WHERE id = old.area_id) ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since); END;
CREATE TRIGGER grievances_fold_fts_ai AFTER INSERT ON grievances WHEN forum_kit_fold(new."number", new."title", new."who", new."what", new."where", new."why", new."remedy") <> '' BEGIN INSERT INTO grievances_fold_fts(rowid, fold) VALUES (new.id, forum_kit_fold(new."number", new."title", new."who", new."what", new."where", new."why", new."remedy")); END;
CREATE TRIGGER grievances_fold_fts_au AFTER UPDATE OF "number", "title", "who", "what", "where", "why", "remedy" ON grievances BEGIN INSERT INTO grievances_fold_fts(grievances_fold_fts, rowid, fold) SELECT 'delete', old.id, forum_kit_fold(old."number", old."title", old."who", old."what", old."where", old."why", old."remedy") WHERE forum_kit_fold(old."number", old."title", old."who", old."what", old."where", old."why", old."remedy") <> ''; INSERT INTO grievances_fold_fts(rowid, fold) SELECT new.id, forum_kit_fold(new."number", new."title", new."who", new."what", new."where", new."why", new."remedy") WHERE forum_kit_fold(new."number", new."title", new."who", new."what", new."where", new."why", new."remedy") <> ''; END;
CREATE TRIGGER grievances_fold_fts_ad AFTER DELETE ON grievances WHEN forum_kit_fold(old."number", old."title", old."who", old."what", old."where", old."why", old."remedy") <> '' BEGIN INSERT INTO grievances_fold_fts(grievances_fold_fts, rowid, fold) VALUES ('delete', old.id, forum_kit_fold(old."number", old."title", old."who", old."what", old."where", old."why", old."remedy")); END;
CREATE TRIGGER assessments_append_only BEFORE UPDATE ON assessments WHEN NOT (new.id IS old.id AND new.contact_id IS old.contact_id AND new.level IS old.level AND new.assessed_on IS old.assessed_on AND new.evidence IS old.evidence AND (new.uid IS old.uid OR old.uid IS NULL) AND (new.assessed_by_id IS old.assessed_by_id OR (new.assessed_by_id IS NULL  AND NOT EXISTS (SELECT 1 FROM contacts WHERE id = old.assessed_by_id))) AND (new.conversation_id IS old.conversation_id OR (new.conversation_id IS NULL  AND NOT EXISTS (SELECT 1 FROM conversations WHERE id = old.conversation_id)))) BEGIN SELECT RAISE(ABORT, 'assessment history is append-only'); END;
COMMIT;
