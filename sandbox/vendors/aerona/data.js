'use strict';
/**
 * Aerona sandbox data, the same on every start: practices, clinicians, appointment types, 1,000
 * patients, some booked appointments, payments and invoices. IDs follow the seed's samples (practice
 * 9876, clinician 34567, appointment type 1864, patient 426709, payment 187941, invoice 337292).
 */
const { createRng } = require('../../lib/prng');
const { Table } = require('../../lib/table');

const PRACTICES = [
	{ id: 9876, name: 'Riverside Dental', masterPracticeId: null },
	{ id: 9877, name: 'Hillside Dental', masterPracticeId: 9876 },
	{ id: 9878, name: 'Harbour Physio & Hygiene', masterPracticeId: null },
];

// clinicianTypeId: 1 General Dentist, 3 Hygienist, 4 Orthodontist, 8 Physiotherapist.
const CLINICIANS = [
	{
		id: 34567,
		title: 'Dr',
		forename: 'Aoife',
		surname: 'Byrne',
		clinicianTypeId: 1,
		practiceIds: [9876, 9877],
	},
	{
		id: 34568,
		title: 'Dr',
		forename: 'Liam',
		surname: 'Doherty',
		clinicianTypeId: 1,
		practiceIds: [9876],
	},
	{
		id: 34569,
		title: 'Ms',
		forename: 'Niamh',
		surname: 'Kelly',
		clinicianTypeId: 3,
		practiceIds: [9876, 9878],
	},
	{
		id: 34570,
		title: 'Dr',
		forename: 'Conor',
		surname: 'Walsh',
		clinicianTypeId: 4,
		practiceIds: [9877],
	},
	{
		id: 34571,
		title: 'Mr',
		forename: 'Sean',
		surname: 'Murphy',
		clinicianTypeId: 8,
		practiceIds: [9878],
	},
];

const APPOINTMENT_TYPES = [
	{
		id: 1864,
		name: 'Check-up',
		duration: 30,
		clinicianTypeId: 1,
		onsite: true,
		remote: false,
		disabled: false,
	},
	{
		id: 1865,
		name: 'Filling',
		duration: 45,
		clinicianTypeId: 1,
		onsite: true,
		remote: false,
		disabled: false,
	},
	{
		id: 1866,
		name: 'Emergency Appointment',
		duration: 30,
		clinicianTypeId: 1,
		onsite: true,
		remote: false,
		disabled: false,
	},
	{
		id: 1867,
		name: 'Video Consultation',
		duration: 15,
		clinicianTypeId: 1,
		onsite: false,
		remote: true,
		disabled: false,
	},
	{
		id: 1868,
		name: 'Scale and Polish',
		duration: 30,
		clinicianTypeId: 3,
		onsite: true,
		remote: false,
		disabled: false,
	},
	{
		id: 1869,
		name: 'Orthodontic Review',
		duration: 20,
		clinicianTypeId: 4,
		onsite: true,
		remote: false,
		disabled: false,
	},
	{
		id: 1870,
		name: 'Physiotherapy Session',
		duration: 45,
		clinicianTypeId: 8,
		onsite: true,
		remote: false,
		disabled: false,
	},
	{
		id: 1871,
		name: 'Whitening (retired)',
		duration: 60,
		clinicianTypeId: 1,
		onsite: true,
		remote: false,
		disabled: true,
	},
];

const FORENAMES = [
	'Mary',
	'John',
	'Siobhan',
	'Patrick',
	'Ciara',
	'Declan',
	'Grace',
	'Eoin',
	'Aisling',
	'Ruairi',
	'Orla',
	'Cian',
];
const SURNAMES = [
	'Simpson',
	'McLaughlin',
	'Gallagher',
	"O'Neill",
	'Quinn',
	'Devlin',
	'Brennan',
	'Maguire',
	'Doyle',
	'Lynch',
];
const TOWNS = ['Eglinton', 'Derry', 'Limavady', 'Coleraine', 'Strabane'];

const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');
const day = (ms) => new Date(ms).toISOString().slice(0, 10);

function patients(rng) {
	const rows = [];
	for (let i = 0; i < 1000; i++) {
		const id = 426709 + i;
		const forename = i === 0 ? 'Mary' : rng.pick(FORENAMES);
		const surname = i === 0 ? 'Simpson' : rng.pick(SURNAMES);
		rows.push({
			id,
			practiceId: i === 0 ? 9876 : rng.pick(PRACTICES).id,
			patientTypeId: 1,
			sourceId: rng.int(1, 6),
			referrerId: rng.chance(0.3) ? rng.int(20, 40) : 0,
			genderId: rng.int(1, 2),
			titleId: rng.int(0, 4),
			forename,
			surname,
			maidenName: '',
			occupation: rng.pick(['Teacher', 'Nurse', 'Farmer', 'Engineer', 'Student', 'Retired']),
			dob: day(Date.UTC(1940 + rng.int(0, 65), rng.int(0, 11), rng.int(1, 28))),
			knownAs: forename,
			address1: `${rng.int(1, 120)} Main Street`,
			address2: '',
			address3: rng.pick(TOWNS),
			dateModified: iso(Date.UTC(2022, 0, 1) + i * 3600000),
		});
	}
	return rows;
}

function appointments(rng) {
	// A few booked slots in the first weeks of March 2026, so free-slot searches there skip them.
	const rows = [];
	for (let i = 0; i < 12; i++) {
		const clinician = CLINICIANS[i % 2];
		rows.push({
			id: 34200 + i,
			practiceId: clinician.practiceIds[0],
			userId: clinician.id,
			appointmentTypeId: 1864,
			appointmentStatusId: 2,
			appointmentTime: iso(Date.UTC(2026, 2, 2 + (i % 5), 9 + Math.floor(i / 5), 0)),
			duration: 30,
			patientId: 426709 + rng.int(0, 99),
			emergency: false,
			appointmentNotes: '',
			createdByApi: false,
		});
	}
	return rows;
}

function payments(rng) {
	const methods = ['Credit Card', 'Cash', 'Debit Card', 'Insurance'];
	return Array.from({ length: 60 }, (_, i) => ({
		id: 187941 + i,
		patientId: 426709 + (i % 20),
		practiceId: 9876,
		practiceName: 'Riverside Dental',
		paymentType: '1',
		paymentMethod: rng.pick(methods),
		amount: rng.int(20, 400) + 0.5 * rng.int(0, 1),
		cancellation: 0,
		refund: 0,
		paymentNote: '',
		paymentDate: iso(Date.UTC(2022, Math.floor(i / 5), 1 + (i % 5) * 5, 10, 30)),
		patientPlan: false,
		createdUserId: 34567,
		dateModified: iso(Date.UTC(2022, Math.floor(i / 5), 2 + (i % 5) * 5)),
	}));
}

function invoices(rng) {
	const items = ['Check-up', 'Filling', 'Mouthwash', 'Scale and Polish', 'X-ray'];
	return Array.from({ length: 60 }, (_, i) => ({
		id: 337292 + i,
		patientId: 426709 + (i % 20),
		date: day(Date.UTC(2022, Math.floor(i / 5), 1 + (i % 5) * 5)),
		quantity: rng.int(1, 3),
		price: rng.int(10, 250),
		status: rng.pick(['Planned', 'Completed', 'Invoiced']),
		saleItem: rng.pick(items),
		userId: 34567,
		discount: 0,
		vatRate: 0,
	}));
}

function createData() {
	const rng = createRng('aerona-sandbox');
	return {
		practices: new Table(
			'Practice',
			PRACTICES.map((row) => ({ ...row })),
		),
		clinicians: new Table(
			'Clinician',
			CLINICIANS.map((row) => ({ ...row })),
		),
		appointmentTypes: new Table(
			'Appointment type',
			APPOINTMENT_TYPES.map((row) => ({
				...row,
				practiceIds:
					row.clinicianTypeId === 8
						? [9878]
						: row.clinicianTypeId === 3
							? [9876, 9878]
							: [9876, 9877],
			})),
		),
		patients: new Table('Patient', patients(rng)),
		appointments: new Table('Appointment', appointments(rng)),
		payments: new Table('Payment', payments(rng)),
		invoices: new Table('Invoice', invoices(rng)),
	};
}

module.exports = { createData, iso };
