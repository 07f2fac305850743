import type { INodeProperties } from 'n8n-workflow';

import type { FieldKinds } from '../../../shared/fields';
import { idField } from '../../../shared/locators';
import { crudResource } from '../crud';

const number = (name: string, displayName: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	default: 0,
	required: true,
	description,
});

const surfaceValue = (name: string, surface: string) =>
	({
		...number(
			name,
			`${surface} Value`,
			`Reading at the ${surface.toLowerCase()} site; -1 means none, 100 or more means negative`,
		),
		default: -1,
	}) as INodeProperties;

const primary: INodeProperties[] = [
	number('practitionerId', 'Practitioner ID', 'The practitioner who took the measurement'),
	number('patientId', 'Patient ID', 'The patient measured'),
	number(
		'perioMeasureNum',
		'Perio Measure Number',
		'The number of this measurement in the practice management system',
	),
	number(
		'perioExamNum',
		'Perio Exam Number',
		'The number of the periodontal exam this measurement belongs to',
	),
	{
		displayName: 'Sequence Type',
		name: 'sequenceType',
		type: 'options',
		required: true,
		default: 4,
		description: 'What was measured',
		options: [
			{ name: 'Bleeding Flags', value: 6 },
			{ name: 'Clinical Attachment Level (CAL)', value: 7 },
			{ name: 'Furcation', value: 1 },
			{ name: 'Gingival Margin', value: 2 },
			{ name: 'Mobility', value: 0 },
			{ name: 'Mucogingival Junction (MGJ)', value: 3 },
			{ name: 'Probing', value: 4 },
			{ name: 'Skip Tooth', value: 5 },
		],
	},
	{
		...number('intTooth', 'Tooth', 'The tooth number, 1 to 32 (universal numbering)'),
		default: 1,
		typeOptions: { minValue: 1, maxValue: 32 },
	},
	{
		...number(
			'toothValue',
			'Tooth Value',
			'Whole-tooth reading (mobility, skip tooth); -1 means none',
		),
		default: -1,
	},
	surfaceValue('mBvalue', 'Mesiobuccal'),
	surfaceValue('bvalue', 'Buccal'),
	surfaceValue('dBvalue', 'Distobuccal'),
	surfaceValue('mLvalue', 'Mesiolingual'),
	surfaceValue('lvalue', 'Lingual'),
	surfaceValue('dLvalue', 'Distolingual'),
];

const kinds: FieldKinds = {
	practitionerId: 'id',
	patientId: 'id',
	perioMeasureNum: 'id',
	perioExamNum: 'id',
	sequenceType: { integer: [0, 7] },
	intTooth: { integer: [1, 32] },
	toothValue: 'number',
	mBvalue: 'number',
	bvalue: 'number',
	dBvalue: 'number',
	mLvalue: 'number',
	lvalue: 'number',
	dLvalue: 'number',
	secDateTEntry: 'dateTime',
	secDateTEdit: 'dateTime',
};

export const periomeasure = crudResource({
	value: 'periomeasure',
	displayName: 'Periomeasure',
	plural: 'periomeasures',
	inSite: true,
	idProperty: idField('periomeasureId', 'Periomeasure ID'),
	endpoints: {
		getAll: 'periomeasure.getAll',
		create: 'periomeasure.create',
		get: 'periomeasure.get',
		update: 'periomeasure.update',
		delete: 'periomeasure.delete',
	},
	primary,
	optional: [
		{
			displayName: 'Entered At',
			name: 'secDateTEntry',
			type: 'dateTime',
			default: '',
			description: 'When the measurement was entered',
		},
		{
			displayName: 'Edited At',
			name: 'secDateTEdit',
			type: 'dateTime',
			default: '',
			description: 'When the measurement was last edited',
		},
	],
	kinds,
	// The create body lists siteId beside the path's (DOCS: docs.heydonto.com, periomeasure).
	fixedBody: (siteId) => ({ siteId }),
});
