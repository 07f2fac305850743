import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { collection, forOperation } from '../../../shared/describe';
import { readIds } from '../../../shared/ids';
import { invalidParameter, requireString } from '../../../shared/validate';
import { toOneOf } from '../../../shared/choices';
import type { Session } from '../../transport';
import { alfaDocs } from '../../transport';
import { ID } from '../common';

const typeOptions = [
	{ name: 'Electronic Signature (Patient Details)', value: 'electronic_signature_patient_details' },
	{
		name: 'Electronic Signature (Patient Details and Terms)',
		value: 'electronic_signature_patient_details_and_terms_and_conditions',
	},
	{ name: 'Identification', value: 'identification' },
	{ name: 'Image', value: 'image' },
	{ name: 'Other', value: 'other' },
	{ name: 'Text', value: 'text' },
	{ name: 'X-Ray', value: 'xray' },
];

export const description = forOperation('document', 'add', [
	ID.patient.property,
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		placeholder: 'e.g. data',
		hint: 'The name of the input binary field containing the file to add',
	},
	{
		displayName: 'Document Type',
		name: 'documentType',
		type: 'options',
		options: typeOptions,
		default: 'other',
		required: true,
		description: 'The kind of document, as AlfaDocs files it',
	},
	{
		displayName: 'Folder Name',
		name: 'folderName',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Radiografie',
		description: "The folder of the patient's Documents tab the file goes into",
	},
	collection('additionalFields', [
		{
			displayName: 'File Name',
			name: 'fileName',
			type: 'string',
			default: '',
			placeholder: 'e.g. panoramic.png',
			description: "The document's name in AlfaDocs. Default: the binary file's own name.",
		},
	]),
]);

/** Reads the file from the input item's binary field and sends it base64-encoded (AlfaDocs' documented body, SEED). */
export async function execute(this: IExecuteFunctions, i: number, session: Session) {
	const ids = readIds(this, i, ID.patient);
	const property = requireString(
		this,
		i,
		'Input Binary Field',
		this.getNodeParameter('binaryPropertyName', i),
		'the name of a binary field, such as data',
	);
	const binary = this.getInputData()[i]?.binary?.[property];
	if (!binary) {
		const present = Object.keys(this.getInputData()[i]?.binary ?? {});
		throw invalidParameter(
			this,
			i,
			'Input Binary Field',
			present.length > 0
				? `the name of a binary field of the input item (it has: ${present.join(', ')})`
				: 'the name of a binary field of the input item (it has no binary data: read or download a file first)',
			property,
		);
	}
	const documentType = toOneOf(
		this,
		i,
		'Document Type',
		this.getNodeParameter('documentType', i),
		typeOptions,
	);
	const folderName = requireString(this, i, 'Folder Name', this.getNodeParameter('folderName', i));
	const additional = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const name = String(additional.fileName || binary.fileName || '').trim();
	if (name === '') {
		throw invalidParameter(
			this,
			i,
			'File Name',
			'a file name, since the binary data has none',
			additional.fileName,
		);
	}
	const buffer = await this.helpers.getBinaryDataBuffer(i, property);
	return await alfaDocs.record.call(this, {
		...ids,
		endpoint: 'document.add',
		body: { base64Data: buffer.toString('base64'), type: documentType, name, folderName },
		itemIndex: i,
		state: session,
	});
}
