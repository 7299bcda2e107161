import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Found by the ninth red team (round 9): code typed without backticks got English word-form tolerances (an
 * inflection, spelling variant, typo or synonym accepted on a table, package, subcommand, variable or CSS
 * property: identifier-position.ts), and politeness words that are content were set aside as filler — "kindly"
 * as the tone asked for, a greeting or thanks that opens a noun phrase ("Thank you note for …"), a filler word
 * typed as an acronym ("HI state income tax"). Each block mixes the red team's pairs with pairs written here.
 */
const { kind } = useVerifier();

const { notServed, served } = pairTests(kind);

describe('a table name after FROM, JOIN, INTO, UPDATE or TABLE in SQL', () => {
  notServed([
    ['Why does select * from user return only one row in Postgres?', 'Why does select * from users return only one row in Postgres?'],
    ['Explain this query: SELECT price FROM student WHERE id = 42', 'Explain this query: SELECT price FROM students WHERE id = 42'],
    ["What's wrong with: select count(*) from event group by country", "What's wrong with: select count(*) from events group by country"],
    ['insert into order (id, total) values (1, 10) fails in sqlite', 'insert into orders (id, total) values (1, 10) fails in sqlite'],
    ['Explain: SELECT o.id FROM orders o JOIN customer c ON c.id = o.customer_id', 'Explain: SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id'],
    ['select name from employee where salary > 1000 returns nothing', 'select name from employees where salary > 1000 returns nothing'],
    ['How do I speed up SELECT * FROM log WHERE level = 3?', 'How do I speed up SELECT * FROM logs WHERE level = 3?'],
  ]);
  served([
    ['How do I select data from tables in MySQL?', 'How do I select data from table in MySQL?'],
    ['What is the difference between WHERE and HAVING in SQL queries?', 'What is the difference between WHERE and HAVING in SQL query?'],
    ['How do I optimise SQL queries?', 'How do I optimize SQL queries?'],
  ]);
});

describe('a subcommand or package on a command line', () => {
  notServed([
    ['What is the difference in output between docker images and docker ps?', 'What is the difference in output between docker image and docker ps?'],
    ['What does the command git branch --merged show?', 'What does the command git branches --merged show?'],
    ['Why does kubectl get events show nothing in my namespace?', 'Why does kubectl get event show nothing in my namespace?'],
    ['pip install requests fails with a permission error, how do I fix it?', 'pip install request fails with a permission error, how do I fix it?'],
    ['Is it safe to npm install cookies in production?', 'Is it safe to npm install cookie in production?'],
    ['What does npm run build do in a create-react-app project?', 'What does npm run builds do in a create-react-app project?'],
    ['How do I use helm list to see releases?', 'How do I use helm lists to see releases?'],
    ['brew install fonts takes forever', 'brew install font takes forever'],
    ['Why does conda install tables downgrade numpy?', 'Why does conda install table downgrade numpy?'],
    ['What is the output of docker networks ls?', 'What is the output of docker network ls?'],
    ['npm i colours fails on node 20', 'npm i colors fails on node 20'],
  ]);
  served([
    ['Why does pip install requests fail on Windows?', 'Why does pip install requests fails on Windows?'],
    ['How do I use docker compose with multiple files?', 'How do I use docker compose with multiple file?'],
    ['Docker images take too much space, how do I clean up?', 'Docker image takes too much space, how do I clean up?'],
    ['How do I rename a git branch?', 'How do I rename a git branch please?'],
  ]);
});

describe('a variable, argument or function in inline Python or JavaScript', () => {
  notServed([
    ['Why do I get a TypeError in this Python: for item in item: total += item.price', 'Why do I get a TypeError in this Python: for item in items: total += item.price'],
    ['Fix this Python: return sum(price for price in prices)', 'Fix this Python: return sum(price for price in price)'],
    ['Why is print(results) showing None after results = sort(data)?', 'Why is print(result) showing None after result = sort(data)?'],
    ['Why does json.dumps(records) fail with not JSON serializable?', 'Why does json.dumps(record) fail with not JSON serializable?'],
    ['How do I type-hint this function: def handle(tokens): ...', 'How do I type-hint this function: def handle(token): ...'],
    ['In JS, for (const item of items) gives undefined', 'In JS, for (const item of item) gives undefined'],
    ['Why does len(user) throw in Python?', 'Why does len(users) throw in Python?'],
    ['What does total = price * quantity compute here?', 'What does total = prices * quantity compute here?'],
  ]);
  served([
    ['How do I reverse a list in Python?', 'How do I reverse lists in Python?'],
    ['for loops vs while loops in Python', 'for loop vs while loop in Python'],
    ['How many calories are in apples (raw)?', 'How many calories are in apple (raw)?'],
  ]);
});

describe('a spelling variant in a CSS declaration or a keyword argument', () => {
  notServed([
    ['Why does colour: red; not change my text color in CSS?', 'Why does color: red; not change my text color in CSS?'],
    ['Why is text-align: centre ignored by the browser?', 'Why is text-align: center ignored by the browser?'],
    ["Why does plt.plot(x, y, colour='red') raise a TypeError?", "Why does plt.plot(x, y, color='red') raise a TypeError?"],
    ['Does ggplot accept colour = class in aes()?', 'Does ggplot accept color = class in aes()?'],
    ['Why does my Elixir module warn about @behaviour GenServer?', 'Why does my Elixir module warn about @behavior GenServer?'],
    ['Why does the method analyse() not exist on a pandas DataFrame?', 'Why does the method analyze() not exist on a pandas DataFrame?'],
    ['Why is display: centre invalid?', 'Why is display: center invalid?'],
    ['Why does my tkinter Label(text=msg, fg=colour) fail?', 'Why does my tkinter Label(text=msg, fg=color) fail?'],
  ]);
  served([
    ['How do I centre a div in CSS?', 'How do I center a div in CSS?'],
    ['Question: what colour is the sky?', 'Question: what color is the sky?'],
    ['What is the best way to organise my Python projects?', 'What is the best way to organize my Python projects?'],
  ]);
});

describe('"kindly" as the tone asked for', () => {
  notServed([
    ['Reject this applicant kindly', 'Reject this applicant'],
    ['Kindly decline the meeting invitation', 'Decline the meeting invitation'],
    ['Write an email to turn down this job offer, kindly', 'Write an email to turn down this job offer'],
    ['Kindly tell my roommate to move out', 'Tell my roommate to move out'],
    ['Fire this employee kindly', 'Fire this employee'],
    ['Say no to my friend kindly', 'Say no to my friend'],
  ]);
  served([
    ['Kindly explain the difference between TCP and UDP', 'Explain the difference between TCP and UDP'],
    ['Could you kindly summarize this article?', 'Could you summarize this article?'],
    ['Could you kindly summarize this article?', 'Summarize this article'],
    ['Kindly help me with my resume', 'Help me with my resume'],
    ['Kindly tell me the capital of Peru', 'Tell me the capital of Peru'],
    ['Convert 5 km to miles', 'Kindly convert 5 km to miles'],
  ]);
});

describe('politeness that opens a noun phrase, or is an acronym', () => {
  notServed([
    ["Thank you note for my kid's teacher", "Note for my kid's teacher"],
    ['Sorry message for my girlfriend after a fight', 'Message for my girlfriend after a fight'],
    ['Thank you email after a job interview', 'Email after a job interview'],
    ['Good morning wishes for my wife', 'Wishes for my wife'],
    ['Thanks note for a bridesmaid', 'Note for a bridesmaid'],
    ['Thank you cards for teachers', 'Cards for teachers'],
    ['Sorry gift for my wife', 'Gift for my wife'],
    ['HI state income tax rate for retirees', 'State income tax rate for retirees'],
    ['THX sound certification test for my home theater', 'Sound certification test for my home theater'],
    ['HI beaches with the clearest water', 'Beaches with the clearest water'],
  ]);
  served([
    ['Hi, what is the capital of Peru?', 'What is the capital of Peru?'],
    ['hello i need a recipe for pancakes', 'i need a recipe for pancakes'],
    ['Hi list the planets in order', 'List the planets in order'],
    ['Hi help me write a cover letter', 'Help me write a cover letter'],
    ['Please list the noble gases. Thanks in advance!', 'List the noble gases'],
    ['BTW what is the speed of light?', 'What is the speed of light?'],
    ['HELLO how do I reset my password?', 'How do I reset my password?'],
  ]);
});
