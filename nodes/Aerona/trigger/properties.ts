import type { INodeProperties } from 'n8n-workflow';

import { collection } from '../../shared/describe';
import { webhookAuthProperties } from '../../shared/webhookAuth';
import { maxWaitField } from '../actions/common';
import { MAX_REMEMBERED } from './repeats';

/** The Aerona Trigger's parameters. */
export const triggerProperties: INodeProperties[] = [
	{
		displayName:
			"Aerona has no API to register webhooks: copy this node's Production URL into Aerona's webhook settings, once for each event below. Aerona only calls HTTPS URLs, so n8n must be reachable over HTTPS. Aerona does not sign its requests: choose an Authentication to refuse requests that do not come from Aerona.",
		name: 'setupNotice',
		type: 'notice',
		default: '',
	},
	{
		// "Events": n8n's node panel lists one "On ..." entry per option of a trigger parameter labelled so.
		displayName: 'Events',
		name: 'objectTypes',
		type: 'multiOptions',
		required: true,
		options: [
			{
				name: 'Appointment',
				value: 'appointment',
				description: 'An appointment was created or changed',
			},
			{ name: 'Patient', value: 'patient', description: 'A patient was created or changed' },
			{ name: 'Treatment', value: 'treatment', description: 'A treatment was created or changed' },
		],
		default: ['appointment', 'patient', 'treatment'],
		description:
			"Which of Aerona's webhook object types start the workflow. A delivery of another type is answered 200 and dropped; one whose type cannot be told from its body always starts the workflow.",
	},
	...webhookAuthProperties({
		vendor: 'Aerona',
		urlGiven: 'the URL pasted into Aerona',
		headerCondition: 'if Aerona lets you add headers',
		headerName: 'X-Aerona-Secret',
	}),
	{
		displayName: 'Fetch Full Record',
		name: 'fetchFullRecord',
		type: 'boolean',
		default: false,
		description:
			'Whether to read the full patient or appointment named in the delivery with the Aerona credential and output it as "record"',
	},
	collection('options', [
		{
			displayName: 'Ignore Repeated Deliveries',
			name: 'ignoreRepeats',
			type: 'boolean',
			default: false,
			description: `Whether to drop a delivery whose body is identical to one received within the Repeat Window (Aerona retries a delivery it thinks failed, hourly). Up to ${MAX_REMEMBERED} deliveries are remembered. If Aerona's bodies carry no time or delivery ID, two real changes to one record may look identical.`,
		},
		maxWaitField(
			60,
			"With Fetch Full Record: how long to wait when the credential's request budget (300 per 15 minutes) is spent, before outputting the delivery with the rate-limit error instead of the record",
		),
		{
			displayName: 'Repeat Window (Hours)',
			name: 'repeatWindowHours',
			type: 'number',
			default: 25,
			typeOptions: { minValue: 0 },
			description: 'How long a delivery is remembered for Ignore Repeated Deliveries',
		},
	]),
];
