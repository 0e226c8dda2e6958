import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
# 叶子节点是用户直接创建的，没有“产生它的运算”
print(x.grad_fn)
#> None

y = x * x
z = y.sum()
# 由需要梯度的 x 算出的结果记着产生它的反向函数，打印张量时也能看到
print(y)
#> tensor([1., 4., 9.], grad_fn=<MulBackward0>)
print(z)
#> tensor(14., grad_fn=<SumBackward0>)
print(type(z.grad_fn).__name__)
#> SumBackward0
