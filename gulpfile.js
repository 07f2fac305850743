/* Build helpers: `gulp clean` empties dist/, `gulp build:icons` copies node and credential icons into dist/. */
const fs = require('node:fs');
const path = require('node:path');
const { src, dest, task } = require('gulp');

task('clean', (done) => {
	fs.rmSync(path.resolve(__dirname, 'dist'), { recursive: true, force: true });
	done();
});

task('build:icons', () =>
	src(['nodes/**/*.{png,svg}', 'credentials/**/*.{png,svg}', 'icons/**/*.{png,svg}'], {
		base: '.',
		encoding: false,
	}).pipe(dest('dist')),
);
