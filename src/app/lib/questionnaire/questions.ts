import type { AnswerField } from '../../../triage';
import type { AnswersDraft } from '../answers-draft';

export const SECTIONS = ['Warning signs', 'How it started', 'Arms and spread', 'Your pain', 'Your workout', 'About you'] as const;
type Section = (typeof SECTIONS)[number];

/** An answer option: `value` is the contract's own value, so the page maps one-to-one onto the contract. */
export interface Option {
  value: string | number | boolean;
  label: string;
  hint?: string;
}

interface QuestionBase {
  field: AnswerField;
  section: Section;
  /** The page's heading. */
  title: string;
  hint?: string;
  /** Shown when Continue is pressed with nothing chosen. */
  emptyError: string;
  /** A follow-up to an earlier question: asked only when that question's answer makes it apply. */
  followUp?: { of: AnswerField; appliesWhen: (draft: AnswersDraft) => boolean };
  /** No "skip", although the contract lets the field default: it feeds safety rules. */
  mustAnswer?: true;
}

export type Question = QuestionBase &
  (
    | { kind: 'radios'; options: Option[] }
    /** `none`: the label of an exclusive "none of these" box, which answers with an empty list. */
    | { kind: 'checkboxes'; options: Option[]; none?: string }
    | { kind: 'body-map'; options: Option[] }
    /**
     * `min` and `max` are the contract's; `name` starts the range errors ("Your age must be 12 or
     * more") and `example` ends the others (the empty error, then "as a number, like 30").
     */
    | { kind: 'number'; suffix: string; decimals: boolean; min: number; max: number; name: string; example: number }
  );

export const EXCLUSIVE_NONE_VALUE = 'none';

const YES_NO_UNSURE: Option[] = [
  { value: true, label: 'Yes' },
  { value: false, label: 'No' },
  { value: 'unsure', label: 'Not sure' },
];
const YES_NO: Option[] = [
  { value: true, label: 'Yes' },
  { value: false, label: 'No' },
];
const YES_NO_UNSURE_ERROR = 'Select yes, no or not sure';
const YES_NO_ERROR = 'Select yes or no';

type YesNoQuestion = Pick<QuestionBase, 'field' | 'section' | 'title' | 'hint' | 'followUp' | 'mustAnswer'>;

const yesNoUnsure = (question: YesNoQuestion): Question => ({
  ...question,
  kind: 'radios',
  options: YES_NO_UNSURE,
  emptyError: YES_NO_UNSURE_ERROR,
});
const yesNo = (question: YesNoQuestion): Question => ({ ...question, kind: 'radios', options: YES_NO, emptyError: YES_NO_ERROR });

/** Whether the workout may have held one of these: a skipped workout question leaves it open. */
const mayHaveDone = (draft: AnswersDraft, ...exercises: string[]) =>
  draft.exercises === undefined || draft.exercises.some((exercise) => exercises.includes(exercise));

const SEVERITY_WORDS: Record<number, string> = { 0: '0 – no pain', 10: '10 – the worst pain you can imagine' };

/** Every question, in the order asked: the warning signs come first, as NHS 111 asks them. */
export const QUESTIONS: Question[] = [
  yesNoUnsure({
    field: 'chestPain',
    section: 'Warning signs',
    title: 'Do you have any pain, pressure, squeezing or tightness in your chest?',
    hint: 'Include a heavy or tight feeling that comes and goes.',
  }),
  yesNoUnsure({
    field: 'sweatingOrNausea',
    section: 'Warning signs',
    title: 'With the pain, have you had a cold sweat, felt sick, been sick or felt light-headed?',
  }),
  yesNoUnsure({
    field: 'exertionPain',
    section: 'Warning signs',
    title: 'Does the pain, or a tightness, come on when you exert yourself and ease within a few minutes of rest?',
    hint: 'For example, walking uphill or climbing stairs, not only when you use the sore muscles.',
  }),

  {
    field: 'onsetSpeed',
    section: 'How it started',
    kind: 'radios',
    title: 'Did the pain start suddenly or gradually?',
    emptyError: 'Select suddenly or gradually',
    options: [
      { value: 'sudden', label: 'Suddenly, within seconds' },
      { value: 'gradual', label: 'Gradually, over minutes, hours or days' },
    ],
  },
  yesNo({
    field: 'feltPop',
    section: 'How it started',
    title: 'During the workout, did you feel a sudden pop, pull or twinge at one moment?',
  }),
  {
    field: 'tenderness',
    section: 'How it started',
    kind: 'radios',
    title: 'When you press gently on the sore area, how does it feel?',
    emptyError: 'Select how it feels when you press on it',
    options: [
      { value: 'none', label: 'It is not tender' },
      { value: 'spread_out', label: 'Tender all over the area' },
      { value: 'one_spot', label: 'Tender in one clear spot' },
    ],
  },
  yesNoUnsure({
    field: 'severeAtWorst',
    section: 'How it started',
    title: 'At its worst, was the pain severe, 7 or more out of 10?',
    hint: 'Answer for the worst moment, even if it is less now. 10 is the worst pain you can imagine.',
  }),
  yesNoUnsure({
    field: 'tearingPain',
    section: 'How it started',
    title: 'Did the pain itself feel like something tearing or ripping inside you?',
    hint: 'Answer yes even if it felt like that only at the start.',
  }),

  yesNoUnsure({
    field: 'fainted',
    section: 'Warning signs',
    title: 'Have you fainted, collapsed or nearly fainted?',
  }),
  {
    field: 'breathless',
    section: 'Warning signs',
    kind: 'radios',
    title: 'Are you short of breath?',
    emptyError: 'Select how your breathing is',
    options: [
      { value: 'none', label: 'No, my breathing is normal' },
      { value: 'mild', label: 'Yes, more than usual, but I can talk normally' },
      { value: 'severe', label: 'Yes, I am struggling to breathe', hint: 'For example, you cannot finish a sentence.' },
    ],
  },
  yesNoUnsure({
    field: 'painOnDeepBreath',
    section: 'Warning signs',
    title: 'Does the pain get worse when you take a deep breath?',
  }),
  yesNoUnsure({
    field: 'calfSwelling',
    section: 'Warning signs',
    title: 'Is one of your legs swollen, or painful and tender, usually in the calf?',
  }),
  yesNoUnsure({
    field: 'coughingBlood',
    section: 'Warning signs',
    title: 'Have you coughed up any blood?',
  }),
  yesNoUnsure({
    field: 'legWeaknessOrNumbness',
    section: 'Warning signs',
    title: 'Do you have new numbness, tingling or weakness in one or both legs?',
    hint: 'Include feeling unsteady when you walk.',
  }),
  yesNoUnsure({
    field: 'bladderBowelChange',
    section: 'Warning signs',
    title: 'Have you had new trouble peeing, or lost control of your bladder or bowels?',
    hint: 'Include new numbness around your bottom or genitals.',
  }),
  yesNoUnsure({
    field: 'darkUrine',
    section: 'Warning signs',
    title: 'Since the workout, has your pee been very dark, like tea or cola?',
  }),
  yesNoUnsure({
    field: 'muscleSwelling',
    section: 'Warning signs',
    title: 'Are the sore muscles very swollen or very weak, or is the soreness far worse than you have ever had?',
  }),
  yesNoUnsure({
    field: 'fever',
    section: 'Warning signs',
    title: 'Do you have a high temperature, chills or night sweats?',
    hint: 'You may feel hot to touch on your chest or back, or shivery.',
  }),
  yesNoUnsure({
    field: 'weightLoss',
    section: 'Warning signs',
    title: 'Have you lost weight recently without trying?',
  }),
  yesNoUnsure({
    field: 'trauma',
    section: 'Warning signs',
    title: 'Did you fall, get hit on the back, or have a weight land on it?',
  }),

  {
    field: 'radiation',
    section: 'Arms and spread',
    kind: 'checkboxes',
    title: 'Does the pain spread anywhere else?',
    hint: 'Select all that apply.',
    emptyError: 'Select where the pain spreads, or select "No, it stays in my back"',
    options: [
      { value: 'arm', label: 'Down an arm' },
      { value: 'chest', label: 'Into the chest' },
      { value: 'neck_jaw', label: 'Into the neck or jaw' },
      { value: 'around_ribs', label: 'Around the ribs, like a band' },
    ],
    none: 'No, it stays in my back',
  },
  yesNoUnsure({
    field: 'armNumbness',
    section: 'Arms and spread',
    title: 'Do you have new numbness or tingling in an arm or hand?',
  }),
  yesNoUnsure({
    field: 'armWeakness',
    section: 'Arms and spread',
    title: 'Do you have new weakness in an arm or hand?',
    hint: 'For example, dropping things or a weak grip.',
  }),
  yesNoUnsure({
    field: 'rash',
    section: 'Arms and spread',
    title: 'Is there a rash or blisters on the skin over the painful area?',
    mustAnswer: true,
  }),

  {
    field: 'location',
    section: 'Your pain',
    kind: 'body-map',
    title: 'Where does it hurt?',
    hint: 'Select all the places. You can tap the picture of the back or use the list.',
    emptyError: 'Select where it hurts',
    options: [
      { value: 'neck_base', label: 'Base of the neck or top of the shoulders' },
      { value: 'shoulder_blade', label: 'On a shoulder blade' },
      { value: 'between_shoulder_blades', label: 'Between the shoulder blades' },
      { value: 'spine', label: 'On the spine itself' },
      { value: 'side_ribs', label: 'Over the ribs, at the side' },
      { value: 'lower_back', label: 'Lower back' },
    ],
  },
  {
    field: 'side',
    section: 'Your pain',
    kind: 'radios',
    title: 'Which side hurts?',
    emptyError: 'Select which side hurts',
    options: [
      { value: 'left', label: 'Left' },
      { value: 'right', label: 'Right' },
      { value: 'both', label: 'Both sides' },
      { value: 'middle', label: 'In the middle' },
    ],
  },
  {
    field: 'character',
    section: 'Your pain',
    kind: 'radios',
    title: 'What does the pain feel like?',
    hint: 'Choose the closest.',
    emptyError: 'Select what the pain feels like',
    options: [
      { value: 'ache', label: 'A dull ache' },
      { value: 'tight', label: 'Tight or stiff' },
      { value: 'sharp', label: 'Sharp or stabbing' },
      { value: 'burning', label: 'Burning' },
      { value: 'pressure', label: 'Pressure, heaviness or squeezing' },
    ],
  },
  {
    field: 'severity',
    section: 'Your pain',
    kind: 'radios',
    title: 'How bad is the pain right now?',
    hint: '0 is no pain at all and 10 is the worst pain you can imagine.',
    emptyError: 'Select a number from 0 to 10',
    options: Array.from({ length: 11 }, (_, score) => ({ value: score, label: SEVERITY_WORDS[score] ?? String(score) })),
  },
  {
    field: 'onset',
    section: 'Your pain',
    kind: 'radios',
    title: 'When did the pain start?',
    emptyError: 'Select when the pain started',
    options: [
      { value: 'during_workout', label: 'During the workout' },
      { value: 'hours_after', label: 'A few hours after the workout' },
      { value: 'next_day', label: 'The day after the workout' },
      { value: 'days_after', label: '2 or more days after the workout' },
      { value: 'not_after_workout', label: 'It did not start after a workout' },
    ],
  },
  {
    field: 'painDays',
    section: 'Your pain',
    kind: 'number',
    title: 'How many days has it hurt?',
    hint: 'Enter 0 if it started today.',
    suffix: 'days',
    decimals: false,
    emptyError: 'Enter how many days it has hurt',
    min: 0,
    max: 365,
    name: 'The number of days',
    example: 2,
  },
  {
    field: 'trend',
    section: 'Your pain',
    kind: 'radios',
    title: 'Since it started, is it getting better or worse?',
    emptyError: 'Select whether it is getting better or worse',
    options: [
      { value: 'better', label: 'Getting better' },
      { value: 'same', label: 'About the same' },
      { value: 'worse', label: 'Getting worse' },
    ],
  },
  yesNo({
    field: 'limitsMovement',
    section: 'Your pain',
    title: 'Is the pain so bad that it badly limits how you move?',
    hint: 'For example, you cannot turn your head or body, lift your arms, or get to sleep because of it.',
  }),
  yesNo({
    field: 'nightPain',
    section: 'Your pain',
    title: 'Does the pain keep you awake, or wake you, whatever position you lie in?',
  }),

  {
    field: 'exercises',
    section: 'Your workout',
    kind: 'checkboxes',
    title: 'Which of these were in your workout?',
    hint: 'Select all that apply.',
    emptyError: 'Select the exercises you did',
    options: [
      { value: 'push_ups', label: 'Push-ups' },
      { value: 'bench_press', label: 'Bench press' },
      { value: 'rows', label: 'Rows' },
      { value: 'pull_ups', label: 'Pull-ups or pull-downs' },
      { value: 'overhead_press', label: 'Overhead press' },
      { value: 'deadlift', label: 'Deadlift' },
      { value: 'other', label: 'Something else' },
    ],
  },
  yesNo({
    field: 'newOrHarder',
    section: 'Your workout',
    title: 'Was the workout new to you, or harder than usual?',
    hint: 'For example, a new exercise, your first session after a break, or much more weight or more sets than usual.',
  }),
  {
    field: 'retractsShoulders',
    section: 'Your workout',
    kind: 'radios',
    title: 'Before each set, do you draw your shoulder blades back and down?',
    emptyError: YES_NO_UNSURE_ERROR,
    followUp: { of: 'exercises', appliesWhen: (draft) => draft.exercises === undefined || draft.exercises.length > 0 },
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
      { value: 'unsure', label: 'Not sure' },
    ],
  },
  yesNoUnsure({
    field: 'shrugs',
    section: 'Your workout',
    title: 'During rows or pull-ups, do your shoulders creep up towards your ears?',
    followUp: { of: 'exercises', appliesWhen: (draft) => mayHaveDone(draft, 'rows', 'pull_ups') },
  }),
  yesNoUnsure({
    field: 'archesBack',
    section: 'Your workout',
    title: 'During overhead presses, does your lower back arch a lot?',
    followUp: { of: 'exercises', appliesWhen: (draft) => mayHaveDone(draft, 'overhead_press') },
  }),
  yesNo({
    field: 'pushMoreThanPull',
    section: 'Your workout',
    title: 'Do you train pushing much more than pulling?',
    hint: 'Pushing is exercises like push-ups and bench press. Pulling is exercises like rows and pull-ups.',
  }),
  {
    field: 'sittingHours',
    section: 'Your workout',
    kind: 'number',
    title: 'On a normal day, how many hours do you spend sitting or hunched over a desk, laptop or phone?',
    suffix: 'hours',
    decimals: true,
    emptyError: 'Enter how many hours a day you sit',
    min: 0,
    max: 24,
    name: 'The number of hours',
    example: 6,
  },
  yesNo({
    field: 'roundedShoulders',
    section: 'Your workout',
    title: 'Are your shoulders rounded or rolled forward, or do you tend to slouch?',
  }),
  yesNoUnsure({
    field: 'shoulderBladesStickOut',
    section: 'Your workout',
    title: 'Do your shoulder blades stick out from your back?',
    hint: 'Someone may have told you, or you may have seen it in a mirror.',
  }),

  {
    field: 'age',
    section: 'About you',
    kind: 'number',
    title: 'How old are you?',
    suffix: 'years',
    decimals: false,
    emptyError: 'Enter your age',
    min: 12,
    max: 120,
    name: 'Your age',
    example: 30,
  },
  {
    field: 'sex',
    section: 'About you',
    kind: 'radios',
    title: 'What is your sex?',
    hint: 'Some causes are more common in men or in women.',
    emptyError: 'Select your sex',
    options: [
      { value: 'female', label: 'Female' },
      { value: 'male', label: 'Male' },
      { value: 'other', label: 'Other' },
    ],
  },
  {
    field: 'history',
    section: 'About you',
    kind: 'checkboxes',
    title: 'Do any of these apply to you?',
    hint: 'Select all that apply.',
    emptyError: 'Select all that apply, or select "None of these"',
    mustAnswer: true,
    options: [
      { value: 'cancer', label: 'I have or have had cancer' },
      { value: 'osteoporosis', label: 'I have osteoporosis (thin or weak bones)' },
      { value: 'long_term_steroids', label: 'I take steroid tablets, or have for a long time' },
      {
        value: 'weakened_immunity',
        label: 'I have a weakened immune system',
        hint: 'For example, from chemotherapy, HIV or medicines after a transplant.',
      },
      { value: 'injected_drugs', label: 'I inject drugs' },
      { value: 'recent_surgery_or_immobility', label: 'I recently had an operation, or spent a long time unable to move about' },
      { value: 'blood_clot', label: 'I have had a blood clot in a leg or lung' },
      { value: 'heart_disease', label: 'I have heart disease', hint: 'For example, angina or a past heart attack.' },
    ],
    none: 'None of these',
  },
  {
    field: 'riskFactors',
    section: 'About you',
    kind: 'checkboxes',
    title: 'Do any of these apply to you?',
    hint: 'Some conditions change what a pain in the back may mean. Select all that apply.',
    emptyError: 'Select all that apply, or select "None of these"',
    options: [
      {
        value: 'connective_tissue_disorder',
        label: 'I have Marfan syndrome or another connective tissue disorder',
        hint: 'For example, Ehlers-Danlos or Loeys-Dietz syndrome.',
      },
      { value: 'aortic_disease', label: 'I have a known aortic aneurysm or a problem with my aortic valve' },
      { value: 'family_aortic_disease', label: 'A parent, brother or sister has had an aortic aneurysm or dissection' },
      { value: 'diabetes', label: 'I have diabetes' },
      { value: 'oestrogen', label: 'I take the contraceptive pill or HRT (oestrogen)' },
      { value: 'long_travel', label: 'I have made a journey of more than 4 hours in the last 4 weeks' },
      { value: 'smoker', label: 'I smoke' },
    ],
    none: 'None of these',
  },
];
