/** Helpers for benchmark cases: workflow JSON with a Manual Trigger and a chain of nodes. */
function workflow(id, name, nodes) {
	const all = [
		{ name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {} },
		...nodes,
	];
	const connections = {};
	all.slice(1).forEach((node, index) => {
		connections[all[index].name] = { main: [[{ node: node.name, type: 'main', index: 0 }]] };
	});
	return {
		id,
		name,
		active: false,
		settings: { executionOrder: 'v1' },
		connections,
		nodes: all.map((node, index) => ({
			id: `${id}-${index}`,
			position: [index * 220, 0],
			typeVersion: 1,
			...node,
		})),
	};
}

module.exports = { workflow };
