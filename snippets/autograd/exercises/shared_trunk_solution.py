import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
sq = x * x  # a 和 b 共用的一段：这里的 MulBackward0 保存了 x
a = sq.sum()
b = (sq + 1).sum()
# 从 a 往下走一步（SumBackward0 之下）、从 b 往下走两步（再经过 AddBackward0），到的是同一个节点
from_a = a.grad_fn.next_functions[0][0]
from_b = b.grad_fn.next_functions[0][0].next_functions[0][0]
print(type(sq.grad_fn).__name__, from_a is sq.grad_fn, from_b is sq.grad_fn)
#> MulBackward0 True True

# 改法一：把两个损失加起来，只反向传播一次
(a + b).backward()
print(x.grad)
#> tensor([ 4.,  8., 12.])

# 改法二：第一次 backward 时保留计算图
x.grad = None
sq = x * x
a = sq.sum()
b = (sq + 1).sum()
a.backward(retain_graph=True)
b.backward()
print(x.grad)
#> tensor([ 4.,  8., 12.])
