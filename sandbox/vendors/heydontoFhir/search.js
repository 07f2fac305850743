'use strict';
/**
 * FHIR R4 search for the sandbox, the standard way (INFERRED: HeyDonto documents the parameter names,
 * `_count` default 20 and `_page_token`, not their semantics):
 *   - repeated parameters are ANDed, comma-separated values ORed (`\,` is a literal comma);
 *   - string (name, family, given): case- and accent-insensitive "starts with" on any part;
 *     `:contains` (substring), `:exact` (exact, case-sensitive);
 *   - token (identifier, status, gender, active, telecom, email, phone, _id): `code`, `system|code`,
 *     `system|`, `|code`; `:not`;
 *   - date (_lastUpdated, date, birthdate, start): prefixes eq ne gt ge lt le sa eb, and the implicit
 *     range of the precision given (`2026-03` is the whole month, `...T10:00:00Z` a whole second,
 *     `...T10:00:00.123Z` one millisecond); a time without a zone is UTC;
 *   - reference (patient, practitioner, actor, schedule): `Patient/123`, `123` or a full URL;
 *   - every parameter takes `:missing=true|false`;
 *   - `_sort` (comma list, `-` for descending), `_count` (default 20, clamped to 100; 0 = only the
 *     total), `_elements`, `_total=none`, `_summary=count`, `_page_token`;
 *   - unknown parameters (and `_include`, `_revinclude`, `_has`, `_tag`, ...) are ignored, as a
 *     lenient FHIR server does; an unknown modifier or sort key, a bad date or `_count` is a 400.
 * Paging is a cursor: `_page_token` holds the sort key and creation sequence of the last entry sent,
 * and the next page starts after it in the data as it is then (stable under writes: nothing is
 * skipped or repeated unless it was changed or deleted meanwhile).
 */
const { fhirError } = require('./outcome');

const DEFAULT_COUNT = 20;
const MAX_COUNT = 100;
const PREFIXES = ['eq', 'ne', 'gt', 'lt', 'ge', 'le', 'sa', 'eb'];
/** Result parameters the sandbox does not implement, ignored like unknown ones. */
const IGNORED = ['_include', '_revinclude', '_has', '_tag', '_security', '_profile', '_format'];

const norm = (text) =>
	String(text)
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();

function decode(text) {
	const spaced = text.replace(/\+/g, ' ');
	try {
		return decodeURIComponent(spaced);
	} catch {
		return spaced;
	}
}

/** `a=1&b:contains=x` -> [{ name: 'a', modifier: '', value: '1', raw: 'a=1' }, ...] */
function parseRawQuery(rawQuery) {
	return (rawQuery || '')
		.split('&')
		.filter((part) => part !== '')
		.map((raw) => {
			const eq = raw.indexOf('=');
			const key = decode(eq === -1 ? raw : raw.slice(0, eq));
			const value = eq === -1 ? '' : decode(raw.slice(eq + 1));
			const colon = key.indexOf(':');
			return {
				name: colon === -1 ? key : key.slice(0, colon),
				modifier: colon === -1 ? '' : key.slice(colon + 1),
				value,
				raw,
			};
		});
}

/** Splits on commas not escaped with a backslash. */
function splitOr(value) {
	const out = [];
	let current = '';
	for (let i = 0; i < value.length; i++) {
		if (value[i] === '\\' && value[i + 1] === ',') {
			current += ',';
			i++;
		} else if (value[i] === ',') {
			out.push(current);
			current = '';
		} else current += value[i];
	}
	out.push(current);
	return out;
}

const DATE_RE =
	/^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/**
 * A FHIR date, dateTime or instant as the range it stands for: `{ lo, hi }` in ms, hi exclusive.
 * `2026` is the year, `2026-03-02` the day, `...T10:00Z` the minute, `...T10:00:00.123Z` the ms.
 */
function dateRange(text) {
	const m = DATE_RE.exec(String(text));
	if (!m) return null;
	const [, y, mo, d, hh, mi, ss, frac, tz] = m;
	const year = Number(y);
	if (mo === undefined) return { lo: Date.UTC(year, 0, 1), hi: Date.UTC(year + 1, 0, 1) };
	const month = Number(mo);
	if (month < 1 || month > 12) return null;
	if (d === undefined) return { lo: Date.UTC(year, month - 1, 1), hi: Date.UTC(year, month, 1) };
	const day = Number(d);
	const lo = Date.UTC(year, month - 1, day);
	if (new Date(lo).getUTCDate() !== day) return null;
	if (hh === undefined) return { lo, hi: Date.UTC(year, month - 1, day + 1) };
	if (Number(hh) > 23 || Number(mi) > 59 || (ss !== undefined && Number(ss) > 59)) return null;
	const ms = frac === undefined ? '' : `.${frac.slice(0, 3).padEnd(3, '0')}`;
	const start = Date.parse(`${y}-${mo}-${d}T${hh}:${mi}:${ss ?? '00'}${ms}${tz ?? 'Z'}`);
	if (Number.isNaN(start)) return null;
	const width = ss === undefined ? 60000 : frac === undefined ? 1000 : 1;
	return { lo: start, hi: start + width };
}

/** Does a resource's date (range r) satisfy `prefix` against the parameter's range p? */
function compareDate(prefix, r, p) {
	switch (prefix) {
		case 'eq':
			return r.lo >= p.lo && r.hi <= p.hi;
		case 'ne':
			return !(r.lo >= p.lo && r.hi <= p.hi);
		case 'gt':
			return r.hi > p.hi;
		case 'lt':
			return r.lo < p.lo;
		case 'ge':
			return r.hi > p.lo;
		case 'le':
			return r.lo < p.hi;
		case 'sa':
			return r.lo >= p.hi;
		case 'eb':
			return r.hi <= p.lo;
		default:
			return false;
	}
}

/** `Patient/123`, `123`, `http://host/site/1/fhir/patient/123` -> { type?, id } */
function parseReference(text) {
	const parts = String(text).split('/').filter(Boolean);
	if (parts.length === 0) return null;
	const id = parts[parts.length - 1];
	const type = parts.length > 1 ? parts[parts.length - 2] : undefined;
	return { type, id };
}

// ---- parameter kinds -------------------------------------------------------------------------------

const KINDS = {
	string: {
		modifiers: ['', 'contains', 'exact'],
		matcher(value, modifier) {
			const needle = modifier === 'exact' ? value : norm(value);
			return (text) => {
				if (modifier === 'exact') return text === needle;
				const hay = norm(text);
				return modifier === 'contains' ? hay.includes(needle) : hay.startsWith(needle);
			};
		},
	},
	token: {
		modifiers: ['', 'not'],
		matcher(value) {
			const bar = value.indexOf('|');
			const system = bar === -1 ? undefined : value.slice(0, bar);
			const code = bar === -1 ? value : value.slice(bar + 1);
			return (token) => {
				if (system !== undefined) {
					if (system === '' ? token.system : token.system !== system) return false;
					if (code === '') return true;
				}
				const have = token.code === undefined || token.code === null ? '' : String(token.code);
				return token.ci ? norm(have) === norm(code) : have === code;
			};
		},
	},
	date: {
		modifiers: [''],
		parse(value, name) {
			const prefix = PREFIXES.find((p) => value.startsWith(p)) ?? 'eq';
			const text = PREFIXES.includes(value.slice(0, 2)) ? value.slice(2) : value;
			const range = dateRange(text);
			if (!range) {
				const hint = / \d{2}:\d{2}$/.test(text)
					? " (a '+' in a query string means a space: send the zone as %2B)"
					: '';
				return {
					error: `Invalid date in ${name}: "${value}" (prefix eq|ne|gt|ge|lt|le|sa|eb, then YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss[.sss]][Z|±hh:mm])${hint}`,
				};
			}
			return { prefix, range };
		},
		matcher({ prefix, range }) {
			return (text) => {
				const r = dateRange(text);
				if (!r) {
					const t = Date.parse(text);
					if (Number.isNaN(t)) return false;
					return compareDate(prefix, { lo: t, hi: t + 1 }, range);
				}
				return compareDate(prefix, r, range);
			};
		},
	},
	reference: {
		modifiers: [''],
		matcher(value, modifier, target) {
			const want = parseReference(value);
			const type = modifier || target;
			return (text) => {
				const have = parseReference(text);
				if (!want || !have || have.id !== want.id) return false;
				if (type && have.type !== type) return false;
				if (want.type && have.type !== want.type) return false;
				return true;
			};
		},
	},
};

// ---- what each type can search and sort on -----------------------------------------------------------

const list = (v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const nameParts = (names) =>
	list(names).flatMap((n) =>
		[n.family, ...list(n.given), ...list(n.prefix), ...list(n.suffix), n.text].filter(
			(part) => typeof part === 'string' && part !== '',
		),
	);
const identifiers = (r) => list(r.identifier).map((i) => ({ system: i.system, code: i.value }));
const telecoms = (only) => (r) =>
	list(r.telecom)
		.filter((cp) => !only || cp.system === only)
		.map((cp) => ({ system: cp.system, code: cp.value, ci: true }));
const code = (field) => (r) =>
	r[field] === undefined || r[field] === null ? [] : [{ code: String(r[field]) }];
const participants = (r) =>
	list(r.participant)
		.map((p) => p && p.actor && p.actor.reference)
		.filter(Boolean);

const str = (values) => ({ kind: 'string', values });
const tok = (values) => ({ kind: 'token', values });
const dat = (values) => ({ kind: 'date', values });
const ref = (values, target) => ({ kind: 'reference', values, target });

const COMMON = {
	_id: tok((r) => [{ code: r.id }]),
	_lastUpdated: dat((r) => list(r.meta && r.meta.lastUpdated)),
};

const PERSON = {
	identifier: tok(identifiers),
	name: str((r) => nameParts(r.name)),
	family: str((r) => list(r.name).flatMap((n) => list(n.family))),
	given: str((r) => list(r.name).flatMap((n) => list(n.given))),
	gender: tok(code('gender')),
	active: tok(code('active')),
	telecom: tok(telecoms()),
	email: tok(telecoms('email')),
	phone: tok(telecoms('phone')),
};

const PARAMS = {
	Patient: { ...PERSON, birthdate: dat((r) => list(r.birthDate)) },
	Practitioner: { ...PERSON },
	Appointment: {
		identifier: tok(identifiers),
		date: dat((r) => list(r.start)),
		status: tok(code('status')),
		patient: ref(participants, 'Patient'),
		practitioner: ref(participants, 'Practitioner'),
		actor: ref(participants),
	},
	Schedule: {
		identifier: tok(identifiers),
		actor: ref((r) => list(r.actor).map((a) => a && a.reference)),
		active: tok(code('active')),
	},
	Slot: {
		identifier: tok(identifiers),
		schedule: ref((r) => list(r.schedule && r.schedule.reference), 'Schedule'),
		start: dat((r) => list(r.start)),
		status: tok(code('status')),
	},
};

const time = (text) => {
	if (text === undefined || text === null) return null;
	const r = dateRange(text);
	if (r) return r.lo;
	const t = Date.parse(text);
	return Number.isNaN(t) ? null : t;
};
const firstName = (r) => list(r.name)[0] || {};
const text = (v) => (v === undefined || v === null ? null : norm(v));

const COMMON_SORTS = {
	_id: (r) => r.id,
	_lastUpdated: (r) => time(r.meta && r.meta.lastUpdated),
};
const PERSON_SORTS = {
	family: (r) => text(firstName(r).family),
	given: (r) => text(list(firstName(r).given)[0]),
	name: (r) => {
		const n = firstName(r);
		const parts = [n.family, list(n.given)[0]].filter(Boolean);
		return parts.length ? norm(parts.join(' ')) : null;
	},
};
const SORTS = {
	Patient: {
		...PERSON_SORTS,
		birthdate: (r) => time(r.birthDate),
		gender: (r) => r.gender ?? null,
	},
	Practitioner: { ...PERSON_SORTS },
	Appointment: { date: (r) => time(r.start), status: (r) => r.status ?? null },
	Slot: { start: (r) => time(r.start), status: (r) => r.status ?? null },
	Schedule: {},
};

const paramsOf = (type) => ({ ...COMMON, ...(PARAMS[type] || {}) });
const sortsOf = (type) => ({ ...COMMON_SORTS, ...(SORTS[type] || {}) });

// ---- parsing a search ----------------------------------------------------------------------------------

function intValue(raw) {
	return /^\d+$/.test(raw) ? Number(raw) : NaN;
}

function decodeToken(raw, sortSpec, errors) {
	try {
		const token = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
		if (token && token.v === 1 && Array.isArray(token.k) && Number.isInteger(token.q)) {
			if (token.s !== sortSpec) {
				errors.push({
					code: 'invalid',
					diagnostics: `_page_token was issued for _sort=${token.s || '(none)'}: repeat the same search`,
				});
				return null;
			}
			return token;
		}
	} catch {
		// reported below
	}
	errors.push({ code: 'invalid', diagnostics: `Invalid _page_token: ${raw}` });
	return null;
}

const encodeToken = (sortSpec, keys, seq) =>
	Buffer.from(JSON.stringify({ v: 1, s: sortSpec, k: keys, q: seq })).toString('base64url');

/** Reads a search's query string; throws one 400 OperationOutcome with every problem. */
function parseSearch(type, rawQuery) {
	const params = paramsOf(type);
	const sorts = sortsOf(type);
	const errors = [];
	const filters = [];
	let count = DEFAULT_COUNT;
	let countSet = false;
	let sort = [];
	let sortSpec = '';
	let elements = null;
	let total = true;
	let summaryCount = false;
	let pageToken = null;
	const parts = parseRawQuery(rawQuery);

	for (const part of parts) {
		const { name, modifier, value } = part;
		if (name === '_count') {
			if (countSet) continue;
			countSet = true;
			const n = intValue(value);
			if (Number.isNaN(n))
				errors.push({
					code: 'invalid',
					diagnostics: `_count must be a whole number, got "${value}"`,
				});
			else count = Math.min(n, MAX_COUNT);
		} else if (name === '_sort') {
			sortSpec = value;
			sort = value
				.split(',')
				.filter(Boolean)
				.map((item) => {
					const desc = item.startsWith('-');
					const key = desc ? item.slice(1) : item;
					if (!sorts[key]) {
						errors.push({
							code: 'not-supported',
							diagnostics: `Unknown sort parameter "${key}" for ${type} (sortable: ${Object.keys(sorts).join(', ')})`,
						});
					}
					return { key, dir: desc ? -1 : 1, of: sorts[key] };
				});
		} else if (name === '_elements') {
			elements = value
				.split(',')
				.map((e) => e.trim())
				.filter(Boolean);
		} else if (name === '_total') {
			total = value !== 'none';
		} else if (name === '_summary') {
			if (value === 'count') summaryCount = true;
		} else if (name === '_page_token') {
			pageToken = value;
		} else if (params[name]) {
			const filter = buildFilter(params[name], name, modifier, value, errors);
			if (filter) filters.push(filter);
		} else if (!IGNORED.includes(name)) {
			// Unknown parameter: ignored (lenient handling).
		}
	}
	const token = pageToken === null ? null : decodeToken(pageToken, sortSpec, errors);
	if (errors.length) throw fhirError(400, errors);
	if (summaryCount) count = 0;
	return { filters, count, sort, sortSpec, elements, total, token, parts };
}

function buildFilter(param, name, modifier, value, errors) {
	const kind = KINDS[param.kind];
	if (modifier === 'missing') {
		if (value !== 'true' && value !== 'false') {
			errors.push({ code: 'invalid', diagnostics: `${name}:missing must be true or false` });
			return null;
		}
		const missing = value === 'true';
		return (r) => (param.values(r).length === 0) === missing;
	}
	const typeModifier = param.kind === 'reference' && /^[A-Z][A-Za-z]+$/.test(modifier);
	if (!kind.modifiers.includes(modifier) && !typeModifier) {
		errors.push({
			code: 'not-supported',
			diagnostics: `Unsupported modifier ${name}:${modifier} (a ${param.kind} parameter takes ${
				kind.modifiers
					.filter(Boolean)
					.map((m) => `:${m}`)
					.concat(':missing')
					.join(', ') || ':missing'
			})`,
		});
		return null;
	}
	const alternatives = splitOr(value).map((one) => {
		if (param.kind === 'date') {
			const parsed = kind.parse(one, name);
			if (parsed.error) {
				errors.push({ code: 'invalid', diagnostics: parsed.error });
				return () => false;
			}
			return kind.matcher(parsed);
		}
		return kind.matcher(one, modifier, param.target);
	});
	if (modifier === 'not')
		return (r) => !param.values(r).some((v) => alternatives.some((m) => m(v)));
	return (r) => param.values(r).some((v) => alternatives.some((m) => m(v)));
}

// ---- running a search ------------------------------------------------------------------------------

/** Missing values sort last in both directions; ties fall back to the creation sequence. */
function compareKeys(a, b, sort) {
	for (let i = 0; i < sort.length; i++) {
		const x = a[i];
		const y = b[i];
		if (x === y) continue;
		if (x === null || x === undefined) return 1;
		if (y === null || y === undefined) return -1;
		const c = x < y ? -1 : x > y ? 1 : 0;
		if (c !== 0) return c * sort[i].dir;
	}
	return 0;
}

/**
 * rows: `[{ seq, resource }]` in creation order. Returns `{ total, page: [row], next: token | null }`.
 */
function runSearch(rows, search) {
	const { filters, sort, count, token, sortSpec } = search;
	const matched = rows
		.filter((row) => filters.every((f) => f(row.resource)))
		.map((row) => ({ row, keys: sort.map((s) => s.of(row.resource) ?? null) }));
	const order = (a, b) => compareKeys(a.keys, b.keys, sort) || a.row.seq - b.row.seq;
	if (sort.length) matched.sort(order);
	let start = 0;
	if (token) {
		const cursor = { keys: token.k, row: { seq: token.q } };
		start = matched.findIndex((item) => order(item, cursor) > 0);
		if (start === -1) start = matched.length;
	}
	const slice = count === 0 ? [] : matched.slice(start, start + count);
	const last = slice[slice.length - 1];
	const next =
		count > 0 && last && start + count < matched.length
			? encodeToken(sortSpec, last.keys, last.row.seq)
			: null;
	return { total: matched.length, page: slice.map((item) => item.row), next };
}

const SUBSETTED = {
	system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationValue',
	code: 'SUBSETTED',
	display: 'subsetted',
};

/** `_elements`: only the listed top-level elements, plus resourceType, id and meta (tagged SUBSETTED). */
function subset(resource, elements) {
	const out = { resourceType: resource.resourceType, id: resource.id };
	const meta = { ...(resource.meta || {}) };
	meta.tag = [...list(meta.tag), SUBSETTED];
	out.meta = meta;
	for (const name of elements) {
		if (name in out) continue;
		if (resource[name] !== undefined) out[name] = resource[name];
	}
	return out;
}

module.exports = {
	parseSearch,
	runSearch,
	subset,
	dateRange,
	parseRawQuery,
	paramsOf,
	sortsOf,
	DEFAULT_COUNT,
	MAX_COUNT,
};
