import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 14's red teams (app traffic built from templates; long shared context and code): classes where the same
 * words, or an accepted tolerance, still ask another thing. Each not-served pair was served by the code before its
 * fix; each served pair is a harmless rewording the fix must keep.
 */
const { kind } = useVerifier();

const { notServed, served } = pairTests(kind);

describe('the same words cut into sentences, lines or clauses at other places', () => {
  notServed([
    ['The museum is free on Sundays. It closes at noon.', 'The museum is free. On Sundays it closes at noon.'],
    ['Take the pill after meals. Drink plenty of water.', 'Take the pill. After meals drink plenty of water.'],
    ['Is the store open? On Sunday I need milk', 'Is the store open on Sunday? I need milk'],
    ["If the customer doesn't reply by Friday, close the ticket.", "If the customer doesn't reply, by Friday close the ticket."],
    ['If the stock drops below $50, buy 100 shares', 'If the stock drops, below $50 buy 100 shares'],
    ['When the baby is born in May, apply for parental leave.', 'When the baby is born, in May apply for parental leave.'],
  ]);
  served([
    ['The museum is free on Sundays. It closes at noon.', 'The museum is free on Sundays, it closes at noon.'],
    ['Hi. How do I reset my password?', 'Hi, how do I reset my password?'],
    ['In Python, how do I reverse a list?', 'In Python how do I reverse a list?'],
    // A line break is no sentence's end: the same prompt wrapped at other places.
    ['Summarize the main\ncauses of the French Revolution in five short bullet points', 'Summarize the main causes of the French Revolution in five\nshort bullet points'],
    // A comma between two opening phrases moves nothing.
    ['Yesterday at the gym, I hurt my knee. What should I do?', 'Yesterday, at the gym I hurt my knee. What should I do?'],
  ]);
});

describe('a comma on one side only that changes what is meant', () => {
  notServed([
    ['Refund the customers who were charged twice', 'Refund the customers, who were charged twice'],
    ['Ban the employees who missed the training.', 'Ban the employees, who missed the training.'],
    ['Delete the files which are older than 30 days', 'Delete the files, which are older than 30 days'],
    ['Pick up the children who stayed late', 'Pick up the children, who stayed late'],
    ['Add peanut butter, bread and milk to my shopping list', 'Add peanut, butter, bread and milk to my shopping list'],
    ['Put ice cream, yogurt and rice in my cart', 'Put ice, cream, yogurt and rice in my cart'],
  ]);
  served([
    ['Explain recursion and give an example', 'Explain recursion, and give an example'],
    ['I have a dog, which food is best for him?', 'I have a dog which food is best for him?'],
    ['Write a birthday message for my landlord, who is moving to Canada', 'Write a birthday message for my landlord who is moving to Canada'],
    ['Write a retirement card for my boss, who recently had surgery', 'Write a retirement card for my boss who recently had surgery'],
    ['If it rains tomorrow, suggest indoor activities for kids and adults', 'If it rains tomorrow suggest indoor activities for kids and adults'],
    ['Compare the cost of living in Paris, France and Chicago', 'Compare the cost of living in Paris France and Chicago'],
    ['Summarize this refund policy for a customer, by the way. Items must be unused and in their box, and returned within 30 days.', 'Summarize this refund policy for a customer. Items must be unused and in their box, and returned within 30 days.'],
  ]);
});

describe('a phrase moved to the end of a clause that holds another verb’s clause', () => {
  notServed([
    ['Before the meeting, confirm that the shipment will arrive', 'Confirm that the shipment will arrive before the meeting'],
    ['On Friday, confirm that the shipment will arrive', 'Confirm that the shipment will arrive on Friday'],
    ['On Sunday, check whether the pharmacy is open', 'Check whether the pharmacy is open on Sunday'],
    ['After the inspection, find out if the museum is open.', 'Find out if the museum is open after the inspection.'],
    ['In the morning, let me know if the package arrives', 'Let me know if the package arrives in the morning'],
    ['Within 2 days, tell the team to deploy the fix', 'Tell the team to deploy the fix within 2 days'],
    ['On weekends, remind me to call the dentist.', 'Remind me to call the dentist on weekends.'],
    ['In 2025, notify the customer the order is cancelled', 'Notify the customer the order is cancelled in 2025'],
    ['By Monday, make sure the report is submitted.', 'Make sure the report is submitted by Monday.'],
    ['If it rains, tell John the game is cancelled.', 'Tell John the game is cancelled if it rains.'],
  ]);
  served([
    ['If it rains, what should I wear?', 'What should I wear if it rains?'],
    ['In Canada, can I work while I study?', 'Can I work while I study in Canada?'],
    ['In Git, how do I undo a commit that I pushed?', 'How do I undo a commit that I pushed in Git?'],
    ['On Sunday, is the museum open?', 'Is the museum open on Sunday?'],
    ['In a React app, how do I check if the user is logged in?', 'How do I check if the user is logged in in a React app?'],
    ['In Python 3, how do I check if a file exists?', 'How do I check if a file exists in Python 3?'],
    ['In March, where can I see cherry blossoms that are in full bloom?', 'Where can I see cherry blossoms that are in full bloom in March?'],
  ]);
});

describe('a conditional hedge inside a text, not closing the request', () => {
  notServed([
    [
      'Context:\nStaff must attend the team meeting on Mondays in person. Parking is free.\nQuestion: Do I have to attend?',
      'Context:\nStaff must attend the team meeting on Mondays in person if possible. Parking is free.\nQuestion: Do I have to attend?',
    ],
    [
      'Returns are accepted within 30 days. The headphones are not waterproof. Shipping is free over 50 euros.\n\nCan I swim with them?',
      'Returns are accepted within 30 days. The headphones are not waterproof, if you could. Shipping is free over 50 euros.\n\nCan I swim with them?',
    ],
  ]);
  served([
    ['Book me a table for two at 7pm', 'Book me a table for two at 7pm, if possible'],
    ['Recommend a good book about Rome', 'If you can, recommend a good book about Rome'],
    ['I only have 20 minutes. If possible, give me a quick workout.', 'I only have 20 minutes. Give me a quick workout.'],
    ['Suggest a name for my cat if you can. Thanks!', 'Suggest a name for my cat. Thanks!'],
    ['Hi, can you suggest a name for my cat if possible? Thanks!', 'Hi, can you suggest a name for my cat? Thanks!'],
    ['Hi! My wife and I would like a room with a view if possible. Thanks!', 'Hi! My wife and I would like a room with a view. Thanks!'],
    ['Summarize the attached report. Break it into sections if possible. Thank you!', 'Summarize the attached report. Break it into sections. Thank you!'],
  ]);
});

describe('names in code typed without fences', () => {
  notServed([
    ['What does this print?\nprint(salary * quantity)', 'What does this print?\nprint(salaries * quantity)'],
    ['What is the output? SELECT id FROM records WHERE salary > 100 ORDER BY id', 'What is the output? SELECT id FROM records WHERE salaries > 100 ORDER BY id'],
    ['Is this safe to run? rm -r file', 'Is this safe to run? rm -r files'],
    ['What does this print? SELECT name, price FROM records WHERE id = 7', 'What does this print? SELECT name, prices FROM records WHERE id = 7'],
    ['What does this print? const { price, balance } = data; console.log(balance);', 'What does this print? const { prices, balance } = data; console.log(balance);'],
    ['What does grep -c warning app.log print?', 'What does grep -c warnings app.log print?'],
    ['Why is this invalid?\nspec:\n  replicas: 3\n  selector: app', 'Why is this invalid?\nspec:\n  replica: 3\n  selector: app'],
  ]);
  served([
    ['What does rm -r do in Linux?', 'what does rm -r do in linux'],
    ['How do I find files larger than 1GB?', 'How do I find the files larger than 1GB?'],
    ['Is 5 > 3 true in Python?', 'Is 5 > 3 true in Python'],
    ['My curl request times out. How do I fix it?', 'My curl reqeust times out. How do I fix it?'],
    ['Why does ORDER BY date put nulls first in Postgres?', 'Why does ORDER BY dates put nulls first in Postgres?'],
    ['Topic: climate change\nAudience: high school students\nTone: friendly\nWrite a short essay.', 'Topic: climate change\nAudiance: high school students\nTone: friendly\nWrite a short essay.'],
  ]);
});

describe('the number of a thing in a passage or a word problem', () => {
  notServed([
    [
      'What does the starter kit include?\n\nRelevant documentation:\nThe service is available in all branches. The starter kit includes a charger. Opening hours may vary on public holidays.',
      'What does the starter kit include?\n\nRelevant documentation:\nThe service is available in all branches. The starter kit includes chargers. Opening hours may vary on public holidays.',
    ],
    [
      'Customers may return most items within 30 days of delivery for a full refund. Items must be unused and in their original packaging.\n\nCan I get my money back for a jacket I bought last week?',
      'Customers may return most items within 30 days of delivery for full refunds. Items must be unused and in their original packaging.\n\nCan I get my money back for a jacket I bought last week?',
    ],
    ['Tom buys a notebook for 3 euros and 4 pens for 2 euros each. How much does he pay?', 'Tom buys notebooks for 3 euros and 4 pens for 2 euros each. How much does he pay?'],
    ['The starter kit includes a charger and a case. Is it worth 40 euros?', 'The starter kit includes chargers and a case. Is it worth 40 euros?'],
  ]);
  served([
    ['What are good gifts for a teacher?', 'What are good gifts for teachers?'],
    ['How do I keep a cat off the sofa?', 'How do I keep cats off the sofa?'],
    ["I'm 35 and have 2 kids. What are good life insurance options?", "I'm 35 and have 2 kids. What is a good life insurance option?"],
    ['My curl command hangs. How do I fix it?', 'My curl commands hang. How do I fix it?'],
    ['Write a cover letter.\nCompany: Acme Corp\nPosition: data analyst\nExperience: 3 years\nSkill: SQL and Python', 'Write a cover letter.\nCompany: Acme Corp\nPosition: data analyst\nExperience: 3 years\nSkills: SQL and Python'],
  ]);
});

describe('the same rules through other typography (a hostile or careless client)', () => {
  notServed([
    ['The museum is free on Sundays... It closes at noon...', 'The museum is free... On Sundays it closes at noon...'],
    ['Refund the customers who were charged twice', 'Refund the customers\u060c who were charged twice'],
    ['Refund the customers who were charged twice', 'Refund the customers,\r\nwho were charged twice'],
    ['On Fri, confirm that the shipment will arrive', 'Confirm that the shipment will arrive on Fri'],
    ['What does this print?\nconst {\n  price,\n  balance\n} = data', 'What does this print?\nconst {\n  prices,\n  balance\n} = data'],
    ['The starter kit includes a charger... Is it worth it?', 'The starter kit includes chargers... Is it worth it?'],
    [
      'Hi, I have a question\u2026 Staff must attend the team meeting on Mondays in person. Parking is free. Do I have to attend?',
      'Hi, I have a question\u2026 Staff must attend the team meeting on Mondays in person if possible. Parking is free. Do I have to attend?',
    ],
  ]);
  served([
    ['Hello friends, who knows a good pizza place in Rome?', 'Hello friends who knows a good pizza place in Rome?'],
    ['Write a birthday message for my parents, who are moving to Canada', 'Write a birthday message for my parents who are moving to Canada'],
    ['In Python3, how do I check if a list is empty?', 'How do I check if a list is empty in Python3?'],
    ['\u2022 My cat keeps scratching the sofa. How do I stop it?', '\u2022 My cat keeps scratching the sofas. How do I stop it?'],
    ['Good gifts for a teacher\uff1f I have 20 euros.', 'Good gifts for teachers\uff1f I have 20 euros.'],
  ]);
});
