'use strict';
/**
 * The initial AHDS data: two veterinary practices on HeyDonto sites 1 and 2, generated from a fixed
 * seed so every start and reset gives the same records (UUIDs included). Site 1 has 250 contacts
 * (three pages of 100), their animals, appointments, consults, vaccinations and the lookups they use;
 * site 2 a small practice. `bulkContacts` makes N more contacts for the benchmark.
 */
const { createRng } = require('../../lib/prng');

const DAY = 86400000;
const SEED_NOW = Date.UTC(2026, 10, 1);
const iso = (ms) => new Date(ms).toISOString();
const dateOnly = (ms) => iso(ms).slice(0, 10);

/** A v4 UUID from the seeded generator. */
function uuid(rng) {
	const hex = (n) => rng.chars('0123456789abcdef', n);
	return `${hex(8)}-${hex(4)}-4${hex(3)}-${rng.pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
}

const SYSTEMS = {
	contactPoint: 'http://hl7.org/fhir/contact-point-system',
	creditStatus: 'urn:ahds:sandbox:credit-status',
	species: 'urn:ahds:sandbox:species',
	breed: 'urn:ahds:sandbox:breed',
	sex: 'urn:ahds:sandbox:animal-sex',
	appointmentStatus: 'urn:ahds:sandbox:appointment-status',
	appointmentType: 'urn:ahds:sandbox:appointment-type',
};

const FIRST = [
	'Olivia',
	'Liam',
	'Emma',
	'Noah',
	'Ava',
	'Elijah',
	'Sophia',
	'James',
	'Isabella',
	'Lucas',
	'Mia',
	'Mason',
	'Amelia',
	'Ethan',
	'Harper',
	'Logan',
	'Evelyn',
	'Aiden',
	'Abigail',
	'Carlos',
	'Grace',
	'Mateo',
	'Chloe',
	'Daniel',
	'Priya',
	'Wei',
	'Fatima',
	'Diego',
	'Hannah',
	'Omar',
];
const LAST = [
	'Smith',
	'Johnson',
	'Williams',
	'Brown',
	'Garcia',
	'Miller',
	'Davis',
	'Rodriguez',
	'Martinez',
	'Hernandez',
	'Lopez',
	'Wilson',
	'Anderson',
	'Thomas',
	'Taylor',
	'Moore',
	'Jackson',
	'Martin',
	'Lee',
	'Perez',
	'Thompson',
	'White',
	'Harris',
	'Clark',
	'Nguyen',
	'Patel',
	'Kim',
	'Walker',
];
const STREETS = ['Oak St', 'Maple Ave', 'Cedar Ln', 'Lamar Blvd', 'Congress Ave', 'Guadalupe St'];
const SUPPLIERS = [
	'Zoetis US',
	'MWI Animal Health',
	'Covetrus',
	'Henry Schein Animal Health',
	'Patterson Vet',
	"Hill's Pet Nutrition",
];

const SPECIES = [
	{
		name: 'Canine',
		code: 'CANINE',
		aliases: ['Dog', 'Canis familiaris'],
		breeds: [
			'Labrador Retriever',
			'German Shepherd',
			'Golden Retriever',
			'French Bulldog',
			'Beagle',
			'Mixed Breed',
		],
	},
	{
		name: 'Feline',
		code: 'FELINE',
		aliases: ['Cat', 'Felis catus'],
		breeds: ['Domestic Shorthair', 'Maine Coon', 'Siamese', 'Ragdoll', 'Bengal'],
	},
	{
		name: 'Equine',
		code: 'EQUINE',
		aliases: ['Horse'],
		breeds: ['Quarter Horse', 'Thoroughbred', 'Arabian'],
	},
	{
		name: 'Bovine',
		code: 'BOVINE',
		aliases: ['Cattle', 'Cow'],
		breeds: ['Angus', 'Hereford', 'Holstein'],
	},
	{ name: 'Ovine', code: 'OVINE', aliases: ['Sheep'], breeds: ['Merino', 'Suffolk'] },
	{
		name: 'Lagomorph',
		code: 'RABBIT',
		aliases: ['Rabbit'],
		breeds: ['Holland Lop', 'Netherland Dwarf'],
	},
	{ name: 'Avian', code: 'AVIAN', aliases: ['Bird'], breeds: ['Budgerigar', 'Cockatiel'] },
];
const PET_NAMES = [
	'Bella',
	'Max',
	'Luna',
	'Charlie',
	'Lucy',
	'Cooper',
	'Daisy',
	'Milo',
	'Bailey',
	'Rocky',
	'Sadie',
	'Teddy',
	'Nala',
	'Oliver',
	'Willow',
	'Bear',
	'Zoe',
	'Tucker',
	'Pepper',
	'Biscuit',
];
const COLOURS = ['Black', 'Tan', 'White', 'Brindle', 'Tabby', 'Chestnut', 'Grey', 'Cream'];
const SEXES = [
	['FS', 'Female spayed'],
	['MN', 'Male neutered'],
	['F', 'Female entire'],
	['M', 'Male entire'],
];
const APPOINTMENT_TYPES = [
	['Consultation', 15],
	['Vaccination', 15],
	['Dental Cleaning', 60],
	['Surgery', 120],
	['Recheck', 10],
	['Euthanasia', 30],
	['Farm Call', 90],
	['Grooming', 45],
];
const APPOINTMENT_STATUSES = [
	'Booked',
	'Confirmed',
	'Arrived',
	'In Progress',
	'Completed',
	'Cancelled',
	'No Show',
];
const PROBLEMS = [
	'Vomiting',
	'Lameness',
	'Itchy skin',
	'Annual check',
	'Coughing',
	'Ear infection',
	'Weight loss',
];
const PRODUCTS = [
	['Rabies vaccine 1 ml', 'vaccine'],
	['DHPP vaccine', 'vaccine'],
	['FVRCP vaccine', 'vaccine'],
	['Carprofen 75 mg', 'medication'],
	['Amoxicillin 250 mg', 'medication'],
	['Apoquel 16 mg', 'medication'],
	['Bravecto chew 20-40 kg', 'parasiticide'],
	['Prescription diet k/d 4 kg', 'food'],
];

function stamp(rng, row, created) {
	const updated = rng.chance(0.5) ? created : Math.min(created + rng.int(1, 200) * DAY, SEED_NOW);
	return { ...row, createdAt: iso(created), updatedAt: iso(updated) };
}

const coding = (system, code, display) => ({ code, system, display });

/** One contact: a customer unless a role is given. */
function contactRow(rng, n, role, ownershipId, created) {
	const first = rng.pick(FIRST);
	const last = rng.pick(LAST);
	const id = uuid(rng);
	const business = role === 'supplier' ? SUPPLIERS[n % SUPPLIERS.length] : null;
	const email = business
		? `orders@${business.toLowerCase().replace(/[^a-z]+/g, '')}.example`
		: `${first}.${last}${n}@example.com`.toLowerCase();
	const phone = `+1-512-555-${String(1000 + n).slice(-4)}`;
	const at = iso(created);
	const detail = (name, code, value, preferred) => ({
		contactDetailId: uuid(rng),
		contactDetailType: coding(SYSTEMS.contactPoint, code, code === 'phone' ? 'Phone' : 'Email'),
		contactId: id,
		createdAt: at,
		updatedAt: at,
		extensions: {},
		isActive: true,
		isPreferred: preferred,
		name,
		subscriptionGroups: rng.chance(0.6) ? ['reminders'] : [],
		value,
		valueCleaned: code === 'phone' ? phone.replace(/-/g, '') : value,
	});
	const credit = rng.chance(0.9) ? 'OK' : rng.chance(0.7) ? 'WARNING' : 'STOP';
	const address = `${rng.int(100, 9800)} ${rng.pick(STREETS)}, Austin, TX 787${rng.int(10, 59)}`;
	return stamp(
		rng,
		{
			contactId: id,
			firstName: business ? 'Accounts' : first,
			lastName: business ? 'Team' : last,
			businessName: business,
			code: `C-${10000 + n}`,
			contactDetails: [
				detail('Mobile phone', 'phone', phone, true),
				detail('Email', 'email', email, false),
			],
			creditStatus: credit,
			creditStatusConcept: coding(SYSTEMS.creditStatus, credit, credit),
			birthDate: business
				? null
				: dateOnly(Date.UTC(1950 + rng.int(0, 55), rng.int(0, 11), rng.int(1, 28))),
			driverLicenseExpiryDate: null,
			driverLicenseIssuer: null,
			driverLicenseNumber: null,
			extensions: rng.chance(0.3) ? { 'pms:legacyId': `RX-${rng.int(1000, 9999)}` } : {},
			isBusiness: Boolean(business),
			isCustomer: role === 'customer' || role === 'syndicate',
			isStaffMember: role === 'vet' || role === 'staff',
			isSupplier: role === 'supplier',
			isSyndicate: role === 'syndicate',
			isVet: role === 'vet',
			ownershipId,
			physicalAddress: address,
			postalAddress: address,
		},
		created,
	);
}

const ROLES = [
	...Array(8).fill('vet'),
	...Array(4).fill('staff'),
	...Array(6).fill('supplier'),
	...Array(2).fill('syndicate'),
];

function contacts(rng, count, ownershipId, start) {
	return Array.from({ length: count }, (_, n) =>
		contactRow(rng, n, ROLES[n] ?? 'customer', ownershipId, start + n * 3600000),
	);
}

/** Every record of one practice, by resource path name. */
function practice(seed, { contactCount, start }) {
	const rng = createRng(seed);
	const ownershipId = uuid(rng);
	const t = (days) => start + days * DAY;
	const out = {};

	out.contact = contacts(rng, contactCount, ownershipId, start);
	const vets = out.contact.filter((c) => c.isVet);
	const customers = out.contact.filter((c) => c.isCustomer);

	out.species = SPECIES.map((s, i) =>
		stamp(
			rng,
			{ speciesId: uuid(rng), name: s.name, code: s.code, aliases: s.aliases },
			t(-30) + i * 1000,
		),
	);
	out.breed = SPECIES.flatMap((s, i) =>
		s.breeds.map((name, j) =>
			stamp(
				rng,
				{
					breedId: uuid(rng),
					name,
					speciesId: out.species[i].speciesId,
					code: name.toUpperCase().replace(/[^A-Z]+/g, '_'),
					breedCode: `${s.code.slice(0, 3)}-${String(j + 1).padStart(3, '0')}`,
				},
				t(-29) + (i * 10 + j) * 1000,
			),
		),
	);

	out.animal = [];
	customers.slice(0, Math.ceil(customers.length * 0.8)).forEach((owner) => {
		for (let k = 0; k < rng.int(1, 3); k++) {
			const s = rng.pick(SPECIES.slice(0, contactCount > 50 ? 7 : 2));
			const speciesRow = out.species.find((row) => row.code === s.code);
			const breedRow = rng.pick(out.breed.filter((b) => b.speciesId === speciesRow.speciesId));
			const [sexCode, sexDisplay] = rng.pick(SEXES);
			const kg =
				s.code === 'EQUINE'
					? rng.int(380, 600)
					: s.code === 'BOVINE'
						? rng.int(450, 800)
						: rng.int(2, 42) + rng.int(0, 9) / 10;
			out.animal.push(
				stamp(
					rng,
					{
						animalId: uuid(rng),
						name: rng.pick(PET_NAMES),
						species: coding(SYSTEMS.species, s.code, s.name),
						breed: coding(SYSTEMS.breed, breedRow.code, breedRow.name),
						sex: coding(SYSTEMS.sex, sexCode, sexDisplay),
						colour: rng.pick(COLOURS),
						microchipNumber: `985112${String(rng.int(0, 999999999)).padStart(9, '0')}`,
						ownerContactId: owner.contactId,
						residenceContactId: owner.contactId,
						weight: { value: kg, unit: 'kg', system: 'http://unitsofmeasure.org' },
						isDead: rng.chance(0.03),
						desexDate: sexCode.length === 2 ? dateOnly(t(-rng.int(200, 2000))) : null,
						rabiesNumber:
							s.code === 'CANINE' || s.code === 'FELINE' ? `TX-${rng.int(100000, 999999)}` : null,
						resuscitationStatus: rng.pick(['CPR', 'CPR', 'DNR']),
						herdId: null,
					},
					Date.parse(owner.createdAt) + 60000 * (k + 1),
				),
			);
		}
	});

	out['appointment-type'] = APPOINTMENT_TYPES.map(([name, minutes], i) =>
		stamp(
			rng,
			{ appointmentTypeId: uuid(rng), name, defaultDuration: minutes, isActive: true },
			t(-28) + i * 1000,
		),
	);
	out['appointment-status'] = APPOINTMENT_STATUSES.map((name, i) =>
		stamp(rng, { appointmentStatusId: uuid(rng), name, isActive: true }, t(-28) + 60000 + i * 1000),
	);
	out.resource = [
		...vets.map((v) => ({ name: `Dr. ${v.firstName} ${v.lastName}`, resourceType: 'vet' })),
		{ name: 'Consult Room 1', resourceType: 'room' },
		{ name: 'Consult Room 2', resourceType: 'room' },
		{ name: 'Surgery Theatre', resourceType: 'room' },
	].map((r, i) => stamp(rng, { resourceId: uuid(rng), ...r }, t(-27) + i * 1000));
	out.user = vets.map((v, i) =>
		stamp(
			rng,
			{
				userId: uuid(rng),
				displayName: `Dr. ${v.firstName} ${v.lastName}`,
				isVeterinarian: true,
				isSalesperson: i % 3 === 0,
			},
			t(-27) + 60000 + i * 1000,
		),
	);

	const visits = out.animal.filter((a) => !a.isDead).slice(0, Math.min(150, out.animal.length));
	out.consult = [];
	out.appointment = [];
	out.vaccination = [];
	out.history = [];
	visits.forEach((a, n) => {
		const when = t(60) + n * 5 * 3600000;
		const vetResource = rng.pick(out.resource.filter((r) => r.resourceType === 'vet'));
		const vetUser = rng.pick(out.user);
		const [typeName] = rng.pick(APPOINTMENT_TYPES);
		const statusName =
			when < SEED_NOW
				? rng.pick(['Completed', 'Completed', 'Cancelled', 'No Show'])
				: rng.pick(['Booked', 'Confirmed']);
		const consultId = statusName === 'Completed' ? uuid(rng) : null;
		const type = out['appointment-type'].find((row) => row.name === typeName);
		out.appointment.push(
			stamp(
				rng,
				{
					appointmentId: uuid(rng),
					animalId: a.animalId,
					contactId: a.ownerContactId,
					consultId,
					appointmentStatus: coding(
						SYSTEMS.appointmentStatus,
						statusName.toUpperCase().replace(/ /g, '_'),
						statusName,
					),
					appointmentType: coding(
						SYSTEMS.appointmentType,
						typeName.toUpperCase().replace(/ /g, '_'),
						typeName,
					),
					durationMinutes: type.defaultDuration,
					primaryResourceId: vetResource.resourceId,
					resourceIds: [
						vetResource.resourceId,
						rng.pick(out.resource.filter((r) => r.resourceType === 'room')).resourceId,
					],
				},
				when - 7 * DAY,
			),
		);
		if (!consultId) return;
		const problems = rng.sample(PROBLEMS, rng.int(1, 2));
		out.consult.push(
			stamp(
				rng,
				{
					consultId,
					animalId: a.animalId,
					consultedAt: iso(when),
					vetId: vetUser.userId,
					presentingProblems: problems,
				},
				when,
			),
		);
		out.history.push(
			stamp(
				rng,
				{
					historyId: uuid(rng),
					animalId: a.animalId,
					consultId,
					eventAt: iso(when + 900000),
					comments: `Seen for ${problems.join(' and ').toLowerCase()}. Owner advised; recheck if no improvement.`,
					vetId: vetUser.userId,
				},
				when + 900000,
			),
		);
	});

	out.product = PRODUCTS.map(([name, category], i) =>
		stamp(rng, { productId: uuid(rng), name, category }, t(-26) + i * 1000),
	);
	const vaccines = out.product.filter((p) => p.category === 'vaccine');
	out.consult.forEach((c, n) => {
		if (n % 2 !== 0) return;
		out.vaccination.push(
			stamp(
				rng,
				{
					vaccinationId: uuid(rng),
					animalId: c.animalId,
					productId: rng.pick(vaccines).productId,
					batchId: uuid(rng),
					administeredAt: c.consultedAt,
					nextAdministrationDate: dateOnly(Date.parse(c.consultedAt) + 365 * DAY),
				},
				Date.parse(c.consultedAt) + 600000,
			),
		);
	});
	out['inventory-product'] = out.product.map((p, i) =>
		stamp(
			rng,
			{
				inventoryProductId: uuid(rng),
				name: p.name,
				isBatchTracked: p.category === 'vaccine',
				unitQuantity: rng.pick([1, 10, 25, 100]),
			},
			t(-25) + i * 1000,
		),
	);
	out.paymentmethod = [
		['Cash', 'cash'],
		['Visa', 'card'],
		['Mastercard', 'card'],
		['Bank transfer', 'bankTransfer'],
		['Online portal', 'online'],
	].map(([name, type], i) =>
		stamp(
			rng,
			{ paymentmethodId: uuid(rng), name, paymentMethodType: type },
			t(-25) + 60000 + i * 1000,
		),
	);
	out.country = [stamp(rng, { countryId: uuid(rng), code: 'US', name: 'United States' }, t(-31))];
	out['site-information'] = [
		stamp(
			rng,
			{
				siteInformationId: uuid(rng),
				practiceType: contactCount > 50 ? 'mixed practice' : 'small animal',
				prefix: contactCount > 50 ? 'AUS' : 'RRK',
				timezone: 'America/Chicago',
				version: '4.2.1',
			},
			t(-31) + 1000,
		),
	];
	out.reminder = out.vaccination.map((v) =>
		stamp(
			rng,
			{
				reminderId: uuid(rng),
				animalId: v.animalId,
				dueDate: v.nextAdministrationDate,
				reason: 'Vaccination due',
			},
			Date.parse(v.createdAt) + 1000,
		),
	);
	return out;
}

/** The practices of the initial data, by HeyDonto site ID. */
function initialPractices() {
	return {
		1: practice('ahds-sandbox-site-1', { contactCount: 250, start: Date.UTC(2025, 0, 6, 9) }),
		2: practice('ahds-sandbox-site-2', { contactCount: 12, start: Date.UTC(2025, 5, 2, 9) }),
	};
}

/** N contacts for the benchmark, the same for the same site and count. */
function bulkContacts(siteId, count) {
	const rng = createRng(`ahds-bulk-${siteId}`);
	return contacts(rng, count, uuid(rng), Date.UTC(2024, 0, 1));
}

module.exports = { initialPractices, bulkContacts };
