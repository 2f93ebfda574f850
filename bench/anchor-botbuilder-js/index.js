// The anchor bot: the same conversation as bench/FeminaBot.Bench's script, written the way a Bot
// Framework developer would with the official JavaScript SDK. Listens on PORT (default 3979).
const express = require('express');
const { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage, ActivityHandler } = require('botbuilder');
const { DialogSet, WaterfallDialog, ConfirmPrompt, ChoicePrompt, TextPrompt, DialogTurnStatus } = require('botbuilder-dialogs');

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context) => { await context.sendActivity('Sorry, something went wrong.'); };

const conversationState = new ConversationState(new MemoryStorage());
const dialogs = new DialogSet(conversationState.createProperty('dialogState'));
dialogs.add(new ConfirmPrompt('confirm'));
dialogs.add(new ChoicePrompt('choice'));
dialogs.add(new TextPrompt('text'));

const questions = [
  'First, a quick safety check. Do you have any emergency signs?',
  'Is any part of the breast red, pink, or hot to the touch?',
  'Have you had a fever since this started?',
  'Have you had chills or shivering?',
  'Do you have body aches?'
];

dialogs.add(new WaterfallDialog('triage', [
  ...questions.map((question, i) => async (step) => {
    if (i > 0 && step.result === true) { await step.context.sendActivity('Please contact your doctor, midwife or OB today.'); return step.endDialog(); }
    return step.prompt('confirm', question);
  }),
  async (step) => step.prompt('choice', { prompt: 'Which breast is affected?', choices: ['Left', 'Right', 'Both'] }),
  async (step) => step.prompt('text', 'Step 1: Stimulate your lymphatic system. Say next when ready.'),
  async (step) => step.prompt('text', 'Step 2: Massage the affected breast with light sweeps.'),
  async (step) => {
    if (/open|hours/i.test(step.result)) {
      await step.context.sendActivity('On Saturday: Beverly Hills: closed, Pasadena: closed, Sherman Oaks: closed');
    }
    return step.endDialog();
  }
]));

class AnchorBot extends ActivityHandler {
  constructor() {
    super();
    this.onMembersAdded(async (context, next) => {
      for (const member of context.activity.membersAdded) {
        if (member.id !== context.activity.recipient.id) {
          await context.sendActivity('Hi, I can help with breast pain while breastfeeding.');
        }
      }
      await next();
    });
    this.onMessage(async (context, next) => {
      const dc = await dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) {
        await dc.beginDialog('triage');
      }
      await next();
    });
  }

  async run(context) {
    await super.run(context);
    await conversationState.saveChanges(context, false);
  }
}

const bot = new AnchorBot();
const app = express();
app.use(express.json({ limit: '1mb' }));
app.get('/healthz', (req, res) => res.send('Healthy'));
app.post('/api/messages', (req, res) => adapter.process(req, res, (context) => bot.run(context)));
const port = Number(process.env.PORT || 3979);
app.listen(port, '127.0.0.1', () => console.log(`anchor listening on ${port}`));
