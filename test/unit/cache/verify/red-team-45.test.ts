import { describe, expect, it } from 'vitest';
import { markInPastedCode } from '../../../../src/cache/verify/code-line-marks.ts';
import { pairTests, useVerifier } from './verifier-fixture.ts';

const verifier = useVerifier();
const { kind } = verifier;
const { notServed, served } = pairTests(kind);

// A red team on structured data pasted into a prompt (session 38): a mark added, dropped or changed inside unfenced
// config or code of a format data-block.ts does not read (nginx, a Makefile, robots.txt, sudoers, a Dockerfile,
// requirements.txt, HCL, a YAML key with a slash, CSS, C, a shell) was sentence punctuation to the tokenizer and
// served as "punctuation": 1,133 of 7,027 generated edits. Two lines of a file of one item per line joined (a
// .gitignore, a hosts file) were served too. code-line-marks.ts reads such texts line by line.
const NGINX = 'Is this nginx config valid?\n\nserver {\n    listen 80;\n    server_name example.com;\n    location /api/ {\n        proxy_pass http://app:9000/;\n    }\n}';
const MAKEFILE = 'Which targets does this Makefile define?\n\nCC = cc\nCFLAGS = -O2 -Wall\n\napp: main.o util.o\n\t$(CC) $(CFLAGS) -o app main.o util.o\n\nmain.o: main.c util.h\n\t$(CC) $(CFLAGS) -c main.c\n\n%.o: %.c\n\t$(CC) $(CFLAGS) -c $<\n\n.PHONY: clean';
const ROBOTS = 'Which paths may this crawler visit?\n\nUser-agent: Googlebot\nDisallow: /private/\nAllow: /private/public/\n\nUser-agent: *\nDisallow: /';
const SUDOERS = 'Which commands can be run without a password?\n\ndeploy ALL=(ALL) NOPASSWD: /usr/bin/systemctl restart app, /usr/bin/journalctl\n%admin ALL=(ALL:ALL) ALL';
const DOCKERFILE = 'Will this Dockerfile build?\nFROM python:3.12-slim AS build\nWORKDIR /app\nCOPY requirements.txt ./\nRUN pip install -r requirements.txt\nCOPY . .\nEXPOSE 3000';
const REQUIREMENTS = 'django>=5.0,<5.1\nrequests==2.31.0\ntomli; python_version < "3.11"\n\nWill pip install -r accept this file?';
const HCL = 'resource "aws_s3_bucket" "logs" {\n  bucket = "my-logs"\n  tags = {\n    Env = "prod"\n  }\n}\n\nIs this valid Terraform?';
const YAML = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: shop\n  annotations:\n    prometheus.io/scrape: "true"\n    prometheus.io/port: "9100"\n\nWhich annotations does this object have?';
const CSS = 'How will a paragraph inside this element look?\n.note p {\n  color: #333;\n  margin: 0 0 1em;\n}';
const C = 'struct config cfg = {\n    .port = 80,\n    .name = "api",\n    .timeout_ms = 1500,\n};\n\nWhat values does cfg hold?';
const SHELL = 'export MODE=dev\nexport PATH="$HOME/bin:$PATH"\n\nWhat do these lines set?';

describe('a mark changed in a line of unfenced config or code', () => {
  notServed([
    [NGINX, NGINX.replace('listen 80;', 'listen 80')],
    [NGINX, NGINX.replace('proxy_pass http://app:9000/;', 'proxy_pass http://app:9000/')],
    [MAKEFILE, MAKEFILE.replace('main.o: main.c util.h', 'main.o main.c util.h')],
    [MAKEFILE, MAKEFILE.replace('.PHONY: clean', '.PHONY clean')],
    [MAKEFILE, MAKEFILE.replace('%.o: %.c', '%.o; %.c')],
    [ROBOTS, ROBOTS.replace('User-agent: Googlebot', 'User-agent Googlebot')],
    [ROBOTS, ROBOTS.replace('User-agent: *', 'User-agent; *')],
    [SUDOERS, SUDOERS.replace('restart app, /usr', 'restart app /usr')],
    [SUDOERS, SUDOERS.replace('NOPASSWD:', 'NOPASSWD')],
    [DOCKERFILE, DOCKERFILE.replace('COPY . .', 'COPY .. .')],
    [DOCKERFILE, DOCKERFILE.replace('python:3.12-slim', 'python:3.12--slim')],
    [REQUIREMENTS, REQUIREMENTS.replace('tomli;', 'tomli,')],
    [HCL, HCL.replace('"logs" {', '"logs {')],
    [YAML, YAML.replace('prometheus.io/port: "9100"', 'prometheus.io/port "9100"')],
    [CSS, CSS.replace('color: #333;', 'color: #333,')],
    [C, C.replace('.name = "api",', '.name = "api".')],
    [SHELL, SHELL.replace('$PATH"', '$PATH""')],
  ]);
});

describe('formats no rule names: the line reads as code', () => {
  notServed([
    ['What does this unit do?\n\n[Service]\nExecStart=/usr/bin/node /srv/app/index.js\nRestart=on-failure\nEnvironment=NODE_ENV=production', 'What does this unit do?\n\n[Service]\nExecStart=/usr/bin/node /srv/app/index.js\nRestart=on-failure\nEnvironment=NODE_ENV production'],
    ['What does this Caddyfile serve?\n\nexample.com {\n    root * /srv/site\n    reverse_proxy /api/* localhost:8080\n}', 'What does this Caddyfile serve?\n\nexample.com {\n    root * /srv/site\n    reverse_proxy /api/* localhost.8080\n}'],
    ['Which files get 4-space indent?\n\nroot = true\n\n[*.py]\nindent_size = 4\n\n[*.{js,ts}]\nindent_size = 2', 'Which files get 4-space indent?\n\nroot = true\n\n[*.py]\nindent_size = 4\n\n[*.{js.ts}]\nindent_size = 2'],
    ['Which gems does this install?\n\nsource "https://rubygems.org"\ngem "rails", "~> 7.1"\ngem "puma", ">= 6.0"', 'Which gems does this install?\n\nsource "https://rubygems.org"\ngem "rails", "~> 7.1"\ngem "puma" ">= 6.0"'],
    // One line that is code and nothing else.
    ['main.o: main.c util.h', 'main.o main.c util.h'],
    ['deploy ALL=(ALL) NOPASSWD: /usr/bin/systemctl restart app, /usr/bin/journalctl', 'deploy ALL=(ALL) NOPASSWD: /usr/bin/systemctl restart app /usr/bin/journalctl'],
  ]);
});

describe('two lines of a file of one item per line joined', () => {
  notServed([
    ['Which files will git ignore?\n!important.log\n.env\n/dist\nnode_modules/\n*.log', 'Which files will git ignore?\n!important.log\n.env\n/dist node_modules/\n*.log'],
    ['Which files will git ignore?\n.DS_Store\nbuild/\n*.pyc\n**/tmp/*.bak', 'Which files will git ignore?\n.DS_Store\nbuild/\n*.pyc **/tmp/*.bak'],
    ['10.0.0.6 db.internal\n0.0.0.0 ads.example.net\n127.0.0.1 localhost\n\nWhich hostnames does this hosts file map?', '10.0.0.6 db.internal 0.0.0.0 ads.example.net\n127.0.0.1 localhost\n\nWhich hostnames does this hosts file map?'],
  ]);
  served([
    // Prose wrapped on two lines is one sentence either way.
    ['Tell me about\nthe history of Rome', 'Tell me about the history of Rome'],
  ]);
});

describe('the prose around pasted code, and marks code reads alike', () => {
  served([
    // The question's own marks, a greeting, a thanks.
    [NGINX, NGINX.replace('valid?', 'valid??')],
    [NGINX, `Hi! ${NGINX}`],
    [NGINX, `${NGINX}\n\nThanks!`],
    [MAKEFILE, MAKEFILE.replace('define?', 'define')],
    [ROBOTS, ROBOTS.replace('Which paths may this crawler visit?', 'Which paths may this crawler visit, please?')],
    [REQUIREMENTS, REQUIREMENTS.replace('file?', 'file? Thank you.')],
    ['Will nginx -t pass with this config?\nserver {\n    listen 443;\n    root /var/www/html;\n}', 'Will nginx -t pass with this config\nserver {\n    listen 443;\n    root /var/www/html;\n}'],
    ['If I edit util.h, which object files get rebuilt:\nmain.o: main.c util.h\n\tcc -c main.c\nutil.o: util.c util.h\n\tcc -c util.c', 'If I edit util.h, which object files get rebuilt\nmain.o: main.c util.h\n\tcc -c main.c\nutil.o: util.c util.h\n\tcc -c util.c'],
    // A semicolon JavaScript runs the same without, quotes Python reads alike, a comment's full stop.
    ["What does this print?\nconst s = 'Hello';\nconsole.log(s.slice(1, 3) + s.charAt(0));", "What does this print?\nconst s = 'Hello'\nconsole.log(s.slice(1, 3) + s.charAt(0));"],
    ["What does this print?\nx = 'hi'\nprint(x)", 'What does this print?\nx = "hi"\nprint(x)'],
    ['What does this do?\nls -la ~/projects  # list files.\ncd ~/projects', 'What does this do?\nls -la ~/projects  # list files\ncd ~/projects'],
  ]);
});

describe('notes and lists that name code are prose', () => {
  served([
    ['Summarize this.\n\nNotes\nQ&A session at 4pm, room 2/B\nFollow-up w/ Raj about the C++ course.\nRead: Node.js docs, ch. 3', 'Summarize this.\n\nNotes\nQ&A session at 4pm room 2/B\nFollow-up w/ Raj about the C++ course.\nRead: Node.js docs, ch. 3'],
    ['Summarize this.\n\nLinks\nDocs: https://docs.example.com/start\nRepo: github.com/acme/widget\nBoard: trello.com/b/abc123, see column 2', 'Summarize this.\n\nLinks\nDocs: https://docs.example.com/start\nRepo: github.com/acme/widget\nBoard: trello.com/b/abc123 see column 2'],
    ['Turn this into a short bulleted list.\n\nTo do\n[x] call the bank, ask about fees\n[ ] buy printer ink (HP 67XL)', 'Turn this into a short bulleted list.\n\nTo do\n[x] call the bank, ask about fees\n[ ] buy printer ink (HP 67XL).'],
    ['Turn this into a short bulleted list.\n\nReading list\n"Dune" by Frank Herbert, 1965\nSICP, chapters 1-3', 'Turn this into a short bulleted list.\n\nReading list\n"Dune" by Frank Herbert, 1965\nSICP chapters 1-3'],
    // One line of a question about code: its closing mark and its commas are the query's.
    ['How do I solve 2x + 3 = 7?', 'How do I solve 2x + 3 = 7'],
    ['useEffect cleanup: when does it run', 'useEffect cleanup, when does it run'],
    ['my_var is undefined in Jinja2, why', 'my_var is undefined in Jinja2 - why'],
    ['AWS S3 bucket policy, public read access', 'AWS S3 bucket policy public read access'],
  ]);
});

describe('in linear time', () => {
  it('reads 256 KB of changed lines of code, or of one long line, within a second or so', () => {
    const size = 256 * 1024;
    const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    const cases: Array<[string, string]> = [
      [`Is this valid?\n${fill('    listen 80;\n')}`, `Is this valid?\n${fill('    listen 80\n')}`],
      [`Is this valid?\n${fill('server {\n  a.b;\n}\n')}`, `Is this valid?\n${fill('server {\n  a.b,\n}\n')}`],
      [`Fix:\n${fill('a-')}\nok`, `Fix:\n${fill('a-')}.\nok`],
      [`Fix:\n${fill('1.')}\nok`, `Fix:\n${fill('1.')},\nok`],
      [`Fix:\n${fill('abcd')}X\nok`, `Fix:\n${fill('abcd')}X;\nok`],
      [`Fix:\nconst${fill(' ')}\nok`, `Fix:\nconst${fill(' ')};\nok`],
      [`Fix:\n${fill('A')}\nok`, `Fix:\n${fill('A')};\nok`],
      [`Fix:\n${fill(`${'ABCDEFGHIJ'.repeat(200)}\n`)}`, `Fix:\n${fill(`${'ABCDEFGHIJ'.repeat(200)};\n`)}`],
      [`Fix:\n${fill(`${'the quick brown fox '.repeat(100)}x.y\n`)}`, `Fix:\n${fill(`${'the quick brown fox '.repeat(100)}x.y;\n`)}`],
      [fill('a=b, '), `${fill('a=b, ')};`],
      [`Which files?\n${fill('/a\n')}`, `Which files?\n${fill('/a /a\n')}`],
      [fill('\n'), `${fill('\n')}.`],
    ];
    const started = performance.now();
    for (const [left, right] of cases) markInPastedCode(left, right, verifier.lexicon);
    expect(performance.now() - started).toBeLessThan(10_000); // ~1 s in all on a slow machine; a quadratic pattern takes minutes
    expect(kind(cases[1]![0], cases[1]![1])).not.toBe('same');
  });
});

// A cost review of the rule above and of "the" before a name (session 38): a line of courtesy or a signature beside
// the code read as code among code lines, a colon or a dash after the tool a one-line query opens with was a mark in
// code, and "the" before the Police named another thing.
describe('courtesy beside the code, a tool named up front, a unique thing with or without "the"', () => {
  served([
    ['Why does this fail?\nconst data = await res.json();\nconsole.log(data.items);\nThanks!', 'Why does this fail?\nconst data = await res.json();\nconsole.log(data.items);\nThanks.'],
    ['Hi!\nimport os\nprint(os.getcwd())\nWhy does this fail?', 'Hi,\nimport os\nprint(os.getcwd())\nWhy does this fail?'],
    ['django==4.2.7\ncelery[redis]==5.3.4\nWill this install?\n- Tom', 'django==4.2.7\ncelery[redis]==5.3.4\nWill this install?\n-- Tom'],
    ["webpack: can't resolve ./App in src/index.js", "webpack can't resolve ./App in src/index.js"],
    ['kubectl - ImagePullBackOff for my-app:latest', 'kubectl: ImagePullBackOff for my-app:latest'],
    ['Can the Police search my phone?', 'Can Police search my phone?'],
  ]);
  notServed([
    ['Is this valid?\nserver {\n    listen 80;\n}\nThanks!', 'Is this valid?\nserver {\n    listen 80\n}\nThanks!'],
    ['webpack: can\'t resolve ./App in src/index.js', 'webpack: can\'t resolve ./App in src/index.ts'],
  ]);
});
