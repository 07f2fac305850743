import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ChangeFeed } from '../../shared/polling';
import type { EndpointKey } from '../endpoints';
import { resourcesOf, searchPages } from './bundle';

/**
 * What the HeyDonto Trigger polls: the FHIR resources of one type of a site, by `meta.lastUpdated`
 * (INFERRED: standard FHIR R4 search): `_sort=-_lastUpdated` for the newest, and
 * `_lastUpdated=ge<watermark>&_sort=_lastUpdated` for what changed since, every page followed by its
 * `_page_token`. A resource is new when it is at its first version (`meta.versionId` "1") or, for an
 * Appointment, when its `created` time is after the watermark.
 */
export function fhirFeed(
	ctx: IPollFunctions,
	siteId: number,
	resource: 'fhirAppointment' | 'fhirPatient',
	type: string,
	noun: string,
): ChangeFeed {
	const pages = async function* (qs: IDataObject) {
		const search = searchPages(ctx, {
			endpoint: `${resource}.search` as EndpointKey,
			params: { siteId },
			qs,
			subject: { label: 'Site', id: siteId },
		});
		for await (const bundle of search) yield resourcesOf(bundle);
	};
	return {
		noun,
		vendor: 'HeyDonto',
		newestFirst: (pageSize) => pages({ _sort: '-_lastUpdated', _count: pageSize }),
		oldestFirstSince: (since, pageSize) =>
			pages({
				_lastUpdated: since === undefined ? undefined : `ge${since}`,
				_sort: '_lastUpdated',
				_count: pageSize,
			}),
		stamp(record) {
			const meta = (record.meta ?? {}) as IDataObject;
			const changedAt = Date.parse(String(meta.lastUpdated));
			if (typeof record.id !== 'string' || Number.isNaN(changedAt))
				throw new NodeOperationError(
					ctx.getNode(),
					`HeyDonto sent a ${type} without ${typeof record.id === 'string' ? 'meta.lastUpdated' : 'an id'}`,
					{
						description: `The trigger tells what changed by each resource's id and meta.lastUpdated. Got ${JSON.stringify(record).slice(0, 300)}.`,
					},
				);
			const created = Date.parse(String(record.created));
			return {
				id: record.id,
				changedAt,
				version: meta.versionId === undefined ? undefined : String(meta.versionId),
				firstVersion: meta.versionId === undefined ? undefined : String(meta.versionId) === '1',
				createdAt: Number.isNaN(created) ? undefined : created,
			};
		},
	};
}
