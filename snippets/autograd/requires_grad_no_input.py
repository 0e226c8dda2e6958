import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
w = torch.tensor([1.0, 2.0, 3.0])

# 输入都不需要梯度：结果也不需要，没有 grad_fn，按约定算作叶子
y = w * 2
print(y.requires_grad, y.grad_fn, y.is_leaf)
#> False None True

# 换成需要梯度的 x：浮点乘法的结果进入计算图，不再是叶子
z = w * x
print(z.requires_grad, type(z.grad_fn).__name__, z.is_leaf)
#> True MulBackward0 False
