export function render(readme: string, load: (module: string) => unknown): string;
