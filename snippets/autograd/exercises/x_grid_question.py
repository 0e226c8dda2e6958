import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = (x**3).sum()
y.backward()

# 照着笔记读梯度
print(x.grid)
#> AttributeError: 'Tensor' object has no attribute 'grid'. Did you mean: 'grad'?
