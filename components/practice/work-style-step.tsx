import type { WorkStyleItem } from '@/lib/practice/oa/work-style-data';
import type { WorkStyleChoice } from '@/lib/practice/oa/work-style';

interface WorkStyleStepProps {
  item: WorkStyleItem;
  index: number;
  total: number;
  onChoose: (choice: WorkStyleChoice) => void;
}

/** One forced choice: two statements that both sound good; pick the one more like you. */
export function WorkStyleStep({ item, index, total, onChoose }: WorkStyleStepProps) {
  return (
    <fieldset className="oa-step">
      <legend>
        Choice {index + 1} of {total}: which is more like you?
      </legend>
      <div className="oa-choices">
        <button type="button" onClick={() => onChoose('first')}>
          {item.first.text}
        </button>
        <button type="button" onClick={() => onChoose('second')}>
          {item.second.text}
        </button>
      </div>
    </fieldset>
  );
}
