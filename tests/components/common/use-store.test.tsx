import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createStore, useStore } from '@/components/common/use-store';

describe('createStore / useStore', () => {
  it('re-renders every view reading the store when set replaces the value', () => {
    const count = createStore(0);
    function Count({ label }: { label: string }) {
      return (
        <p>
          {label} {useStore(count)}
        </p>
      );
    }
    render(
      <>
        <Count label="a" />
        <Count label="b" />
      </>,
    );
    act(() => count.set(3));
    expect(screen.getByText('a 3')).toBeTruthy();
    expect(screen.getByText('b 3')).toBeTruthy();
  });

  it('keeps the value across unmounts, and setQuietly is seen at the next mount only', () => {
    const draft = createStore('first');
    function Draft() {
      return <p>{useStore(draft)}</p>;
    }
    const view = render(<Draft />);
    draft.setQuietly('typed');
    expect(screen.getByText('first')).toBeTruthy();
    view.unmount();
    render(<Draft />);
    expect(screen.getByText('typed')).toBeTruthy();
  });

  it('stops telling a listener once it unsubscribes', () => {
    const store = createStore(1);
    const seen: number[] = [];
    const stop = store.subscribe(() => seen.push(store.get()));
    store.set(2);
    stop();
    store.set(3);
    expect(seen).toEqual([2]);
    expect(store.get()).toBe(3);
  });
});
