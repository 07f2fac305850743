import { operationPicker, resourceOf } from '../../../shared/operation';
import { getById, list } from '../../../shared/operations';
import { alfaDocs } from '../../transport';
import { ID } from '../common';
import * as add from './add.operation';
import * as download from './download.operation';

export const document = resourceOf(
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
	{
		getAll: list(alfaDocs, {
			resource: 'document',
			endpoint: 'document.getAll',
			ids: [ID.patient],
			paging: false,
		}),
		add,
		get: getById(alfaDocs, {
			resource: 'document',
			endpoint: 'document.get',
			ids: [ID.patient, ID.document],
		}),
		download,
	},
);
