import { nameField } from './common';
import type { AhdsResource } from './types';

/** File metadata (no binary upload is documented). */
export const file: AhdsResource = {
	slug: 'file',
	value: 'file',
	displayName: 'File',
	plural: 'files',
	idField: 'fileId',
	source: 'DOCS',
	evidence: 'POST, GET one (metadata only)',
	fields: [
		nameField('file', 'xray-bella.png'),
		{
			name: 'mimeType',
			label: 'MIME Type',
			type: 'string',
			description: 'Media type',
			placeholder: 'e.g. image/png',
		},
		{ name: 'sizeBytes', label: 'Size (Bytes)', type: 'integer', description: 'Size in bytes' },
		{ name: 'downloadUrl', type: 'string', description: 'Where to download the file' },
	],
};
