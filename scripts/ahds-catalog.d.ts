export function catalogOf(load: (module: string) => unknown): unknown;
export function render(catalog: unknown): string;
export const FILE: string;
