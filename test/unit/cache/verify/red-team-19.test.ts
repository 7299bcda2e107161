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
    ['My order arrived yesterday\nThe box was damaged', 'My order arrived\nYesterday the box was damaged'],
    ["If the customer doesn't reply by Friday, close the ticket.", "If the customer doesn't reply, by Friday close the ticket."],
    ['If the stock drops below $50, buy 100 shares', 'If the stock drops, below $50 buy 100 shares'],
    ['After the meeting on Monday, send the summary.', 'After the meeting, on Monday send the summary.'],
  ]);
  served([
    ['The museum is free on Sundays. It closes at noon.', 'The museum is free on Sundays, it closes at noon.'],
    ['Hi. How do I reset my password?', 'Hi, how do I reset my password?'],
    ['In Python, how do I reverse a list?', 'In Python how do I reverse a list?'],
  ]);
});

describe('a comma on one side only that changes what is meant', () => {
  notServed([
    ['Refund the customers who were charged twice', 'Refund the customers, who were charged twice'],
    ['Ban the employees who missed the training.', 'Ban the employees, who missed the training.'],
    ['Delete the files which are older than 30 days', 'Delete the files, which are older than 30 days'],
    ['Add peanut butter, bread and milk to my shopping list', 'Add peanut, butter, bread and milk to my shopping list'],
    ['Put ice cream, yogurt and rice in my cart', 'Put ice, cream, yogurt and rice in my cart'],
    ['Invite Mary Ann and Joe to the kickoff meeting', 'Invite Mary, Ann and Joe to the kickoff meeting'],
    ['The giant panda eats shoots and leaves.', 'The giant panda eats, shoots and leaves.'],
  ]);
  served([
    ['Explain recursion and give an example', 'Explain recursion, and give an example'],
    ['I have a dog, which food is best for him?', 'I have a dog which food is best for him?'],
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
  ]);
});

describe('a conditional hedge inside a text, not closing the request', () => {
  notServed([
    [
      'Context:\nStaff must attend the team meeting on Mondays in person. Parking is free.\nQuestion: Do I have to attend?',
      'Context:\nStaff must attend the team meeting on Mondays in person if possible. Parking is free.\nQuestion: Do I have to attend?',
    ],
    [
      'Refunds go to the original payment method within 5 business days after we receive the item. Shipping costs are non-refundable.\n\nWhat is the refund policy?',
      'Refunds go to the original payment method within 5 business days after we receive the item, if you can. Shipping costs are non-refundable.\n\nWhat is the refund policy?',
    ],
    ['Context:\nSubmit the claim within 7 days if you could.\nQuestion: What is the deadline?', 'Context:\nSubmit the claim within 7 days.\nQuestion: What is the deadline?'],
  ]);
  served([
    ['Book me a table for two at 7pm', 'Book me a table for two at 7pm, if possible'],
    ['Recommend a good book about Rome', 'If you can, recommend a good book about Rome'],
  ]);
});

describe('names in code typed without fences', () => {
  notServed([
    ['What does this print?\nprint(salary * quantity)', 'What does this print?\nprint(salaries * quantity)'],
    ['What is the output? SELECT id FROM records WHERE salary > 100 ORDER BY id', 'What is the output? SELECT id FROM records WHERE salaries > 100 ORDER BY id'],
    ['Is this safe to run? rm -r file', 'Is this safe to run? rm -r files'],
    ['What does grep -c warning app.log print?', 'What does grep -c warnings app.log print?'],
    ['Why is this invalid?\nspec:\n  replicas: 3\n  selector: app', 'Why is this invalid?\nspec:\n  replica: 3\n  selector: app'],
  ]);
  served([
    ['What does rm -r do in Linux?', 'what does rm -r do in linux'],
    ['How do I find files larger than 1GB?', 'How do I find the files larger than 1GB?'],
    ['Is 5 > 3 true in Python?', 'Is 5 > 3 true in Python'],
  ]);
});
