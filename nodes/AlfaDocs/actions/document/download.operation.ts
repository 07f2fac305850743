import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation } from '../../../shared/describe';
import { BinaryOutput } from '../../../shared/execute';
import { readIds } from '../../../shared/ids';
import { requireString } from '../../../shared/validate';
import type { Session } from '../../transport';
import { alfaDocs } from '../../transport';
import { ID } from '../common';

export const description = forOperation('document', 'download', [
	ID.patient.property,
	ID.document.property,
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		placeholder: 'e.g. data',
		hint: 'The name of the output binary field to put the file in',
	},
]);

/**
 * The download answers `{status, file}` with the content base64-encoded and no name, so the node reads
 * the document's record first: its name gives the file name, from which n8n derives the MIME type.
 */
export async function execute(this: IExecuteFunctions, i: number, session: Session) {
	const ids = readIds(this, i, ID.patient, ID.document);
	const call = { ...ids, itemIndex: i, state: session };
	const output = requireString(
		this,
		i,
		'Put Output File in Field',
		this.getNodeParameter('binaryPropertyName', i),
		'the name of a binary field, such as data',
	);
	const record = await alfaDocs.record.call(this, { ...call, endpoint: 'document.get' });
	const body = (await alfaDocs.request.call(this, {
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
	const fileName = String(record.name ?? `document-${ids.params.documentId}`);
	const binary = await this.helpers.prepareBinaryData(Buffer.from(file, 'base64'), fileName);
	return new BinaryOutput(record, { [output]: binary });
}
