// Events as PLOVER records in the field layout of POLECAT's published data (event type,
// mode, contexts, actor and recipient with name, country and sector, story id and date),
// one JSON object per line; Entente's evidence offsets and CAMEO coding ride along.
// docs/export.md lists the fields and what Entente leaves empty.
import { dateParts } from './dates.ts';
import { issueCodes } from '../store/queries/events.ts';
import { actorCountry, eventExtra, type StoredEvent } from './tables.ts';

export type PloverRecord = {
  event_id: string;
  event_date: string | null;
  event_date_precision: string | null;
  event_type: string;
  event_mode: string | null;
  /** PLOVER contexts (military, economic, election, ...): src/events/contexts.ts; [] when none (or stored before contexts were coded) */
  contexts: string[];
  quad_code: number;
  actor_name: string | null;
  actor_name_raw: string;
  actor_id: string;
  actor_country: string | null;
  actor_sector: string | null;
  recipient_name: string | null;
  recipient_name_raw: string | null;
  recipient_id: string | null;
  recipient_country: string | null;
  recipient_sector: string | null;
  story_id: string;
  publication_date: string | null;
  source: string | null;
  url: string | null;
  headline: string | null;
  language: string | null;
  event_text: string;
  event_start: number;
  event_end: number;
  actor_start: number;
  actor_end: number;
  recipient_start: number | null;
  recipient_end: number | null;
  cameo: string;
  goldstein: number;
  modality: string | null;
  confidence: number | null;
  /** the issue codes (--issues) the event's sentence names, each once; [] when none. Not a POLECAT field: Entente's, as its offsets */
  issues: string[];
};

export function ploverRecord(e: StoredEvent): PloverRecord {
  const extra = eventExtra(e);
  return {
    event_id: String(e.event_id),
    event_date: e.date,
    event_date_precision: dateParts(e.date).precision,
    event_type: e.plover,
    event_mode: e.mode,
    contexts: extra.contexts ?? [],
    quad_code: e.quad,
    actor_name: e.source_name,
    actor_name_raw: e.source_text,
    actor_id: e.source_id,
    actor_country: actorCountry(e.source_id, e.source_country),
    actor_sector: e.source_role,
    recipient_name: e.target_name,
    recipient_name_raw: e.target_text,
    recipient_id: e.target_id,
    recipient_country: actorCountry(e.target_id, e.target_country),
    recipient_sector: e.target_role,
    story_id: e.article_id,
    publication_date: e.published,
    source: e.source,
    url: e.url,
    headline: e.title,
    language: e.lang,
    event_text: e.text,
    event_start: e.start,
    event_end: e.end,
    actor_start: e.source_start,
    actor_end: e.source_end,
    recipient_start: e.target_start,
    recipient_end: e.target_end,
    cameo: e.cameo,
    goldstein: e.goldstein,
    modality: extra.modality ?? null,
    confidence: extra.confidence ?? null,
    issues: issueCodes(e)?.split(';') ?? [],
  };
}
