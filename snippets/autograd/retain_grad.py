import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * x
# 中间节点默认不保存梯度，要保存就在 backward 之前声明
y.retain_grad()
z = (3 * y).sum()
z.backward()

# dz/dy = 3，dz/dx = 3 * 2x
print(y.grad)
#> tensor([3., 3., 3.])
print(x.grad)
#> tensor([ 6., 12., 18.])
