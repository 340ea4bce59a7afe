import { describe, expect, it } from 'vitest';
import { planBuild, procfileWeb } from './build-plan';

describe('planBuild', () => {
  it('starts a Node.js app with npm start and installs nothing without dependencies', () => {
    expect(planBuild('nodejs', { files: ['package.json', 'server.js'], packageJson: '{"scripts":{"start":"node server.js"}}' })).toEqual({
      command: ['npm', 'start'],
      env: expect.objectContaining({ NODE_ENV: 'production' }),
    });
  });
  it('installs production dependencies, with npm ci when locked', () => {
    const pkg = '{"main":"app.js","dependencies":{"express":"^4"}}';
    expect(planBuild('nodejs', { files: ['package.json', 'package-lock.json'], packageJson: pkg })).toMatchObject({ install: ['npm', 'ci', '--omit=dev', '--no-audit', '--no-fund'], command: ['node', 'app.js'] });
    expect(planBuild('nodejs', { files: ['package.json'], packageJson: pkg })).toMatchObject({ install: ['npm', 'install', '--omit=dev', '--no-audit', '--no-fund'] });
  });
  it('falls back to server.js, and says what to add when nothing starts', () => {
    expect(planBuild('nodejs', { files: ['package.json', 'index.js'], packageJson: '{}' })).toMatchObject({ command: ['node', 'index.js'] });
    expect(planBuild('nodejs', { files: ['package.json'], packageJson: '{}' })).toEqual({ error: expect.stringContaining('"start"') });
    expect(planBuild('nodejs', { files: ['package.json'], packageJson: '{oops' })).toEqual({ error: expect.stringMatching(/not valid JSON/) });
  });
  it('runs Python from a Procfile or app.py, installing requirements into the app', () => {
    expect(planBuild('python', { files: ['app.py', 'requirements.txt'], requirements: '# web\nflask==3.0\n' })).toMatchObject({
      install: expect.arrayContaining(['pip', '-r', 'requirements.txt', '--target', '.python-packages']),
      command: ['python3', 'app.py'],
      env: { PYTHONPATH: '.python-packages', PYTHONUNBUFFERED: '1' },
    });
    expect(planBuild('python', { files: ['Procfile', 'main.py'], procfile: 'web: gunicorn app:app --bind :$PORT\n' })).toMatchObject({ command: ['sh', '-c', 'gunicorn app:app --bind :$PORT'] });
    expect(planBuild('python', { files: ['app.py', 'requirements.txt'], requirements: '# nothing yet\n' })).not.toHaveProperty('install');
    expect(planBuild('python', { files: ['pyproject.toml'] })).toEqual({ error: expect.stringMatching(/Nothing to start/) });
  });
  it('refuses runtimes that need a container build', () => {
    expect(planBuild('go', { files: ['go.mod'] })).toEqual({ error: expect.stringMatching(/Node.js and Python apps only.*Shipwright/) });
  });
  it('reads the web process of a Procfile', () => {
    expect(procfileWeb('worker: x\nweb: node a.js\n')).toBe('node a.js');
    expect(procfileWeb(undefined)).toBeUndefined();
  });
});
