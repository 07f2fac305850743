'use strict';
/**
 * The AlfaDocs sandbox data: one practice (7) with two archives (11, the demo archive, and 12), each
 * generated from a fixed seed, so every start and every reset gives the same records. Dates are
 * AlfaDocs' `YYYY-MM-DD HH:mm:ss` (practice-local, no zone). Appointments run from 2025-01-01 to
 * 2026-12-31 on weekdays.
 */
const { createRng } = require('../../lib/prng');

const PRACTICE_ID = 7;
const ARCHIVES = {
	11: { patients: 120, appointmentsPerDay: 3 },
	12: { patients: 20, appointmentsPerDay: 1 },
};

/** One API key per archive (SEED: "An API key is related to a certain archive"). */
const API_KEYS = {
	'sandbox-alfadocs-key-11': { practiceId: PRACTICE_ID, archiveId: 11 },
	'sandbox-alfadocs-key-12': { practiceId: PRACTICE_ID, archiveId: 12 },
};

/** The registered OAuth2 client and the user who approves on the consent page. */
const OAUTH_CLIENT = {
	clientId: 'n8n-sandbox',
	clientSecret: 'sandbox-client-secret',
	name: 'n8n',
};
const OAUTH_USER = {
	userId: 501,
	userEmail: 'owner@studio-rossi.test',
	ownerEmail: 'owner@studio-rossi.test',
	practiceId: PRACTICE_ID,
	archiveIds: [11, 12],
	defaultArchiveId: 11,
};

const FIRST_NAMES = [
	'Mario',
	'Giulia',
	'Luca',
	'Francesca',
	'Marco',
	'Chiara',
	'Alessandro',
	'Sara',
	'Andrea',
	'Elena',
	'Matteo',
	'Valentina',
	'Davide',
	'Martina',
	'Simone',
	'Federica',
	'Paolo',
	'Anna',
	'Stefano',
	'Laura',
];
const LAST_NAMES = [
	'Rossi',
	'Russo',
	'Ferrari',
	'Esposito',
	'Bianchi',
	'Romano',
	'Colombo',
	'Ricci',
	'Marino',
	'Greco',
	'Bruno',
	'Gallo',
	'Conti',
	'De Luca',
	'Mancini',
	'Costa',
	'Giordano',
	'Rizzo',
	'Lombardi',
	'Moretti',
];
const CITIES = [
	['Milano', '20100', 'MI'],
	['Roma', '00100', 'RM'],
	['Torino', '10100', 'TO'],
	['Bologna', '40100', 'BO'],
	['Firenze', '50100', 'FI'],
];
const STREETS = [
	'Via Albertazzi',
	'Via Roma',
	'Corso Buenos Aires',
	'Via Dante',
	'Viale Monza',
	'Via Garibaldi',
];
const EXPENSE_TYPES = [
	'tk',
	'tk2',
	'fc',
	'fv',
	'sp',
	'ad',
	'as',
	'sr',
	'sr2',
	'ct',
	'pi',
	'ic',
	'aa',
	'nn',
];
const STATES = ['absent', 'waiting', 'in_care', 'done', 'cancelled', 'confirmed'];
const TREATMENTS = [
	'Apicectomia mesiale',
	'Igiene professionale',
	'Otturazione',
	'Corona in ceramica',
	'Sbiancamento',
	'Estrazione',
];

const pad = (n) => String(n).padStart(2, '0');
/** AlfaDocs' local date-time text for a UTC-based millisecond value used as a calendar clock. */
const stamp = (ms) => {
	const d = new Date(ms);
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00`;
};
const DAY = 86400000;
const FIRST_DAY = Date.UTC(2025, 0, 1);
const LAST_DAY = Date.UTC(2026, 11, 31);

function fiscalCode(rng, last, first, year) {
	const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
	const code = (text) =>
		text
			.toUpperCase()
			.replace(/[^A-Z]/g, '')
			.padEnd(3, 'X')
			.slice(0, 3);
	return `${code(last)}${code(first)}${String(year).slice(2)}${rng.pick(letters.split(''))}${pad(rng.int(1, 28))}${rng.pick(letters.split(''))}${rng.int(100, 999)}${rng.pick(letters.split(''))}`;
}

function generateArchive(archiveId) {
	const rng = createRng(`alfadocs:archive:${archiveId}`);
	const size = ARCHIVES[archiveId];
	const created = (i) => stamp(Date.UTC(2021, 1, 18, 10, 30) + i * 3600000);

	const operators = [
		['Mario Rossi', 'RSSMRA70A01F205X'],
		['Giulia Bianchi', 'BNCGLI80B41F205Y'],
		['Luca Ferrari', 'FRRLCU75C10H501Z'],
		['Sara Colombo', 'CLMSRA85D50L219W'],
		['Paolo Gallo', 'GLLPLA60E15A944V'],
	].map(([name, code], i) => ({
		id: i + 1,
		name: `Dott. ${name}`,
		italianFiscalCode: code,
		sequenceNumber: i + 1,
		deleted: i === 4,
	}));
	const chairs = [1, 2, 3].map((n) => ({ id: n, name: `Poltrona ${n}`, deleted: false }));
	const colors = [
		['e91e63', 'ffffff'],
		['2196f3', 'ffffff'],
		['4caf50', 'ffffff'],
		['ffeb3b', '000000'],
		['9c27b0', 'ffffff'],
	].map(([backgroundColor, textColor], i) => ({ id: i + 1, backgroundColor, textColor }));
	const specialties = ['Prevenzione', 'Conservativa', 'Ortodonzia', 'Chirurgia'].map((name, i) => ({
		id: 820 + i,
		name,
		sequenceNumber: String(i + 1),
		createdAt: created(i),
		deleted: false,
		operatorIds: operators.filter((o) => !o.deleted && (o.id + i) % 2 === 0).map((o) => o.id),
	}));
	const bookingReasons = [
		['Visita di Controllo', 30, 0],
		['Igiene', 45, 0],
		['Otturazione', 60, 1],
		['Prima visita ortodontica', 30, 2],
		['Estrazione', 45, 3],
		['Urgenza', 30, 1],
	].map(([description, duration, s], i) => ({
		id: i + 1,
		specialtyId: specialties[s].id,
		description,
		duration: String(duration),
		sequenceNumber: String(i + 1),
		createdAt: created(i),
		deleted: false,
		operatorIds: specialties[s].operatorIds,
		price: (60 + i * 15.5).toFixed(2),
	}));
	const accounts = ['Banca', 'Cassa', 'POS'].map((name, i) => ({
		id: 33960 + i,
		name,
		deleted: false,
	}));
	const paymentTypes = ['Contante', 'Bancomat', 'Carta di credito', 'Bonifico'].map((name, i) => ({
		id: i + 1,
		name,
		deleted: false,
	}));
	const customFields = [
		['patient', 'Person Height', 'personHeight', 'single_line_text', []],
		['patient', 'Allergies', 'allergies', 'single_line_text', []],
		['patient', 'Newsletter', 'newsletter', 'single_checkbox', []],
		['patient', 'Referral', 'referral', 'dropdown', ['Google', 'Friend', 'Insurance']],
		['care_plan', 'Priority', 'priority', 'dropdown', ['Low', 'High']],
	].map(([objectType, label, technicalName, type, choices], i) => ({
		id: 8364 + i,
		objectType,
		label,
		technicalName,
		type,
		choices,
		sequenceNumber: i + 1,
	}));

	const patients = [];
	for (let id = 1; id <= size.patients; id++) {
		const firstName = rng.pick(FIRST_NAMES);
		const lastName = rng.pick(LAST_NAMES);
		const year = rng.int(1945, 2015);
		const [city, postcode, province] = rng.pick(CITIES);
		patients.push({
			id,
			firstName,
			lastName,
			email: `${firstName}.${lastName}.${id}@example.it`.toLowerCase().replace(/ /g, ''),
			emailEnabled: true,
			emailValid: 'true',
			phoneNumbers: [
				{
					id: String(id),
					prefix: '+39',
					number: `34${rng.int(10000000, 99999999)}`,
					label: 'Cellulare',
					smsEnabled: true,
				},
			],
			gender: rng.pick(['m', 'f']),
			street: `${rng.pick(STREETS)} ${rng.int(1, 120)}`,
			city,
			postcode,
			province,
			dateOfBirth: `${year}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`,
			placeOfBirth: city,
			italianFiscalCode: fiscalCode(rng, lastName, firstName, year),
			job: rng.pick(['Impiegato', 'Insegnante', 'Studente', 'Ingegnere', 'Pensionato']),
			yearlyNumberingYear: '2024',
			yearlyNumberingNumber: String(id),
			defaultDiscount: rng.pick([0, 0, 0, 5, 10]),
			sourceId: rng.int(1, 4),
			priceListId: 283,
			emailReminderPossible: 'true',
			smsReminderPossible: 'true',
			createdAt: created(id),
			documentSignatureEmailPossible: 'true',
			lastModifiedAt: created(id + 1),
			deleted: false,
			custom: {
				personHeight: String(rng.int(150, 195)),
				allergies: rng.pick(['', '', 'penicillina', 'lattice']),
				newsletter: rng.pick(['true', 'false']),
				referral: rng.pick(['Google', 'Friend', 'Insurance']),
			},
		});
	}

	const carePlans = [];
	const carePlanEntries = [];
	for (let id = 1; id <= Math.ceil(size.patients / 3); id++) {
		const patientId = rng.int(1, size.patients);
		const entries = [1, 2, 3].map((n) => {
			const entryId = carePlanEntries.length + 1;
			const price = rng.int(50, 900) * 100;
			const entry = {
				entryId,
				carePlanId: id,
				price,
				discountedPrice: price,
				discountPercentage: 0,
				absoluteDiscount: 0,
				createdAt: '2025-01-15',
				done: String(n === 1),
				dateDone: n === 1 ? '2025-02-01' : null,
				deleted: 'false',
				sequenceNumber: n,
				numberOfExecutions: 1,
				hasPhases: 'false',
				doneAmount: n === 1 ? price : 0,
				vatPercentage: 0,
				label: rng.pick(TREATMENTS),
			};
			carePlanEntries.push(entry);
			return entry;
		});
		const total = entries.reduce((sum, e) => sum + e.price, 0);
		carePlans.push({
			id,
			patientId,
			branch: 'dentistry',
			name: `Piano #${id}`,
			state: rng.pick(['estimate', 'accepted', 'completed']),
			dateAccepted: '2025-01-20',
			operatorId: rng.int(1, 4),
			createdAt: '2025-01-15',
			text: 'estimate',
			background: false,
			createdThroughAppointment: false,
			isSigned: rng.chance(0.5),
			discountPercentage: 0,
			carePlanEntriesCount: entries.length,
			price: total,
			discountedPrice: total,
			grossPrice: total,
			grossDiscountedPrice: total,
			doneAmount: entries[0].price,
			billedAmount: 0,
			creditedAmount: 0,
			billableAmount: total,
			fullBillsCount: 0,
			liabilities: [],
		});
	}

	const appointments = [];
	const appointmentEntries = {};
	for (let day = FIRST_DAY; day <= LAST_DAY; day += DAY) {
		const weekday = new Date(day).getUTCDay();
		if (weekday === 0 || weekday === 6) continue;
		for (let n = 0; n < size.appointmentsPerDay; n++) {
			const id = appointments.length + 1;
			const minutes = 9 * 60 + n * 150 + rng.pick([0, 30]);
			const operatorId = rng.int(1, 4);
			appointments.push({
				id,
				date: stamp(day + minutes * 60000),
				patientId: rng.int(1, size.patients),
				emailReminder: rng.chance(0.5),
				smsReminder: rng.chance(0.7),
				description: rng.pick(bookingReasons).description,
				allDay: false,
				type: rng.chance(0.1) ? 'telehealth' : 'inPractice',
				state:
					day < Date.UTC(2026, 2, 1)
						? rng.pick(['done', 'done', 'done', 'absent', 'cancelled'])
						: rng.pick(['confirmed', 'waiting']),
				duration: rng.pick([30, 45, 60]),
				colorId: rng.int(1, colors.length),
				chairId: rng.int(1, chairs.length),
				operatorId,
				createdThroughBooking: rng.chance(0.2),
				createdThroughApi: false,
				firstVisit: rng.chance(0.1) ? 'yes' : 'no',
			});
			if (rng.chance(0.15)) appointmentEntries[id] = [rng.int(1, carePlanEntries.length)];
		}
	}

	const bills = [];
	const liabilities = [];
	const transactions = [];
	for (let day = FIRST_DAY, n = 0; day <= LAST_DAY; day += DAY * rng.int(2, 5), n++) {
		const id = 69200 + bills.length + 1;
		const net = rng.int(40, 1500) + rng.pick([0, 0.5, 0.25]);
		const carePlan = rng.pick(carePlans);
		bills.push({
			id,
			carePlanId: carePlan.id,
			companyId: 1,
			operatorId: carePlan.operatorId,
			type: rng.pick(['full', 'full', 'full', 'partial', 'proforma', 'credit']),
			direction: rng.chance(0.9) ? 'outgoing' : 'incoming',
			date: stamp(day),
			net,
			stamp: net > 77.47 ? 2 : 0,
			numberIncludingPrefix: `${new Date(day).getUTCFullYear()}/${n + 1}`,
			createdAt: stamp(day + 11 * 3600000),
			paymentLinkValid: rng.chance(0.7),
		});
		if (rng.chance(0.4)) {
			liabilities.push({
				id: liabilities.length + 1,
				billId: id,
				date: stamp(day + 30 * DAY).slice(0, 10),
				amount: (net / 2).toFixed(2),
				createdAt: stamp(day + 11 * 3600000),
				relatedToInsurance: false,
				sistemaTsExpenseType: 'sp',
			});
		}
		transactions.push({
			id: 33900 + transactions.length + 1,
			direction: 'incoming',
			amount: net,
			date: stamp(day).slice(0, 10),
			billId: id,
			accountId: rng.pick(accounts).id,
			paymentTypeId: rng.pick(paymentTypes).id,
			createdAt: stamp(day + 12 * 3600000),
			deleted: false,
			verified: rng.chance(0.8),
			relatedToInsurance: false,
			sistemaTsExpenseType: rng.pick(EXPENSE_TYPES),
		});
	}

	const folders = { Radiografie: '12345', Consensi: '12346', Documenti: '12347' };
	const documents = [1, 2, 3].map((patientId, i) => ({
		id: i + 1,
		patientId,
		name: `consenso-${patientId}.txt`,
		folderId: folders.Consensi,
		type: 'text',
		createdAt: '2025-05-05 14:00:00',
		base64Data: Buffer.from(`Consenso informato del paziente ${patientId}\n`).toString('base64'),
	}));

	return {
		archiveId,
		operators,
		chairs,
		colors,
		specialties,
		bookingReasons,
		accounts,
		paymentTypes,
		customFields,
		patients,
		carePlans,
		carePlanEntries,
		appointments,
		appointmentEntries,
		bills,
		liabilities,
		transactions,
		documents,
		folders,
		marketplace: { integrationStatus: null, practiceUiElements: {}, appUiElements: {} },
	};
}

function createInitialState() {
	return {
		archives: Object.fromEntries(
			Object.keys(ARCHIVES).map((id) => [id, generateArchive(Number(id))]),
		),
		oauth: { codes: new Map(), accessTokens: new Map(), refreshTokens: new Map() },
		webhooks: { url: null, pending: [], deliveries: [] },
	};
}

module.exports = {
	PRACTICE_ID,
	API_KEYS,
	OAUTH_CLIENT,
	OAUTH_USER,
	EXPENSE_TYPES,
	STATES,
	stamp,
	createInitialState,
};
