import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * x
print(y.shape)
#> torch.Size([3])

# y 有 3 个元素，不给参数时 PyTorch 不知道该怎样把它们合成一个数
y.backward()
#> RuntimeError: grad can be implicitly created only for scalar outputs
