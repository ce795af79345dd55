-- The practice publishes its consent texts per language; a client signs the current version in their language
-- (English while there is none in theirs). Versions stay one sequence across languages, so the version an
-- intake already points at still names exactly the text that was signed; the intake now also records the
-- language it was signed in (every intake signed so far was signed in English).
ALTER TABLE consent_document ADD COLUMN language VARCHAR(8) NOT NULL DEFAULT 'en';
ALTER TABLE intake ADD COLUMN consent_language VARCHAR(8) NULL;
UPDATE intake SET consent_language = 'en' WHERE consent_version IS NOT NULL;

-- A Spanish version of the default texts, faithful to version 1. Only for a practice still on that default:
-- where the administrator has published texts of their own, a translation of the old default would say
-- something else, so Spanish readers sign the practice's English text until a Spanish one is published.
INSERT INTO consent_document (version, language, treatment_text, privacy_text, created_at)
SELECT 2, 'es',
'Acepto participar en terapia con mi terapeuta en esta consulta. Entiendo que la terapia es voluntaria, que puedo hacer preguntas sobre ella en cualquier momento y que puedo dejarla cuando yo lo decida. Mi terapeuta me explicará el enfoque que utilizamos y acordaremos juntos los objetivos. Los ejercicios entre sesiones son invitaciones, no exámenes: los hago a mi propio ritmo. Si mi terapeuta se preocupa por mi seguridad o por la de otra persona, es posible que tenga que actuar para proteger a las personas, y me lo dirá siempre que pueda.',
'La consulta guarda mis respuestas, y solo las vemos mi terapeuta y yo. Si trabajo con mi pareja, mi pareja nunca ve mi admisión ni mis respuestas privadas; yo decido qué compartir, si es que comparto algo. El administrador de la consulta gestiona las cuentas, pero no lee lo que escribo. Puedo pedir ver la información que se guarda sobre mí y corregirla. Los registros se conservan durante el tiempo que exige la ley y después se eliminan.',
created_at
FROM consent_document
WHERE version = 1 AND NOT EXISTS (SELECT 1 FROM consent_document later WHERE later.version > 1);
