import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 18's red team on code typed in prose without backticks: a mark, a quote or a capital that is code was
 * read as prose. Each not-served pair was served by the code before its fix; each served pair is a harmless
 * rewording the fix must keep.
 */
const { kind } = useVerifier();

const { notServed, served } = pairTests(kind);

describe('quote marks around an operand, a number or one character are code', () => {
  notServed([
    ['In Ruby, what is "7" * 2?', 'In Ruby, what is 7 * 2?'],
    ['What does PHP return for "3" == 3?', 'What does PHP return for 3 == 3?'],
    ['In Python, what is int(\'42\') + 1?', 'In Python, what is int(42) + 1?'],
    ['How does SORT BY \'price\' behave in the query?', 'How does SORT BY price behave in the query?'],
    ['What does GROUP BY "city" return in MySQL?', 'What does GROUP BY city return in MySQL?'],
    ['Why does WHERE title = "Dune" fail in Postgres?', "Why does WHERE title = 'Dune' fail in Postgres?"],
    ['In C++, what is the type of \'z\' + 1?', 'In C++, what is the type of "z" + 1?'],
    ["In Java, what does list.add('q') do?", 'In Java, what does list.add("q") do?'],
    ['In Rust, what does v.contains(&\'b\') return?', 'In Rust, what does v.contains(&"b") return?'],
    ['What does “true” == true give in JavaScript?', 'What does true == true give in JavaScript?'],
    ["What is the value of '0' || 1 in JavaScript?", 'What is the value of 0 || 1 in JavaScript?'],
    ["In JavaScript, sort '10' and '9' in order", 'In JavaScript, sort 10 and 9 in order'],
  ]);
  served([
    ["Translate 'please be seated' into French", 'Translate "please be seated" into French'],
    ["What does the word 'serendipity' mean?", 'What does the word "serendipity" mean?'],
    ['What does print(\'hello\') do?', 'What does print("hello") do?'],
    ["What does require('fs') do in Node?", 'What does require("fs") do in Node?'],
    ["What does import x from 'lodash' do?", 'What does import x from "lodash" do?'],
    ["What does git commit -m 'fix' do?", 'What does git commit -m "fix" do?'],
    ["What does echo 'hello' do?", 'What does echo hello do?'],
  ]);
});

describe('a capitalised first word followed by code keeps its case', () => {
  notServed([
    ['Integer count = null; does this compile in Java?', 'integer count = null; does this compile in Java?'],
    ['Long total = 0; is this valid Java?', 'long total = 0; is this valid Java?'],
    ['Print(x) gives a NameError in Python, why?', 'print(x) gives a NameError in Python, why?'],
    ['What is wrong here in Python?\nReturn(total)', 'What is wrong here in Python?\nreturn(total)'],
    ['Why does this Bash fail?\nGrep -r foo .', 'Why does this Bash fail?\ngrep -r foo .'],
    ['Null == 0 What does this give in JavaScript?', 'null == 0 What does this give in JavaScript?'],
    ['Float f = 1.5; is this valid Java?', 'float f = 1.5; is this valid Java?'],
    ['Why does this Bash fail?\nRm -rf build', 'Why does this Bash fail?\nrm -rf build'],
  ]);
  served([
    ['What is the capital of France?', 'what is the capital of France?'],
    ['Is x = 5 a solution of 2x = 10?', 'is x = 5 a solution of 2x = 10?'],
    ['If x > 3, what is the minimum of x + 1?', 'if x > 3, what is the minimum of x + 1?'],
    ['How do I reverse a list in Python?', 'how do I reverse a list in Python?'],
    ['What does ls -la do?', 'what does ls -la do?'],
  ]);
});

describe('a token whose case is its meaning is not folded against an all-lowercase prompt', () => {
  notServed([
    ['in java datetimeformatter what does dd-mm-yyyy print', 'in java datetimeformatter what does dd-MM-yyyy print'],
    ['what does the regex [a-f] match', 'what does the regex [A-F] match'],
    ['what does [a-z0-9] match', 'what does [A-Z0-9] match'],
    ['how many bits is 5 mbps', 'how many bits is 5 MBps'],
    ['is 10 gbps the same as 10 gb per second', 'is 10 GBps the same as 10 gb per second'],
  ]);
  served([
    ['what is the capital of france', 'What is the capital of France'],
  ]);
});

describe('a mark inside a stretch of code is a symbol', () => {
  notServed([
    ['In Kotlin, what is val city: City?', 'In Kotlin, what is val city: City'],
    ['In Rust what does let v = read_file(path)?', 'In Rust what does let v = read_file(path)'],
    ['Is while n > 0: n -= 1 valid Python?', 'Is while n > 0 n -= 1 valid Python?'],
    ['Is if len(s) > 3: s = s[:3] valid Python?', 'Is if len(s) > 3 s = s[:3] valid Python?'],
    ['In Kotlin, does var count: Int? = 0 compile?', 'In Kotlin, does var count: Int = 0 compile?'],
    ['Why does my Rust function return () when its last line is count + 1;', 'Why does my Rust function return () when its last line is count + 1'],
  ]);
  served([
    ['What is a closure?', 'What is a closure'],
    ['How do I sort a dict by value in Python?', 'How do I sort a dict by value in Python'],
    ['What does x = 5 mean?', 'What does x = 5 mean'],
    ['Is 2 + 2 = 4?', 'Is 2 + 2 = 4'],
    ['Why is x > 1 here?', 'Why is x > 1 here'],
    ['What does os.path.join(a, b) return?', 'What does os.path.join(a, b) return'],
  ]);
});

describe('the indentation of the first pasted line is content', () => {
  notServed([
    ['Fix this Python:\n    total = 0\ncount = 1', 'Fix this Python:\ntotal = 0\ncount = 1'],
    ['Fix this YAML:\n  - one\n  - two', 'Fix this YAML:\n- one\n  - two'],
    ['Check this Makefile:\n\tcc -o main main.c', 'Check this Makefile:\ncc -o main main.c'],
    ['Review this YAML:\n  key: value\nother: 2', 'Review this YAML:\nkey: value\nother: 2'],
    ['Fix this code:\n  return x\nprint(x)', 'Fix this code:\nreturn x\nprint(x)'],
  ]);
  served([
    ['Translate to German: I love you', 'Translate to German: I love you.'],
    ['Fix this Python:\nx = 1\ny = 2', 'Fix this Python:\nx = 1\ny = 2\n'],
    ['Translate this into French: good morning', 'Translate this into French:  good morning'],
  ]);
});

describe('a word named as an HTML tag is code', () => {
  notServed([
    ['Is <center> deprecated in HTML5?', 'Is <centre> deprecated in HTML5?'],
    ['What does the <dialog> element do?', 'What does the <dialogue> element do?'],
    ['How is <meter> styled?', 'How is <metre> styled?'],
    ['When should I close </center>?', 'When should I close </centre>?'],
    ['Does <label> work inside <form>?', 'Does <labels> work inside <form>?'],
    ['What does <option> do?', 'What does <options> do?'],
  ]);
  served([
    ['How do I centre a div?', 'How do I center a div?'],
    ['What does <center> do?', 'What does <center> do'],
    ['Is x < y and y > z?', 'Is x < y and y > z'],
  ]);
});

describe('a comma after a negation word of another language carries it', () => {
  notServed([
    ['Não, quero trocar de plano. Como faço?', 'Não quero trocar de plano. Como faço?'],
    ['Nao, quero trocar de plano. Como faço?', 'Nao quero trocar de plano. Como faço?'],
    ['Nie, chcę zmienić hasło. Jak to zrobić?', 'Nie chcę zmienić hasło. Jak to zrobić?'],
    ['Ne, želim promijeniti lozinku. Kako?', 'Ne želim promijeniti lozinku. Kako?'],
    ['Не, искам да сменя паролата. Как?', 'Не искам да сменя паролата. Как?'],
    ['Ne, chci zrušit účet. Jak?', 'Ne chci zrušit účet. Jak?'],
    ['Nu, vreau să anulez contul. Cum?', 'Nu vreau să anulez contul. Cum?'],
  ]);
  served([
    ['Como cancelar a assinatura?', 'Como cancelar a assinatura'],
    ['Jak zmienić hasło?', 'Jak zmienić hasło'],
    ['No, I want to cancel. How?', 'No, I want to cancel. How'],
  ]);
});
