/**
 * Workflow JSON as `n8n import:workflow` takes it, for the e2e tests and the benchmark: a Manual Trigger
 * named "Start" (unless `start` is null), then the nodes, each fed by the previous one unless `after`
 * names its sources.
 */
const START = {
	name: 'Start',
	type: 'n8n-nodes-base.manualTrigger',
	typeVersion: 1,
	parameters: {},
};

function workflow(id, name, defaultType, nodes, start = START) {
	const all = start ? [start, ...nodes] : nodes;
	const connections = {};
	all.forEach((node, index) => {
		if (index === 0) return;
		for (const source of node.after ?? [all[index - 1].name]) {
			const main = connections[source]?.main ?? [[]];
			main[0].push({ node: node.name, type: 'main', index: 0 });
			connections[source] = { main };
		}
	});
	return {
		id,
		name,
		active: false,
		settings: { executionOrder: 'v1' },
		connections,
		nodes: all.map((node, index) => ({
			id: `${id}-node-${index}`,
			name: node.name,
			type: node.type ?? defaultType,
			typeVersion: node.typeVersion ?? 1,
			position: [index * 220, 0],
			parameters: node.parameters,
			...(node.credentials ? { credentials: node.credentials } : {}),
			...(node.continueOnFail ? { onError: 'continueRegularOutput' } : {}),
			...node.extra,
		})),
	};
}

/** A resource locator value "By ID", as n8n stores it. */
const rl = (value) => ({ __rl: true, mode: 'id', value: String(value) });

module.exports = { workflow, rl, START };
