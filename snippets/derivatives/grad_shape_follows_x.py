import torch

# 同一个函数 y = x1·x2·x3，x 分别存成形状 (3,) 和 (3, 1)
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
x.prod().backward()
print(x.grad)
#> tensor([6., 3., 2.])
print(x.grad.shape)
#> torch.Size([3])

x_col = torch.tensor([[1.0], [2.0], [3.0]], requires_grad=True)
x_col.prod().backward()
# 列向量的梯度仍是列向量：x.grad 总是和 x 同形
print(x_col.grad)
#> tensor([[6.],
#>         [3.],
#>         [2.]])
print(x_col.grad.shape)
#> torch.Size([3, 1])
