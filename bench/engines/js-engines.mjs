// Orama and itemsjs set up to do what the course finder's engine does per
// keystroke: prefix text search over title, provider, skills and
// description (ours also searches campus towns and the labels of a course's
// provider type, modes, qualification and states: a little more work),
// requiring every word; filtering by provider type; counts for
// the same nine facets; relevance order; the first 20 results. Bundled for
// the browser by bench/engines.mjs; used only by the benchmark.
import { create, insertMultiple, search as oramaSearch } from '@orama/orama';
import itemsjs from 'itemsjs';

const FACETS = ['type', 'mode', 'level', 'state', 'duration', 'cost', 'intake', 'skill', 'role'];
const PAGE = 20;

/** The words of a query, folded as our engine folds them. */
const words = (text) => text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/[^\p{L}\p{N}#+]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** Duration bands as in core/src/finder.rs. */
const band = (weeks) => (weeks <= 12 ? 'under-3-months' : weeks <= 52 ? '3-12-months' : weeks <= 104 ? '1-2-years' : 'over-2-years');

/** Each course as a flat document: searchable text and facet values. */
export function documents(catalogue) {
  const providers = new Map(catalogue.providers.map((p) => [p.id, p]));
  const skills = new Map(catalogue.skills.map((s) => [s.id, s.name]));
  return catalogue.courses.map((c) => {
    const provider = providers.get(c.provider);
    const cost = [];
    if (c.fee && c.fee.min === 0 && c.fee.max === 0) cost.push('free');
    if (c.subsidised) cost.push('subsidised');
    return {
      id: c.id,
      title: c.title,
      provider: provider?.name ?? '',
      skills: c.skills.map((s) => skills.get(s) ?? '').join(' '),
      description: c.description,
      type: provider ? [provider.kind] : [],
      mode: c.modes,
      level: [c.level],
      state: c.states,
      duration: [band(c.duration_weeks)],
      cost,
      intake: c.intakes.length ? c.intakes.map(String) : ['any'],
      skill: c.skills,
      role: c.roles,
    };
  });
}

export async function buildOrama(json) {
  const docs = documents(JSON.parse(json));
  const schema = { title: 'string', provider: 'string', skills: 'string', description: 'string' };
  for (const f of FACETS) schema[f] = 'enum[]';
  const db = create({ schema });
  await insertMultiple(db, docs, 1000);
  return db;
}

/**
 * Orama's facet counts are over the results of the query as run, so with a
 * provider type chosen its "type" counts cover that type only; ours (and
 * itemsjs with conjunction: false) count each facet against the *other*
 * filters. Orama therefore does a little less work when a filter is on.
 */
export async function searchOrama(db, text, providerType) {
  const facets = Object.fromEntries(FACETS.map((f) => [f, { limit: 1000 }]));
  const result = await oramaSearch(db, {
    term: words(text).join(' '),
    properties: ['title', 'provider', 'skills', 'description'],
    // Every word must match, as in our engine.
    threshold: 0,
    where: providerType ? { type: { containsAny: [providerType] } } : undefined,
    facets,
    limit: PAGE,
  });
  return result.count;
}

export function buildItemsjs(json) {
  const docs = documents(JSON.parse(json)).map((d) => ({ ...d, name: d.title }));
  return itemsjs(docs, {
    aggregations: Object.fromEntries(FACETS.map((f) => [f, { size: 1000, conjunction: false }])),
    searchableFields: ['provider', 'skills', 'description'],
    // Our engine does not stem; lunr's stemmer would change what a prefix matches.
    isExactSearch: true,
  });
}

export function searchItemsjs(engine, text, providerType) {
  // lunr syntax: every word required (+), matched as a prefix (*).
  const query = words(text).map((w) => `+${w.replace(/[+#]/g, '')}*`).join(' ');
  const result = engine.search({
    query,
    per_page: PAGE,
    filters: providerType ? { type: [providerType] } : {},
  });
  return result.pagination.total;
}
