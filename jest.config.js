/** Jest projects: unit + contract run in parallel; e2e drives a real n8n and runs in band. */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.test.json' }];
const ignore = ['<rootDir>/dist/', '<rootDir>/.cache/'];

module.exports = {
	projects: [
		{
			displayName: 'unit',
			testEnvironment: 'node',
			modulePathIgnorePatterns: ignore,
			testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
			transform: { '^.+\\.ts$': tsJest },
		},
		{
			displayName: 'contract',
			testEnvironment: 'node',
			modulePathIgnorePatterns: ignore,
			testMatch: ['<rootDir>/test/contract/**/*.test.ts'],
			transform: { '^.+\\.ts$': tsJest },
		},
		{
			displayName: 'e2e',
			testEnvironment: 'node',
			modulePathIgnorePatterns: ignore,
			testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
			transform: { '^.+\\.ts$': tsJest },
			globalSetup: '<rootDir>/test/e2e/globalSetup.ts',
			globalTeardown: '<rootDir>/test/e2e/globalTeardown.ts',
			setupFilesAfterEnv: ['<rootDir>/test/e2e/setup.ts'],
		},
	],
};
