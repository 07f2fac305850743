import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation } from '../../../shared/describe';
import { BinaryOutput } from '../../../shared/execute';
import { invalidParameter, requireString } from '../../../shared/validate';
import type { Session } from '../../transport';
import type { Resource } from '../common';
import {
	ID,
	collection,
	fetchRecord,
	fetchRecords,
	getRecord,
	idField,
	oneOf,
	operationPicker,
	patientLocator,
	readIds,
	send,
} from '../common';

const documentIdField = idField('documentId', 'Document ID');

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

const addProperties: INodeProperties[] = [
	patientLocator,
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
];

/** Reads the file from the input item's binary field and sends it base64-encoded (the seed's body). */
async function add(this: IExecuteFunctions, i: number, session: Session) {
	const call = readIds(this, i, ID.patient);
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
	const documentType = oneOf(
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
	return await getRecord(this, i, session, {
		...call,
		endpoint: 'document.add',
		body: { base64Data: buffer.toString('base64'), type: documentType, name, folderName },
	});
}

/**
 * The download answers `{status, file}` with the content base64-encoded and no name, so the node reads
 * the document's record first: its name gives the file name, from which n8n derives the MIME type.
 */
async function download(this: IExecuteFunctions, i: number, session: Session) {
	const call = readIds(this, i, ID.patient, ID.document);
	const output = requireString(
		this,
		i,
		'Put Output File in Field',
		this.getNodeParameter('binaryPropertyName', i),
		'the name of a binary field, such as data',
	);
	const record = await getRecord(this, i, session, { ...call, endpoint: 'document.get' });
	const body = (await send(this, i, session, {
		...call,
		endpoint: 'document.download',
	})) as IDataObject;
	const file = body?.file ?? (body?.data as IDataObject | undefined)?.file;
	if (typeof file !== 'string') {
		throw new NodeOperationError(
			this.getNode(),
			'AlfaDocs answered the download without file content',
			{
				itemIndex: i,
				description: 'Expected {"status": "success", "file": "<base64>"}.',
			},
		);
	}
	const fileName = String(record.name ?? `document-${call.params.documentId}`);
	const binary = await this.helpers.prepareBinaryData(Buffer.from(file, 'base64'), fileName);
	return new BinaryOutput(record, { [output]: binary });
}

export const document: Resource = {
	description: [
		operationPicker(
			'document',
			[
				{
					name: 'Add',
					value: 'add',
					action: 'Add a document to a patient',
					description: "Upload a file from the input's binary data to a patient's documents",
				},
				{
					name: 'Download',
					value: 'download',
					action: 'Download a document',
					description: 'Download a document as binary data, with its file name and type',
				},
				{
					name: 'Get',
					value: 'get',
					action: 'Get a document',
					description: "Get a document's details",
				},
				{
					name: 'Get Many',
					value: 'getAll',
					action: 'Get many documents',
					description: 'Get the documents of a patient',
				},
			],
			'getAll',
		),
		...forOperation('document', 'getAll', [patientLocator]),
		...forOperation('document', 'add', addProperties),
		...forOperation('document', 'get', [patientLocator, documentIdField]),
		...forOperation('document', 'download', [
			patientLocator,
			documentIdField,
			{
				displayName: 'Put Output File in Field',
				name: 'binaryPropertyName',
				type: 'string',
				default: 'data',
				required: true,
				placeholder: 'e.g. data',
				hint: 'The name of the output binary field to put the file in',
			},
		]),
	],
	operations: {
		getAll: fetchRecords('document.getAll', ID.patient),
		add,
		get: fetchRecord('document.get', ID.patient, ID.document),
		download,
	},
};
