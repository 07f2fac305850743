export interface CredentialRef {
	id: string;
	name: string;
}

export interface NodeSpec {
	name: string;
	parameters: Record<string, unknown>;
	/** Default: the workflow's default node type. */
	type?: string;
	typeVersion?: number;
	/** Credential type -> stored credential. */
	credentials?: Record<string, CredentialRef>;
	continueOnFail?: boolean;
	/** Names of the nodes feeding this one; default: the previous node in the list. */
	after?: string[];
	/** Extra node fields (webhookId, ...). */
	extra?: Record<string, unknown>;
}

export interface WorkflowJson {
	id: string;
	name: string;
	active: boolean;
	settings: Record<string, unknown>;
	connections: Record<string, unknown>;
	nodes: Array<Record<string, unknown>>;
}

export function workflow(
	id: string,
	name: string,
	defaultType: string,
	nodes: NodeSpec[],
	start?: NodeSpec | null,
): WorkflowJson;
export function rl(value: string | number): { __rl: true; mode: 'id'; value: string };
export const START: NodeSpec;
