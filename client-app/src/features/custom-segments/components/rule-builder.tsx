import { useTranslation } from 'react-i18next';
import {
  errorsAt,
  newBought,
  newCondition,
  newGroup,
  removeNode,
  updateNode,
  type FieldCatalogue,
  type GroupDraft,
  type NodeDraft,
} from '../rule-draft';
import { ConditionInputs } from './condition-inputs';

interface RuleBuilderProps {
  root: NodeDraft;
  fields: FieldCatalogue;
  /** Where each node sits in the request body, and the server's messages by path. */
  paths: ReadonlyMap<string, string>;
  errors: Record<string, string[]> | undefined;
  readOnly: boolean;
  onChange: (root: NodeDraft) => void;
}

/** Nested "all of" / "any of" groups of conditions, each of which can be negated. */
export function RuleBuilder({ root, onChange, ...context }: RuleBuilderProps) {
  const tree: TreeActions = {
    update: (id, change) => onChange(updateNode(root, id, change)),
    remove: (id) => onChange(removeNode(root, id)),
  };
  return (
    <div className="rule-builder" data-testid="rule-builder">
      <RuleNode node={root} isRoot tree={tree} {...context} />
    </div>
  );
}

interface TreeActions {
  update: (id: string, change: (node: NodeDraft) => NodeDraft) => void;
  remove: (id: string) => void;
}

type RuleNodeProps = Omit<RuleBuilderProps, 'root' | 'onChange'> & { node: NodeDraft; isRoot?: boolean; tree: TreeActions };

function RuleNode({ node, isRoot = false, tree, ...context }: RuleNodeProps) {
  const { t } = useTranslation();
  const { fields, paths, errors, readOnly } = context;
  const messages = errorsAt(errors, paths.get(node.id));
  const set = (patch: Partial<NodeDraft>) => tree.update(node.id, (current) => ({ ...current, ...patch }) as NodeDraft);

  return (
    <div className={`rule-node rule-node-${node.kind}`} data-testid="rule-node" data-kind={node.kind}>
      <div className="rule-row">
        <label className="rule-check rule-not">
          <input
            type="checkbox"
            checked={node.negated}
            disabled={readOnly}
            onChange={(event) => set({ negated: event.target.checked })}
            data-testid="node-not"
          />
          {t('customSegments.not')}
        </label>
        {node.kind === 'group' && (
          <select
            aria-label={t('customSegments.matchLabel')}
            value={node.match}
            disabled={readOnly}
            onChange={(event) => set({ match: event.target.value as GroupDraft['match'] })}
            data-testid="group-match"
          >
            <option value="all">{t('customSegments.match.all')}</option>
            <option value="any">{t('customSegments.match.any')}</option>
          </select>
        )}
        {node.kind === 'condition' && (
          <ConditionInputs
            condition={node}
            fields={fields}
            readOnly={readOnly}
            onChange={(condition) => tree.update(node.id, () => condition)}
          />
        )}
        {node.kind === 'bought' && (
          <>
            <span>{t('customSegments.boughtLabel')}</span>
            <input
              type="text"
              aria-label={t('customSegments.category')}
              placeholder={t('customSegments.category')}
              value={node.category}
              disabled={readOnly}
              onChange={(event) => set({ category: event.target.value })}
              data-testid="bought-category"
            />
            <span>{t('customSegments.withinDays')}</span>
            <input
              type="number"
              min={1}
              aria-label={t('customSegments.days')}
              value={node.withinDays}
              disabled={readOnly}
              onChange={(event) => set({ withinDays: event.target.value })}
              data-testid="bought-days"
            />
            <span>{t('customSegments.days')}</span>
          </>
        )}
        {!isRoot && !readOnly && (
          <button
            type="button"
            className="button button-small button-danger-quiet"
            onClick={() => tree.remove(node.id)}
            data-testid="remove-node"
          >
            {t('customSegments.remove')}
          </button>
        )}
      </div>
      {messages.length > 0 && (
        <p className="field-error" data-testid="node-errors">
          {messages.join(' ')}
        </p>
      )}
      {node.kind === 'group' && (
        <div className="rule-children">
          {node.children.map((child) => (
            <RuleNode key={child.id} node={child} tree={tree} {...context} />
          ))}
          {!readOnly && <AddButtons group={node} fields={fields} tree={tree} />}
        </div>
      )}
    </div>
  );
}

function AddButtons({ group, fields, tree }: { group: GroupDraft; fields: FieldCatalogue; tree: TreeActions }) {
  const { t } = useTranslation();
  const add = (child: NodeDraft) => tree.update(group.id, () => ({ ...group, children: [...group.children, child] }));
  const firstField = fields.values().next().value;
  return (
    <div className="rule-add">
      {firstField && (
        <button
          type="button"
          className="button button-small button-secondary"
          onClick={() => add(newCondition(firstField))}
          data-testid="add-condition"
        >
          {t('customSegments.addCondition')}
        </button>
      )}
      <button
        type="button"
        className="button button-small button-secondary"
        onClick={() => add(newBought())}
        data-testid="add-bought"
      >
        {t('customSegments.addBought')}
      </button>
      <button
        type="button"
        className="button button-small button-secondary"
        onClick={() => add(newGroup('any', firstField ? [newCondition(firstField)] : []))}
        data-testid="add-group"
      >
        {t('customSegments.addGroup')}
      </button>
    </div>
  );
}
